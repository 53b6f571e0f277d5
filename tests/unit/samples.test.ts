import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBuildingText } from '../../models/load/load-building.ts';
import { buildSamples, sampleText, SAMPLE_IDS } from '../../models/samples/all-samples.ts';
import type { Building } from '../../models/schema/building.ts';
import type { Polygon } from '../../models/schema/common.ts';

const built = buildSamples();
const fileText = (id: string): string =>
  readFileSync(new URL(`../../models/samples/${id}.json`, import.meta.url), 'utf8');

function span(p: Polygon): { w: number; h: number; y0: number; y1: number } {
  const xs = p.map((v) => v[0]);
  const ys = p.map((v) => v[1]);
  return {
    w: Math.max(...xs) - Math.min(...xs),
    h: Math.max(...ys) - Math.min(...ys),
    y0: Math.min(...ys),
    y1: Math.max(...ys),
  };
}

function exitStoreys(b: Building): string[] {
  return b.storeys.filter((s) => (s.doors ?? []).some((d) => d.spaces[1] === 'outside')).map((s) => s.id);
}

describe('sample buildings', () => {
  it.each(SAMPLE_IDS)('%s: the checked-in JSON is what the builders produce (run npm run samples)', (id) => {
    expect(fileText(id)).toBe(sampleText(built[id]));
  });

  it.each(SAMPLE_IDS)('%s: loads with no errors and only its intended warnings', (id) => {
    const r = loadBuildingText(fileText(id), id);
    expect(r.errors.map((e) => `${e.path}: ${e.text.en}`)).toEqual([]);
    const expected: Record<string, string[]> = {
      'yuzhong-residential-33f': [],
      // A pre-2000 tower: one enclosed stair and no fire lift, as built.
      'old-tower-1998-24f': ['code.noFireLift', 'code.singleStair', 'code.stairEnclosure'],
      // The podium stairs C and D are enclosed, which GB 50016 5.5.12 allows for a podium (裙房):
      // the rule judges a stair by the storeys it serves, so no warning.
      'office-tower-52f': [],
    };
    expect(r.warnings.map((w) => w.code).sort()).toEqual(expected[id]);
  });

  it.each(SAMPLE_IDS)('%s: has every section filled and at least three scenarios', (id) => {
    const b = built[id];
    expect(b.storeys.length).toBeGreaterThan(20);
    expect(b.stairs.length).toBeGreaterThan(0);
    expect(b.elevators!.length).toBeGreaterThan(0);
    expect(b.profiles!.length).toBeGreaterThan(0);
    expect(b.water!.hydrants!.length).toBeGreaterThanOrEqual(b.storeys.length);
    expect(b.water!.inlets!.length).toBeGreaterThanOrEqual(2);
    expect(b.site!.drivable!.some((d) => d.kind === 'rescue-site')).toBe(true);
    expect(b.site!.station).toBeDefined();
    expect(b.facade!.openings!.length).toBeGreaterThan(b.storeys.length);
    expect(b.scenarios!.length).toBeGreaterThanOrEqual(3);
  });

  it('yuzhong-residential-33f: a 99 m scissor-stair hillside tower with pumps and a narrow lane', () => {
    const b = built['yuzhong-residential-33f'];
    expect(b.storeys).toHaveLength(33);
    expect(b.storeys.at(-1)!.elevation + b.storeys.at(-1)!.height).toBe(99);
    expect(b.stairs.map((s) => [s.id, s.scissor])).toEqual([
      ['A', 'B'],
      ['B', 'A'],
    ]);
    expect(b.elevators!.map((e) => e.fire)).toEqual([true, false]);
    // Street exits on two levels: 1F (z = 0) and 4F (z = 9) on the uphill side.
    expect(exitStoreys(b)).toEqual(['F1', 'F4']);
    expect(b.storeys.find((s) => s.id === 'F4')!.elevation).toBe(9);
    const w = b.water!;
    const tank = w.tanks!.find((t) => t.id === 'roof-tank')!;
    expect((Math.PI / 4) * tank.diameter ** 2 * (tank.maxLevel - tank.minLevel)).toBeGreaterThanOrEqual(18);
    expect(w.pumps!.map((p) => `${p.id}:${p.role}`)).toEqual(['P1:fire', 'P2:fire', 'JP1:jockey']);
    expect(w.inlets).toHaveLength(2);
    const rs = span(b.site!.drivable!.find((d) => d.kind === 'rescue-site')!.polygon);
    expect(rs.w).toBeGreaterThanOrEqual(20);
    expect(rs.h).toBeGreaterThanOrEqual(10);
    expect(-rs.y1).toBeGreaterThanOrEqual(5);
    expect(-rs.y1).toBeLessThanOrEqual(10);
    const cars = b.site!.obstacles!.filter((o) => o.kind === 'parked-car');
    expect(cars.length).toBeGreaterThan(0);
    expect(cars.every((c) => c.removable)).toBe(true);
    // Every flat has a window on every storey.
    for (const s of b.storeys) {
      const units = new Set(s.spaces.filter((sp) => sp.unit).map((sp) => sp.unit));
      const withOpenings = new Set(b.facade!.openings!.filter((o) => o.storey === s.id).map((o) => o.unit));
      expect(withOpenings).toEqual(units);
    }
    expect(b.scenarios!.map((s) => s.id)).toEqual(
      expect.arrayContaining(['stairB-smoke', 'pump-P1-failed', 'lane-blocked-van', 'night']),
    );
  });

  it('old-tower-1998-24f: one stair, no fire lift, canopies and cages, weak water, encroached site', () => {
    const b = built['old-tower-1998-24f'];
    expect(b.builtYear).toBe(1998);
    expect(b.storeys).toHaveLength(24);
    expect(b.stairs).toHaveLength(1);
    expect(b.stairs[0]!.enclosure).toBe('enclosed');
    expect(b.elevators!.map((e) => e.fire)).toEqual([false]);
    const units = new Set(b.storeys.flatMap((s) => s.spaces.filter((sp) => sp.unit).map((sp) => sp.id)));
    const spaceOf = (openingId: string): string => openingId.replace(/^o-/, '').replace(/-\d+$/, '');
    const openings = b.facade!.openings!;
    const withCanopy = new Set(openings.filter((o) => o.canopy === 'combustible').map((o) => spaceOf(o.id)));
    expect(withCanopy.size / units.size).toBeGreaterThanOrEqual(0.6);
    const caged = openings.filter((o) => o.net === 'protruding');
    expect(caged.length).toBeGreaterThan(openings.length / 3);
    expect(caged.every((o) => o.hatch === false)).toBe(true);
    const w = b.water!;
    expect(w.pumps).toEqual([]);
    // The water engine's acceptance case: a retrofit that adds a roof booster through `set`.
    const retrofit = b.scenarios!.find((s) => s.id === 'retrofit-roof-booster')!;
    expect(retrofit.changes).toEqual([
      { set: { path: '/water/pumps', value: [expect.objectContaining({ role: 'booster' })] } },
    ]);
    const tank = w.tanks![0]!;
    expect((Math.PI / 4) * tank.diameter ** 2 * (tank.maxLevel - tank.minLevel)).toBeLessThan(8);
    const kinds = b.site!.obstacles!.map((o) => o.kind);
    expect(kinds).toContain('stall');
    expect(kinds.filter((k) => k === 'parked-car').length).toBeGreaterThan(2);
    const mix = b.storeys[5]!.spaces.find((sp) => sp.unit)!.occupants!.mix!;
    const elderly = mix.filter((m) => m.profile.startsWith('elderly')).reduce((s, m) => s + m.fraction, 0);
    expect(elderly).toBeGreaterThanOrEqual(0.5);
  });

  it('office-tower-52f: > 200 m, refuge floors, podium shops, transfer stage and PRV zones', () => {
    const b = built['office-tower-52f'];
    expect(b.use).toBe('office');
    expect(b.storeys).toHaveLength(52);
    const top = b.storeys.at(-1)!;
    expect(top.elevation + top.height).toBeGreaterThan(200);
    const refuge = b.storeys.filter((s) => s.refuge);
    expect(refuge.length).toBeGreaterThanOrEqual(4);
    for (const s of refuge) expect(s.spaces.some((sp) => sp.kind === 'refuge')).toBe(true);
    const area = (s: Building['storeys'][number]): number =>
      s.spaces.reduce((a, sp) => {
        const { w, h } = span(sp.polygon);
        return a + w * h;
      }, 0);
    expect(area(b.storeys[0]!)).toBeGreaterThan(area(b.storeys[10]!) * 1.3);
    for (const s of b.storeys.slice(0, 4)) expect(s.spaces.some((sp) => sp.kind === 'shop')).toBe(true);
    expect(b.storeys[4]!.spaces.some((sp) => sp.kind === 'shop')).toBe(false);
    expect(b.stairs.filter((s) => s.landings.length === 52).map((s) => s.id)).toEqual(['A', 'B']);
    expect(b.elevators!.filter((e) => e.fire).length).toBeGreaterThanOrEqual(2);
    const w = b.water!;
    expect(w.tanks!.map((t) => t.id)).toEqual(['T1', 'roof-tank']);
    expect(w.pumps!.filter((p) => p.id.startsWith('TP')).length).toBe(2);
    expect(w.valves!.filter((v) => v.type === 'PRV').length).toBeGreaterThanOrEqual(2);
    // The transfer tank sits on a refuge floor.
    const t1 = w.tanks![0]!;
    expect(refuge.some((s) => Math.abs(s.elevation + 0.3 - t1.elevation) < 1e-9)).toBe(true);
  });
});
