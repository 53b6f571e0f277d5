/**
 * The SFPE hydraulic relations on level ground and at transitions (SFPE Handbook, Nelson & Mowrer;
 * Gwynne & Rosenbaum; reference §6.2, constants UNVERIFIED): speed S = k − a·k·D (the same
 * sfpeSpeed the stair code uses, with k = 1.40 on the level), specific flow Fs = S·D, effective
 * width = clear width − two boundary layers, and the transition rule Fs_out = Fs_in·We_in/We_out,
 * capped at the outgoing element's maximum; what exceeds the cap queues at the transition.
 */
import { sfpeSpeed } from '../stairs/stair-speed.ts';
import { FLOOR_K, MIN_EFFECTIVE_WIDTH } from './constants.ts';

/** SFPE walking speed (m/s) on the level at density D (p/m²): 1.19 below 0.54, 0.70 at 1.88. */
export function floorSpeed(density: number): number {
  return sfpeSpeed(FLOOR_K, density);
}

/** SFPE specific flow Fs = S·D (p/(m·s)) for an element of this k at density D (p/m²). */
export function specificFlow(k: number, density: number): number {
  return sfpeSpeed(k, density) * density;
}

/** Effective width (m): clear width less a boundary layer on each side. */
export function effectiveWidth(clearWidth: number, boundaryLayer: number): number {
  return Math.max(MIN_EFFECTIVE_WIDTH, clearWidth - 2 * boundaryLayer);
}

/**
 * SFPE transition (a narrowing or widening, e.g. a corridor into a door): the flow leaving is the
 * flow arriving, spread over the new effective width, Fs_out = Fs_in·We_in/We_out, but never above
 * the outgoing element's maximum specific flow. The rest (p/s) builds a queue before the transition.
 */
export function transition(
  fsIn: number,
  weIn: number,
  weOut: number,
  fsMaxOut: number,
): { fsOut: number; queueGrowth: number } {
  const fsOut = Math.min((fsIn * weIn) / weOut, fsMaxOut);
  return { fsOut, queueGrowth: fsIn * weIn - fsOut * weOut };
}

/**
 * Width (m) of a rectangle with this area and perimeter, the narrower side: a corridor's width for
 * its flow capacity when the plan only gives its polygon. For non-rectangles it is the width of
 * the rectangle with the same area and perimeter (falls back to √area when none exists).
 */
export function equivalentWidth(area: number, perimeter: number): number {
  const half = perimeter / 2;
  const disc = half * half - 4 * area;
  return disc >= 0 ? (half - Math.sqrt(disc)) / 2 : Math.sqrt(area);
}
