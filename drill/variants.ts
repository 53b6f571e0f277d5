/**
 * Monte Carlo scenario variants (`--vary-stair`): besides the population, each run smoke-logs one
 * stair, drawn from the run's seed — the question "what if it is the other stair?" that a fixed
 * scenario cannot ask. The draw uses its own generator (the seed mixed with a constant), so it does
 * not disturb the evacuation engine's draws for the same seed.
 */
import type { Building } from '../models/schema/building.ts';
import { createRng } from '../sim-core/random/rng.ts';

/** Stairs a variant may block: those the scenario has left passable. */
export function variantStairs(b: Building): string[] {
  return b.stairs.filter((s) => s.passable !== false).map((s) => s.id);
}

/** The stair this run's seed smoke-logs (uniform over the passable stairs); null if there are none. */
export function smokeLoggedStair(b: Building, seed: number): string | null {
  const ids = variantStairs(b);
  if (ids.length === 0) return null;
  return ids[createRng((seed ^ 0x5eed5a1f) >>> 0).int(ids.length)]!;
}

/** The building with that stair blocked (a copy; the original is untouched). */
export function withStairBlocked(b: Building, stair: string): Building {
  const copy = structuredClone(b);
  const s = copy.stairs.find((x) => x.id === stair);
  if (s) s.passable = false;
  return copy;
}
