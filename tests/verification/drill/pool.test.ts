/**
 * The Monte Carlo batch does not depend on the pool: 1 worker and 2 workers give identical digests
 * for the same base seed, and a worker's run equals the same seed run in this thread.
 */
import { describe, expect, it } from 'vitest';
import { createEvacRunner } from '../../../cli/drill/evac-pool.ts';
import { runSeeds } from '../../../drill/seeds.ts';
import { applyScenario } from '../../../models/scenario/apply-scenario.ts';
import { smallTower } from './small-tower.ts';

describe('Monte Carlo worker pool', () => {
  it('1 worker and 2 workers: identical results for the same base seed', async () => {
    const t = smallTower();
    const b = applyScenario(t, t.scenarios![0]!);
    const seeds = runSeeds(42, 4);
    const one = createEvacRunner(1);
    const two = createEvacRunner(2);
    try {
      const [a, c] = [await one.run(b, seeds), await two.run(b, seeds)];
      expect(a.map((d) => d.seed)).toEqual(seeds);
      expect(c).toEqual(a);
      // Different seeds really give different runs (else the test above could not fail).
      expect(new Set(a.map((d) => JSON.stringify(d.curve))).size).toBeGreaterThan(1);
      // The in-thread path (a single run) gives what the worker gave for that seed.
      expect((await one.run(b, [seeds[2]!]))[0]).toEqual(a[2]);
    } finally {
      await one.close();
      await two.close();
    }
  });
});
