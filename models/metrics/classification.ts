/**
 * How the Chinese fire code classifies a building, from the model: height and high-rise class.
 * GB 50016-2014 (2018 ed.) 5.1.1 and Table 5.1.1 (read in secondary copies, see
 * ../../../shared/reference/water-and-access.md §2): residential is high-rise above 27 m and class I
 * above 54 m; public buildings are high-rise above 24 m and class I above 50 m (or by use).
 */
import type { Building } from '../schema/building.ts';

/**
 * Building height (m): from the ground at the main entrance (z = 0, spec "Conventions") to the top of
 * the highest storey. The code measures to the roof surface; a storey's top is that to ±0.2 m.
 */
export function buildingHeight(b: Building): number {
  let top = -Infinity;
  for (const s of b.storeys) top = Math.max(top, s.elevation + s.height);
  return Math.max(0, top);
}

export interface Classification {
  height: number;
  residential: boolean;
  highRise: boolean;
  /** 一类高层 (class I high-rise); for public buildings decided here by height alone. */
  classOne: boolean;
}

export const RESIDENTIAL_HIGH_RISE_M = 27;
export const RESIDENTIAL_CLASS_ONE_M = 54;
export const PUBLIC_HIGH_RISE_M = 24;
export const PUBLIC_CLASS_ONE_M = 50;

export function classify(b: Building): Classification {
  return classifyByHeight(b.use === 'residential', buildingHeight(b));
}

/** The class of a building of this height, before a model exists (the tower generator designs to it). */
export function classifyByHeight(residential: boolean, height: number): Classification {
  const highRise = height > (residential ? RESIDENTIAL_HIGH_RISE_M : PUBLIC_HIGH_RISE_M);
  const classOne = height > (residential ? RESIDENTIAL_CLASS_ONE_M : PUBLIC_CLASS_ONE_M);
  return { height, residential, highRise, classOne };
}
