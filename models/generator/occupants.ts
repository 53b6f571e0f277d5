/** Who lives or works in a generated unit: the count from the options and a profile mix by use. */
import type { Occupants } from '../schema/storey.ts';

type ProfileShare = NonNullable<Occupants['mix']>[number];
import type { TowerUse } from './options.ts';

/**
 * Residential mix from Chongqing's age structure, 7th national census (2020) bulletin as recalled
 * (UNVERIFIED): 60 and over ≈ 21.9 %, 0–14 ≈ 15.9 %; rounded to 22 % elderly, 16 % children.
 */
export const RESIDENTIAL_MIX: readonly ProfileShare[] = [
  { profile: 'adult', fraction: 0.62 },
  { profile: 'elderly', fraction: 0.22 },
  { profile: 'child', fraction: 0.16 },
];

/** Occupants of one unit, or undefined for an empty unit. */
export function unitOccupants(use: TowerUse, count: number): Occupants | undefined {
  if (count <= 0) return undefined;
  if (use === 'office') return { count, profile: 'adult' };
  return { count, mix: RESIDENTIAL_MIX.map((s) => ({ ...s })) };
}
