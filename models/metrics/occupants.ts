/**
 * How many people a space holds, as every engine and report counts them: `positions` if given, else
 * `count`, else `density` × floor area rounded to whole persons.
 */
import type { Building } from '../schema/building.ts';
import type { Occupants, Space } from '../schema/storey.ts';
import { signedArea } from '../geometry/polygon.ts';

export function spaceArea(space: Space): number {
  return Math.abs(signedArea(space.polygon));
}

export function occupantCount(space: Space, occ: Occupants | undefined = space.occupants): number {
  if (!occ) return 0;
  if (occ.positions) return occ.positions.length;
  if (occ.count !== undefined) return occ.count;
  if (occ.density !== undefined) return Math.round(occ.density * spaceArea(space));
  return 0;
}

/** Occupants per storey id, in storey order. */
export function occupantsByStorey(b: Building): { storey: string; occupants: number }[] {
  return b.storeys.map((s) => ({
    storey: s.id,
    occupants: s.spaces.reduce((sum, sp) => sum + occupantCount(sp), 0),
  }));
}
