/** Engine properties: determinism, trapped people reported at once, a run that always ends, the
 * distance field's stated error bound, and SFPE k interpolation. */
import { describe, expect, it } from 'vitest';
import { runEvacuation } from '../../../sim-core/evacuation/index.ts';
import { applyScenario } from '../../../models/scenario/apply-scenario.ts';
import { buildLayout } from '../../../sim-core/evacuation/layout/building-layout.ts';
import { distanceField } from '../../../sim-core/evacuation/navigation/distance-field.ts';
import { stairK } from '../../../sim-core/evacuation/stairs/stair-speed.ts';
import { building, door, rect, space, stairTower } from '../../verification/evacuation/buildings.ts';

const tower = () =>
  stairTower({ floors: 4, height: 3, perFloor: 15, riser: 0.17, tread: 0.28, width: 1.2, profile: 'adult' });

describe('evacuation engine', () => {
  it('the same seed gives bit-identical results; another seed differs', () => {
    const a = JSON.stringify(runEvacuation(tower(), { seed: 3 }));
    const b = JSON.stringify(runEvacuation(tower(), { seed: 3 }));
    const c = JSON.stringify(runEvacuation(tower(), { seed: 4 }));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('with firefighters and a closure the same seed still gives bit-identical results', () => {
    const opts = {
      seed: 5,
      firefighters: [{ count: 2, enter: 'exit', to: 'F4', start: 5 }],
      closures: [{ id: 'F3-d', at: 2 }],
    };
    const a = runEvacuation(tower(), opts);
    expect(JSON.stringify(runEvacuation(tower(), opts))).toBe(JSON.stringify(a));
    expect(a.firefighters[0]!.arrivalTime).not.toBeNull();
    // F3's room lost its only door at 2 s: those still inside are trapped.
    expect(a.trapped).toBeGreaterThan(0);
  });

  it('people cut off by a scenario are trapped at once, listed by space, and the run ends', () => {
    const b = tower();
    const blocked = applyScenario(b, { id: 'x', changes: [{ block: 'S' }] });
    const r = runEvacuation(blocked, { seed: 1 });
    expect(r.status).toBe('complete');
    expect(r.trapped).toBe(45);
    expect(r.evacuated).toBe(0);
    expect(r.endTime).toBeLessThanOrEqual(0.1);
    expect(r.trappedBySpace.map((t) => t.space).sort()).toEqual(['F2-room', 'F3-room', 'F4-room']);
    expect(r.trappedBySpace[0]!.path).toMatch(/^\/storeys\/\d+\/spaces\/0$/);
  });

  it('a run that cannot finish in time stops at the limit with status "timeout"', () => {
    const r = runEvacuation(tower(), { seed: 1, maxTime: 20 });
    expect(r.status).toBe('timeout');
    expect(r.endTime).toBeCloseTo(20, 5);
    expect(r.remaining).toBeGreaterThan(0);
    expect(r.evacuated + r.trapped + r.remaining).toBe(r.occupants);
  });

  it('distance field: within 2.75 % + one cell of the straight-line distance in an open room', () => {
    const b = building([
      {
        id: 'G',
        elevation: 0,
        height: 3,
        spaces: [space('hall', rect(0, 0, 20, 20))],
        doors: [door('exit', 'hall', 'outside', [0, 9.5], [0, 10.5])],
      },
    ]);
    const layout = buildLayout(b);
    const nav = layout.storeys[0]!.nav;
    const c0 = Math.floor((10 - nav.oy) / nav.h) * nav.nx + Math.floor((10 - nav.ox) / nav.h);
    const f = distanceField(nav, [c0]);
    let worst = 0;
    for (let c = 0; c < f.length; c++) {
      if (nav.space[c]! < 0 || nav.wallDist[c]! < 0.5) continue; // away from the wall penalty
      const dx = (c % nav.nx) - (c0 % nav.nx);
      const dy = Math.floor(c / nav.nx) - Math.floor(c0 / nav.nx);
      const exact = Math.hypot(dx, dy) * nav.h;
      if (exact === 0) continue;
      worst = Math.max(worst, f[c]! / exact - 1);
      expect(f[c]!).toBeGreaterThanOrEqual(exact - 1e-4);
    }
    expect(worst).toBeLessThanOrEqual(0.0276);
    expect(worst).toBeGreaterThan(0.005); // the metric is not exact: the test would notice a change
  });

  it('SFPE k: tabulated rows exactly, interpolated between, clamped outside', () => {
    expect(stairK(0.191, 0.254)).toBeCloseTo(1.0, 6);
    expect(stairK(0.165, 0.305)).toBeCloseTo(1.16, 6);
    expect(stairK(0.165, 0.33)).toBeCloseTo(1.23, 6);
    const mid = stairK(0.175, 0.26);
    expect(mid).toBeGreaterThan(1.0);
    expect(mid).toBeLessThan(1.08);
    expect(stairK(0.25, 0.2)).toBe(1.0);
    expect(stairK(0.1, 0.45)).toBe(1.23);
  });
});
