/**
 * The samples against the acceptance: the 1998 tower (24 storeys, roof tank and city main,
 * no booster) must fail the top-floor dynamic pressure (GB 50974 7.4.12: ≥ 0.35 MPa with a 13 m
 * jet) and pass once a retrofit adds a booster. The sample carries no retrofit scenario, so the
 * retrofit is built here as a scenario of `set` changes, applied with applyScenario: a roof booster
 * set (role "booster") drawing from the roof tank into the top of the riser.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBuildingText, validateBuilding } from '../../../models/load/load-building.ts';
import { applyScenario } from '../../../models/scenario/apply-scenario.ts';
import type { Building } from '../../../models/schema/building.ts';
import type { Scenario } from '../../../models/schema/scenario.ts';
import { analyseWater } from '../../../sim-core/water/index.ts';

function sample(name: string): Building {
  const r = loadBuildingText(
    readFileSync(new URL(`../../../models/samples/${name}.json`, import.meta.url), 'utf8'),
  );
  expect(r.errors).toEqual([]);
  return r.building!;
}

/** Roof booster: 50 m at shut-off, 40 m at 20 L/s (a typical small vertical multistage set; UNVERIFIED figures). */
const retrofit: Scenario = {
  id: 'retrofit-roof-booster',
  changes: [
    {
      set: {
        path: '/water/pumps',
        value: [
          {
            id: 'BP1',
            from: 'roof-tank',
            to: 'J-F24',
            role: 'booster',
            curve: [
              [0, 50],
              [0.01, 46],
              [0.02, 40],
            ],
          },
        ],
      },
    },
  ],
};

describe('old-tower-1998-24f', () => {
  const old = sample('old-tower-1998-24f');

  it('fails the top-floor dynamic outlet pressure without a booster', async () => {
    const r = await analyseWater(old, { fireStorey: 'F24' });
    const top = r.hydrants.filter((h) => h.flowing);
    expect(top.map((h) => h.storey)).toEqual(['F24', 'F24']);
    for (const h of top) {
      expect(h.ok).toBe(false);
      expect(h.outletPressure).toBeLessThan(0.35e6);
      expect(h.jet).toBeLessThan(13);
    }
    const dynamic = r.checks.find((c) => c.clause === 'GB 50974-2014 7.4.12' && c.limit === 0.35e6)!;
    expect(dynamic.ok).toBe(false);
  });

  it('passes at the top floor once the retrofit scenario adds a roof booster', async () => {
    const fixed = applyScenario(old, retrofit);
    expect(validateBuilding(fixed).errors).toEqual([]);
    const r = await analyseWater(fixed, { fireStorey: 'F24' });
    const top = r.hydrants.filter((h) => h.flowing);
    for (const h of top) {
      expect(h.ok).toBe(true);
      expect(h.outletPressure).toBeGreaterThanOrEqual(0.35e6);
      expect(h.outletPressure).toBeLessThanOrEqual(0.5e6);
      expect(h.jet).toBeGreaterThanOrEqual(13);
    }
    expect(r.pumps.find((p) => p.id === 'BP1')!.flow).toBeGreaterThan(0.01);
    // With the booster off (jockey-only state: fire and booster pumps not started) it fails again.
    const off = await analyseWater(fixed, { fireStorey: 'F24', jockeyOnly: true });
    expect(off.hydrants.filter((h) => h.flowing).every((h) => h.ok === false)).toBe(true);
  });

  it('a fire engine at the pump inlet (CB10/60, 40 m of 80 mm hose) reaches the top floor', async () => {
    const r = await analyseWater(old, { fireStorey: 'F24', supply: { vehicle: 'pumper-CB10/60' } });
    expect(r.engine!.flow).toBeGreaterThan(0.01);
    for (const h of r.hydrants.filter((x) => x.flowing)) expect(h.ok).toBe(true);
  });
});

describe('every sample solves, sweeps, and surfaces what EPANET says', () => {
  for (const name of ['old-tower-1998-24f', 'yuzhong-residential-33f', 'office-tower-52f']) {
    it(`${name}: the sweep covers every hydrant storey × every state, without a crash`, async () => {
      const b = sample(name);
      const r = await analyseWater(b, { sweep: true });
      expect(r.fireStorey).toBeNull();
      expect(r.hydrants.every((h) => !h.flowing && Math.abs(h.flow) < 1e-6)).toBe(true);
      const storeys = new Set(b.water!.hydrants!.map((h) => h.storey)).size;
      expect(r.sweep!.cells).toHaveLength(storeys * r.sweep!.states.length);
      expect(r.sweep!.states.map((s) => s.id)).toContain('all');
      expect(r.sweep!.states.map((s) => s.id)).toContain('tank-empty');
      expect(r.sweep!.states.map((s) => s.id)).toContain('engine');
      expect(r.checks.length).toBeGreaterThanOrEqual(5);
    });
  }

  it('office-tower-52f: pump P3 failed leaves the top zone short; the engine alone does not reach the top', async () => {
    const r = await analyseWater(sample('office-tower-52f'), { sweep: true });
    const highest = Object.fromEntries(r.sweep!.states.map((s) => [s.id, s.highestAdequateStorey]));
    expect(highest['all']).toBe('F52');
    expect(highest['failed:P3']).not.toBe('F52');
    expect(highest['engine']).not.toBe('F52');
  });
});
