/**
 * Stair speeds from the SFPE hydraulic model (Nelson & Mowrer; Gwynne & Rosenbaum, SFPE Handbook):
 * speed along the line of travel S = k − a·k·D for 0.54 ≤ D ≤ 3.8 p/m², constant below 0.54, with k
 * chosen by the stair's riser/tread (constants.ts, UNVERIFIED there). Between the tabulated rows we
 * interpolate linearly in the tread/riser ratio (Lifeline's choice; the rows' k rises with the
 * ratio), and clamp outside them. Up-stair speeds are the down speed × STAIR_UP_FACTOR.
 */
import {
  SFPE_A,
  SFPE_FREE_DENSITY,
  SFPE_SPEED_CLAMP_DENSITY,
  SFPE_STAIR_K,
  STAIR_UP_FACTOR,
} from '../constants.ts';

/** SFPE k (m/s) for a stair of this riser and tread (m). */
export function stairK(riser: number, tread: number): number {
  const ratio = tread / riser;
  const rows = SFPE_STAIR_K.map(([r, t, k]) => [t / r, k] as const);
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  if (ratio <= first[0]) return first[1];
  if (ratio >= last[0]) return last[1];
  for (let i = 1; i < rows.length; i++) {
    const [r1, k1] = rows[i]!;
    const [r0, k0] = rows[i - 1]!;
    if (ratio <= r1) return k0 + ((ratio - r0) / (r1 - r0)) * (k1 - k0);
  }
  return last[1];
}

/** SFPE speed (m/s along the stair) at density D (p/m²) for a given k; never zero (clamped D). */
export function sfpeSpeed(k: number, density: number): number {
  const d = Math.min(SFPE_SPEED_CLAMP_DENSITY, Math.max(SFPE_FREE_DENSITY, density));
  return k * (1 - SFPE_A * d);
}

/** Unimpeded stair speed (m/s) of a walker: SFPE free speed × the profile's stairFactor × direction. */
export function freeStairSpeed(k: number, stairFactor: number, up: boolean): number {
  return sfpeSpeed(k, 0) * stairFactor * (up ? STAIR_UP_FACTOR : 1);
}

/**
 * Travel length (m) between two consecutive landings of a dog-leg stair (spec "Stairs"): two flights
 * of half the risers each, along their slope, plus two 180° turns of radius width/2 (the half
 * landing and the floor landing passed through): π·width. Lifeline's geometric reading of the spec.
 */
export function flightLength(rise: number, riser: number, tread: number, width: number): number {
  const risers = Math.max(2, Math.round(Math.abs(rise) / riser));
  const perFlightRun = (risers / 2) * tread;
  const perFlightRise = Math.abs(rise) / 2;
  return 2 * Math.hypot(perFlightRun, perFlightRise) + Math.PI * width;
}
