/**
 * "Play the drive" requests from the Trucks tab to the access overlay in the 3D view. The two live
 * in different React trees (panel and canvas), so a tiny module-level channel carries the request:
 * the key names the route (vehicle id and entrance, as the report has them).
 */
type Listener = (key: string) => void;

const listeners = new Set<Listener>();

export const driveKey = (vehicle: string, entrance: string): string => `${vehicle}|${entrance}`;

export function playDrive(key: string): void {
  for (const l of listeners) l(key);
}

/** Subscribe; returns the unsubscribe. */
export function onPlayDrive(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
