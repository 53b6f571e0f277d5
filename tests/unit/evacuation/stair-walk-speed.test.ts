/**
 * Speed of a walker on a flight (stairs/stair-speed.ts stairWalkSpeed): SFPE's S(D) = k(1 − 0.266·D)
 * is a crowd relation; it holds a walker to the crowd's speed once that is slower than their own;
 * a walker faster than SFPE's free stair speed keeps their speed up to 0.54 p/m², and their excess
 * fades to nothing at the density of maximum flow 1.88 p/m² — so a lone fast walker keeps an
 * assigned stair speed (NIST TN 1822 Verif.2.2), while a crowd's flow stays SFPE's whatever its
 * walkers' speeds (and under the IMO caps 1.1 down / 0.88 up p/(m·s)).
 */
import { describe, expect, it } from 'vitest';
import { runEvacuation } from '../../../sim-core/evacuation/index.ts';
import {
  SFPE_MAX_FLOW_DENSITY,
  sfpeSpeed,
  stairK,
  stairWalkSpeed,
} from '../../../sim-core/evacuation/stairs/stair-speed.ts';
import { fixedProfile, stairTower } from '../../verification/evacuation/buildings.ts';

const k = stairK(0.175, 0.26);
const free = sfpeSpeed(k, 0);

describe('stairWalkSpeed', () => {
  it('a walker no faster than SFPE free speed: min(own, S(D)) (the first model, unchanged)', () => {
    for (const own of [0.3, 0.6, free])
      for (const d of [0, 0.5, 1, 1.88, 3])
        expect(stairWalkSpeed(own, free, sfpeSpeed(k, d), d)).toBeCloseTo(Math.min(own, sfpeSpeed(k, d)), 12);
  });

  it('a faster walker keeps their speed up to 0.54 p/m²; the excess fades to the crowd speed at 1.88 p/m²', () => {
    const own = 1.4 * free;
    expect(stairWalkSpeed(own, free, sfpeSpeed(k, 0.3), 0.3)).toBeCloseTo(own, 12);
    expect(stairWalkSpeed(own, free, sfpeSpeed(k, 0.54), 0.54)).toBeCloseTo(own, 12);
    // Half way in density, half the excess over the SFPE speed there.
    const mid = (0.54 + SFPE_MAX_FLOW_DENSITY) / 2;
    expect(stairWalkSpeed(own, free, sfpeSpeed(k, mid), mid)).toBeCloseTo(sfpeSpeed(k, mid) + 0.2 * free, 12);
    let prev = Infinity;
    for (const d of [0.6, 1, 1.5, 1.88, 2.5, 3.5]) {
      const v = stairWalkSpeed(own, free, sfpeSpeed(k, d), d);
      if (d >= SFPE_MAX_FLOW_DENSITY) expect(v).toBeCloseTo(sfpeSpeed(k, d), 12);
      expect(v).toBeLessThan(prev);
      expect(v).toBeGreaterThan(0);
      prev = v;
    }
  });

  it('is continuous at own = SFPE free speed and never falls as own rises', () => {
    for (const d of [0.3, 1, 2, 3.5]) {
      const s = sfpeSpeed(k, d);
      const below = stairWalkSpeed(free * (1 - 1e-9), free, s, d);
      const above = stairWalkSpeed(free * (1 + 1e-9), free, s, d);
      expect(Math.abs(above - below)).toBeLessThan(1e-8);
      let prev = 0;
      for (let own = 0.1; own < 2; own += 0.05) {
        const v = stairWalkSpeed(own, free, s, d);
        expect(v).toBeGreaterThanOrEqual(prev - 1e-12);
        prev = v;
      }
    }
  });
});

describe('fast walkers in a crowd on a stair tower', () => {
  // 5 storeys × 40 persons down one 1.2 m stair (the stair-tower geometry of stairs.test.ts).
  const tower = (stairFactor: number) =>
    stairTower({
      floors: 5,
      height: 3,
      perFloor: 40,
      riser: 0.175,
      tread: 0.26,
      width: 1.2,
      profile: 'p',
      profiles: [{ ...fixedProfile('p', 1.34), stairFactor }],
    });

  it('stairFactor 1.5: the crowd still flows at SFPE Fsm, under the IMO cap 1.1 p/(m·s) × 1.2 m; RSET barely moves', () => {
    const normal = runEvacuation(tower(1), { seed: 4 });
    const fast = runEvacuation(tower(1.5), { seed: 4 });
    const flow = fast.exits[0]!.flow!;
    console.log(
      `stair tower 5 × 40: RSET ${normal.evacuationTime!.toFixed(1)} s (stairFactor 1) vs ` +
        `${fast.evacuationTime!.toFixed(1)} s (1.5); exit flow ${normal.exits[0]!.flow} vs ${flow} p/s`,
    );
    expect(fast.evacuated).toBe(160);
    expect(flow).toBeLessThanOrEqual(1.1 * 1.2 * 1.03);
    // SFPE maximum flow k/(4a) × (1.2 − 2 × 0.15) m: what the normal crowd achieves; the fast one
    // may exceed it only by what its sparse front and tail gain (≤ 10 %).
    expect(flow).toBeLessThanOrEqual(1.1 * normal.exits[0]!.flow!);
    // Faster walkers move sooner only where the stair is sparse: within 10 % of the RSET.
    expect(fast.evacuationTime!).toBeGreaterThan(0.9 * normal.evacuationTime!);
    expect(fast.evacuationTime!).toBeLessThanOrEqual(normal.evacuationTime! + 1);
  });
});
