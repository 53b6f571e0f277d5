/**
 * The Rapier physics engine (@dimforge/rapier3d-compat, WASM inlined) used only as a collision
 * back end: obstacles are static colliders and the vehicle body is a shape query. Its ray-cast
 * vehicle controller is not used (it has no Ackermann geometry or minimum radius:
 * water-and-access.md §6). Initialised once per process or worker.
 */
import RAPIER from '@dimforge/rapier3d-compat';

export type Rapier = typeof RAPIER;

let ready: Promise<Rapier> | undefined;

export function loadRapier(): Promise<Rapier> {
  ready ??= RAPIER.init().then(() => RAPIER);
  return ready;
}
