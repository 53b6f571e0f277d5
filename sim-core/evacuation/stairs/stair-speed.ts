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
 * Speed (m/s along the stair) of a walker on a flight at crowd density D (p/m²), given their own
 * unimpeded stair speed `own` (freeStairSpeed), and this stair's SFPE free stair speed `sfpeFree`
 * and SFPE speed at D `sfpeAtD`, direction included (sfpeSpeed × STAIR_UP_FACTOR going up).
 *
 * SFPE's S = k(1 − aD) is a relation for crowds (SFPE Handbook 5th ed., ch. 64, Gwynne & Rosenbaum,
 * "Employing the hydraulic model in assessing emergency movement": speed of a population as a
 * function of its density, constant below 0.54 p/m²). Its free value is a typical person's speed in
 * a sparse crowd, not a ceiling on an individual: individual stair speeds spread widely about it
 * (Fruin 1971, Pedestrian Planning and Design, stair speeds by age and direction; NIST TN 1839, 2014:
 * descent speeds in drills, sd ≈ 0.19 m/s about a 0.44 m/s mean). NIST TN 1822 (Ronchi et al. 2013)
 * Verif.2.2 asks that one agent keep its assigned stair speed (1.0 m/s, up and down, ±0.05) — any
 * value, not only one below SFPE's. So:
 *   - a walker no faster than SFPE's free speed moves at min(own, S(D)): the crowd holds them to
 *     its speed once it is slower than they are (the first model, unchanged);
 *   - a faster walker keeps their own speed while D ≤ 0.54 p/m² (SFPE's own free-movement range);
 *     from there their excess over the crowd fades linearly to nothing at SFPE's density of maximum
 *     flow 1/(2a) = 1.88 p/m², where everyone moves at S(D): v = S(D) + (own − S(0.54))·φ(D),
 *     φ = 1 − (D − 0.54)/(1.88 − 0.54) clamped to [0, 1] (Lifeline's interpolation). So a fast crowd
 *     cannot push a flight's flow past SFPE's Fsm = S·D at the maximum-flow density.
 * Continuous in D and in `own`, never rising with D and never falling as `own` rises. The flow onto
 * a flight is further capped at IMO 1.1 down / 0.88 up p/(m·s) × width (stair-lanes.ts).
 */
export function stairWalkSpeed(own: number, sfpeFree: number, sfpeAtD: number, density: number): number {
  if (own <= sfpeFree) return own < sfpeAtD ? own : sfpeAtD;
  const fade = (density - SFPE_FREE_DENSITY) / (SFPE_MAX_FLOW_DENSITY - SFPE_FREE_DENSITY);
  const phi = fade <= 0 ? 1 : fade >= 1 ? 0 : 1 - fade;
  return sfpeAtD + (own - sfpeFree) * phi;
}

/** SFPE density of maximum flow, 1/(2a) p/m² (dFs/dD = 0 for Fs = k(1 − aD)·D). */
export const SFPE_MAX_FLOW_DENSITY = 1 / (2 * SFPE_A);

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
