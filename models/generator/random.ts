/**
 * Seeded pseudo-random numbers for the generator and the sample builders: the same seed always
 * gives the same building (Math.random is forbidden by lint). mulberry32: 32-bit integer state,
 * integer-only arithmetic, so results are identical on every JavaScript engine.
 */
export type Rng = () => number;

/** A generator of floats in [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max]. */
export function randomInt(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}
