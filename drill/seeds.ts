/**
 * The seeds of a Monte Carlo batch, derived from one base seed: the first run uses the base seed
 * itself (so run 1 equals `lifeline evac --seed BASE`), the others are drawn from an sfc32 generator
 * seeded with it. The list depends only on (base, n), never on how the runs are scheduled.
 */
import { createRng } from '../sim-core/random/rng.ts';

export function runSeeds(base: number, n: number): number[] {
  if (!Number.isInteger(n) || n < 1) throw new Error(`runs must be a positive integer, not ${n}`);
  const seeds = [base >>> 0];
  const used = new Set(seeds);
  const rng = createRng(base);
  while (seeds.length < n) {
    const s = Math.floor(rng.next() * 4294967296) >>> 0;
    if (used.has(s)) continue;
    used.add(s);
    seeds.push(s);
  }
  return seeds;
}
