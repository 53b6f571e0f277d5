/**
 * The samples against the acceptance: the 1998 tower (24 storeys, roof tank and city main,
 * no booster) must fail the top-floor dynamic pressure (GB 50974 7.4.12: ≥ 0.35 MPa with a 13 m
 * jet) and pass under its `retrofit-roof-booster` scenario, a `set` of /water/pumps adding a roof
 * booster (role "booster") drawing from the roof tank into the top of the riser. The two modern
 * samples are designed with PRV zones and reducing orifices (models/generator/water.ts), so they
 * pass 7.4.12's maximum and 6.2.1's static limit, which the old tower does not need to.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBuildingText, validateBuilding } from '../../../models/load/load-building.ts';
import { applyScenario, findScenario } from '../../../models/scenario/apply-scenario.ts';
import type { Building } from '../../../models/schema/building.ts';
import { PASCALS_PER_METRE_HEAD } from '../../../models/units.ts';
import { analyseWater, type Check } from '../../../sim-core/water/index.ts';

function sample(name: string): Building {
  const r = loadBuildingText(
    readFileSync(new URL(`../../../models/samples/${name}.json`, import.meta.url), 'utf8'),
  );
  expect(r.errors).toEqual([]);
  return r.building!;
}

const dynamicMin = (checks: Check[]): Check =>
  checks.find((c) => c.clause === 'GB 50974-2014 7.4.12' && c.limit === 0.35e6)!;
const dynamicMax = (checks: Check[]): Check =>
  checks.find((c) => c.clause === 'GB 50974-2014 7.4.12' && c.limit === 0.5e6)!;

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
    expect(dynamicMin(r.checks).ok).toBe(false);
  });

  it('passes at the top floor under its retrofit-roof-booster scenario', async () => {
    const scenario = findScenario(old, 'retrofit-roof-booster')!;
    expect(scenario.fire?.storey).toBe('F24');
    expect(old.water!.pumps).toEqual([]);
    const fixed = applyScenario(old, scenario);
    expect(validateBuilding(fixed).errors).toEqual([]);
    expect(fixed.water!.pumps!.map((p) => `${p.id}:${p.role}`)).toEqual(['BP1:booster']);
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

  it('stays weak: no reducing devices, the lower storeys above 0.50 MPa dynamic', async () => {
    expect(old.water!.hydrants!.some((h) => h.reducer)).toBe(false);
    const r = await analyseWater(old, {});
    expect(dynamicMax(r.checks).ok).toBe(false);
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

describe('modern samples reduce pressure where GB 50974 asks (7.4.12 maximum, 6.2.1 zoning)', () => {
  for (const name of ['yuzhong-residential-33f', 'office-tower-52f']) {
    it(`${name}: every storey adequate as built, no flowing outlet above 0.50 MPa, no static above 1.0 MPa`, async () => {
      const b = sample(name);
      // The design has what a 2010s design would: PRV zones and reducing orifices on lower storeys.
      expect(b.water!.valves!.filter((v) => v.type === 'PRV').length).toBeGreaterThanOrEqual(2);
      expect(b.water!.hydrants!.filter((h) => h.reducer).length).toBeGreaterThan(10);
      const r = await analyseWater(b, {});
      expect(dynamicMin(r.checks).ok).toBe(true);
      const max = dynamicMax(r.checks);
      expect(max.ok).toBe(true);
      expect(max.value).toBeGreaterThan(0.35e6);
      expect(max.value).toBeLessThanOrEqual(0.5e6);
      const zoning = r.checks.find((c) => c.clause === 'GB 50974-2014 6.2.1' && c.limit === 1e6)!;
      expect(zoning.ok).toBe(true);
    });
  }

  it('yuzhong-residential-33f: F1 gets a 13 m jet at ≤ 0.50 MPa (it had 1.158 MPa unreduced)', async () => {
    const r = await analyseWater(sample('yuzhong-residential-33f'), { fireStorey: 'F1' });
    for (const h of r.hydrants.filter((x) => x.flowing)) {
      expect(h.ok).toBe(true);
      expect(h.overPressure).toBe(false);
    }
  });

  it('office-tower-52f: F35 is in a PRV zone; its PRV stuck open puts it far above 0.70 MPa', async () => {
    const b = sample('office-tower-52f');
    const r = await analyseWater(b, { fireStorey: 'F35' });
    for (const h of r.hydrants.filter((x) => x.flowing)) expect(h.overPressure).toBe(false);
    const prv = b.water!.valves!.find((v) => v.id === 'PRV-S2-Z3')!;
    expect(prv.to).toBe('J-F41');
    const stuck = applyScenario(b, { id: 's', changes: [{ fail: 'PRV-S2-Z3', mode: 'open' }] });
    const s = await analyseWater(stuck, { fireStorey: 'F35' });
    expect(s.hydrants.filter((h) => h.flowing).every((h) => h.needsReduction)).toBe(true);
  });
});

describe('sweep: PRV failed states; 6.2.1 working pressure', () => {
  it('yuzhong: each PRV stuck open over-pressures its zone, failed closed leaves the zone dry', async () => {
    const b = sample('yuzhong-residential-33f');
    const r = await analyseWater(b, { sweep: true });
    const ids = r.sweep!.states.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['prv-open:PRV-S1-Z1', 'prv-closed:PRV-S1-Z1']));
    const cell = (state: string, storey: string) =>
      r.sweep!.cells.find((c) => c.state === state && c.fireStorey === storey)!;
    // PRV-S1-Z1 feeds F1–F8: stuck open, F1 sees the pump's pressure through its orifice;
    expect(cell('prv-open:PRV-S1-Z1', 'F1').maxOutletPressure).toBeGreaterThan(0.7e6);
    expect(cell('all', 'F1').maxOutletPressure).toBeLessThanOrEqual(0.5e6);
    // closed, nothing reaches F1–F8 while the zones above still work.
    expect(cell('prv-closed:PRV-S1-Z1', 'F1').ok).toBe(false);
    expect(cell('prv-closed:PRV-S1-Z1', 'F8').ok).toBe(false);
    expect(cell('prv-closed:PRV-S1-Z1', 'F20').ok).toBe(true);
  });

  it('system working pressure (2.40 MPa): the office passes at 2.16 MPa; steeper pumps fail it', async () => {
    const b = sample('office-tower-52f');
    const working = (c: { clause: string; limit: number }): boolean =>
      c.clause === 'GB 50974-2014 6.2.1' && c.limit === 2.4e6;
    const r = await analyseWater(b, {});
    const check = r.checks.find(working)!;
    expect(check.ok).toBe(true);
    expect(check.verified).toBe(false);
    // The highest pressure is at stage 2's pump discharge: T1's water level + P3's shut-off head.
    const t1 = b.water!.tanks!.find((t) => t.id === 'T1')!;
    const p3 = b.water!.pumps!.find((p) => p.id === 'P3')!;
    const base = b.water!.junctions!.find((j) => j.id === 'J-S2')!;
    const expected = (t1.elevation + t1.level + p3.curve[0]![1] - base.elevation) * 9806.65;
    expect(Math.abs(check.value - expected) / expected).toBeLessThan(0.01);
    const steep = structuredClone(b);
    for (const p of steep.water!.pumps!) p.curve = p.curve.map(([q, h]) => [q, h * 1.2]);
    expect((await analyseWater(steep, {})).checks.find(working)!.ok).toBe(false);
  });
});

describe('jockey pump control', () => {
  it('yuzhong: JP1 stops while P1 runs (no EPANET warning 4), runs alone in the first minutes and when P1 fails', async () => {
    const b = sample('yuzhong-residential-33f');
    const run = await analyseWater(b, { fireStorey: 'F20' });
    expect(run.pumps.find((p) => p.id === 'JP1')!.status).toBe('closed');
    expect(run.pumps.find((p) => p.id === 'P1')!.status).toBe('open');
    expect(run.warnings.map((w) => w.code)).not.toContain(4);
    const first = await analyseWater(b, { fireStorey: 'F20', jockeyOnly: true });
    expect(first.pumps.find((p) => p.id === 'JP1')!.status).toBe('open');
    const failed = await analyseWater(applyScenario(b, { id: 's', changes: [{ fail: 'P1' }] }), {
      fireStorey: 'F20',
    });
    expect(failed.pumps.find((p) => p.id === 'JP1')!.status).toBe('open');
  });
});

describe('old-tower-1998-24f, roof-tank-empty', () => {
  // The scenario fails the roof tank (level at its minimum) and sets the fire on F20; the tower has
  // no pumps, so only the city main (20 m head) feeds the riser. By hand: junction J-F7 (18.5 m)
  // keeps 1.5 m of head, J-F8 (21.4 m) and everything above is above the grade line: dry.
  const old = sample('old-tower-1998-24f');
  const scenario = findScenario(old, 'roof-tank-empty')!;
  const drained = applyScenario(old, scenario);
  const dryStoreys = Array.from({ length: 17 }, (_, i) => `F${i + 8}`);

  it('reports the drained riser dry at zero pressure, never a negative pressure', async () => {
    expect(scenario.fire?.storey).toBe('F20');
    expect(drained.water!.pumps ?? []).toEqual([]);
    const r = await analyseWater(drained, { fireStorey: 'F20', sweep: true });
    expect(r.solved).toBe(true);
    expect([...new Set(r.hydrants.filter((h) => h.dry).map((h) => h.storey))]).toEqual(dryStoreys);
    for (const h of r.hydrants) {
      expect(h.outletPressure).toBeGreaterThanOrEqual(0);
      expect(h.nozzlePressure).toBeGreaterThanOrEqual(0);
      expect(h.flow).toBeGreaterThanOrEqual(0);
      if (h.dry) {
        expect(h.outletPressure).toBe(0);
        expect(h.ok).toBe(false);
      }
    }
    const fire = r.hydrants.filter((h) => h.flowing);
    expect(fire.map((h) => [h.storey, h.dry, h.ok, h.flow])).toEqual([
      ['F20', true, false, 0],
      ['F20', true, false, 0],
    ]);
    // F7 keeps 20 − 18.5 = 1.5 m of head (static, nothing flows into the dry zone).
    const f7 = r.hydrants.find((h) => h.id === 'H-F7-1')!;
    expect(f7.dry).toBe(false);
    expect(f7.outletPressure / PASCALS_PER_METRE_HEAD).toBeCloseTo(1.5, 1);
    expect(r.highestAdequateStorey).toBeNull();
    for (const c of r.sweep!.cells) {
      expect(c.outletPressure).toBeGreaterThanOrEqual(0);
      expect(c.maxOutletPressure).toBeGreaterThanOrEqual(0);
    }
    // The scenario's state and the sweep's tanks-empty state are the same state: same answer.
    const cells = (state: string): number[] =>
      r.sweep!.cells.filter((c) => c.state === state).map((c) => c.outletPressure);
    expect(cells('all')).toEqual(cells('tank-empty'));
    for (const c of r.checks.filter((x) => x.unit === 'Pa')) expect(c.value).toBeGreaterThanOrEqual(0);
  });
});
