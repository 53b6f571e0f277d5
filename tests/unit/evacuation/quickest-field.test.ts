/**
 * The quickest-path field (navigation/quickest-field.ts; Kretz 2009, J. Stat. Mech. P03012): a dense
 * crowd heading round a corner spreads over the corridor's width instead of hugging the inner wall,
 * while a sparse one keeps following the distance field (Kretz's requirement (c): movement at low
 * density unaltered). Measured where walkers cross into the second leg of a 6 m L-corridor (the
 * RiMEA 15 corner of tests/verification/evacuation/rimea-13-15.test.ts, inner corner at x = 55).
 * Measured 2026-11-30, seed 15: with the field 44 % of the 500 cross the outer half (x > 58 m), 26 % the
 * outer 2 m; with the field switched off (distance field only) 11 % and 0 % — this test then fails.
 * 20 sparse walkers: 0 % in the outer half either way.
 */
import { describe, expect, it } from 'vitest';
import { prepareEvacuation, stepSim } from '../../../sim-core/evacuation/index.ts';
import type { Building } from '../../../models/schema/building.ts';
import { SAFE } from '../../../sim-core/evacuation/population/agent-arrays.ts';
import { building, door, rect, space } from '../../verification/evacuation/buildings.ts';
import { weidmannProfile } from '../../verification/evacuation/measure.ts';

const corner = (count: number): Building =>
  building(
    [
      {
        id: 'G',
        elevation: 0,
        height: 3,
        spaces: [
          space('hold', rect(0, 35, 40, 41), { count, profile: 'w' }, 'corridor'),
          space('leg1', rect(40, 35, 61, 41), undefined, 'corridor'),
          space('leg2', rect(55, 0, 61, 35), undefined, 'corridor'),
        ],
        doors: [
          { ...door('o1', 'hold', 'leg1', [40, 35], [40, 41]), kind: 'opening' },
          { ...door('o2', 'leg1', 'leg2', [55, 35], [61, 35]), kind: 'opening' },
          door('exit', 'leg2', 'outside', [55, 0], [61, 0]),
        ],
      },
    ],
    { profiles: [weidmannProfile()] },
  );

/** x of each walker when it first goes below y = 32 (3 m into the second leg). */
function crossings(count: number, seed: number): number[] {
  const sim = prepareEvacuation(corner(count), { seed });
  const a = sim.a;
  const seen = new Uint8Array(a.n);
  const xs: number[] = [];
  while (sim.safe < a.n && sim.t < 900) {
    stepSim(sim);
    for (let i = 0; i < a.n; i++) {
      if (seen[i] || a.state[i] === SAFE) continue;
      if (a.y[i]! < 32) {
        seen[i] = 1;
        xs.push(a.x[i]!);
      }
    }
  }
  return xs;
}

const share = (xs: number[], pred: (x: number) => boolean): number => xs.filter(pred).length / xs.length;

describe('quickest-path field round a corner', () => {
  it('a dense crowd of 500 uses the outer half of the corridor; 20 sparse walkers keep to the inner side', () => {
    const dense = crossings(500, 15);
    const sparse = crossings(20, 15);
    const outerDense = share(dense, (x) => x > 58);
    const outerSparse = share(sparse, (x) => x > 58);
    console.log(
      `quickest field: outer half (x > 58 m) crossed by ${(outerDense * 100).toFixed(0)} % of 500, ` +
        `${(outerSparse * 100).toFixed(0)} % of 20; outer 2 m (x > 59): ${(share(dense, (x) => x > 59) * 100).toFixed(0)} % of 500`,
    );
    expect(dense.length).toBe(500);
    expect(outerDense).toBeGreaterThan(0.3);
    expect(outerSparse).toBeLessThan(outerDense / 2);
  }, 180_000);
});
