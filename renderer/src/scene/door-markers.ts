/**
 * Doors as upright panels standing in their wall segment, one class per look: final exits (to
 * outside) green and taller, fire doors red, ordinary doors brown, open openings pale, and doors
 * made impassable (a scenario's `block`) black.
 */
import { type Building, type Door, OUTSIDE } from '../../../models/index.ts';
import type { Placement } from './instances.ts';

export type DoorClass = 'exit' | 'fire-door' | 'door' | 'opening' | 'blocked';
export const DOOR_CLASSES: readonly DoorClass[] = ['exit', 'fire-door', 'door', 'opening', 'blocked'];

/** Panel heights (m): exits stand out above ordinary doors. */
const DOOR_HEIGHT = 2.1;
const EXIT_HEIGHT = 2.6;
const PANEL_DEPTH = 0.3;

export function doorClass(door: Door): DoorClass {
  if (door.passable === false) return 'blocked';
  if (door.spaces.includes(OUTSIDE)) return 'exit';
  return door.kind ?? 'door';
}

export function doorPlacements(building: Building): Map<DoorClass, Placement[]> {
  const out = new Map<DoorClass, Placement[]>(DOOR_CLASSES.map((c) => [c, []]));
  for (const storey of building.storeys) {
    for (const door of storey.doors ?? []) {
      const [[x1, y1], [x2, y2]] = door.segment;
      const cls = doorClass(door);
      const height = Math.min(cls === 'exit' ? EXIT_HEIGHT : DOOR_HEIGHT, storey.height * 0.9);
      out.get(cls)!.push({
        x: (x1 + x2) / 2,
        y: (y1 + y2) / 2,
        z: storey.elevation,
        yaw: Math.atan2(y2 - y1, x2 - x1),
        length: Math.max(Math.hypot(x2 - x1, y2 - y1), 0.05),
        height,
        depth: PANEL_DEPTH,
      });
    }
  }
  return out;
}
