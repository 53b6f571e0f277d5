/** Unit tests of the water engine's pieces: nozzle inverse, hose table, fire flow, bad input, the CLI. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main.ts';
import { loadBuildingText } from '../../../models/load/load-building.ts';
import type { Building } from '../../../models/schema/building.ts';
import { analyseWater, WaterInputError } from '../../../sim-core/water/index.ts';
import { flowingHydrants } from '../../../sim-core/water/fire-flow.ts';
import { hoseS } from '../../../sim-core/water/hose.ts';
import { jetForNozzleHead, jetPhi, nozzleHeadForJet } from '../../../sim-core/water/nozzle.ts';

const samplePath = (name: string): string =>
  new URL(`../../../models/samples/${name}.json`, import.meta.url).pathname;
const sample = (name: string): Building => loadBuildingText(readFileSync(samplePath(name), 'utf8')).building!;

describe('nozzle', () => {
  it('Lobachev φ reproduces the table: 0.0097 (19 mm), 0.0124 (16 mm) within 0.5 %', () => {
    expect(Math.abs(jetPhi(0.019) - 0.0097) / 0.0097).toBeLessThan(0.005);
    expect(Math.abs(jetPhi(0.016) - 0.0124) / 0.0124).toBeLessThan(0.005);
  });
  it('jetForNozzleHead inverts nozzleHeadForJet', () => {
    for (const jet of [3, 7, 10, 13, 17, 20]) {
      expect(jetForNozzleHead(nozzleHeadForJet(jet, 0.019), 0.019)).toBeCloseTo(jet, 6);
    }
    expect(jetForNozzleHead(0, 0.019)).toBe(0);
    expect(jetForNozzleHead(-5, 0.019)).toBe(0);
  });
});

describe('hose table', () => {
  it('tabulated diameters give their S; others are scaled and flagged', () => {
    expect(hoseS(0.065)).toEqual({ s: 0.035, tabulated: true });
    expect(hoseS(0.08)).toEqual({ s: 0.015, tabulated: true });
    const s100 = hoseS(0.1);
    expect(s100.tabulated).toBe(false);
    expect(s100.s).toBeLessThan(0.015);
  });
});

describe('fire flow (Table 3.5.2, per riser)', () => {
  it('residential > 54 m: 2 jets on the fire storey riser (10 L/s per riser)', () => {
    const b = sample('old-tower-1998-24f');
    const i = flowingHydrants(b, 'F10');
    expect(i.map((k) => b.water!.hydrants![k]!.storey)).toEqual(['F10', 'F10']);
  });
  it('class-I public > 50 m: 3 jets (15 L/s per riser), the third on the storey above', () => {
    const b = sample('office-tower-52f');
    const i = flowingHydrants(b, 'F30');
    expect(i.map((k) => b.water!.hydrants![k]!.storey)).toEqual(['F30', 'F30', 'F31']);
    // On the top storey there is nothing above: the storey below.
    const top = flowingHydrants(b, 'F52');
    expect(top.map((k) => b.water!.hydrants![k]!.storey)).toEqual(['F52', 'F52', 'F51']);
  });
  it('an unknown storey flows nothing', () => {
    expect(flowingHydrants(sample('old-tower-1998-24f'), 'F99')).toEqual([]);
  });
});

describe('bad input', () => {
  it('refuses a missing fire storey, a building without hydrants, a vehicle without pump, a missing inlet', async () => {
    const b = sample('old-tower-1998-24f');
    await expect(analyseWater(b, { fireStorey: 'F99' })).rejects.toThrow(WaterInputError);
    const dry = structuredClone(b);
    delete dry.water;
    await expect(analyseWater(dry, {})).rejects.toThrow(WaterInputError);
    await expect(analyseWater(b, { supply: { vehicle: 'aerial-32' } })).rejects.toThrow(/no pump curve/);
    await expect(analyseWater(b, { supply: { inlet: 'nope' } })).rejects.toThrow(/no pump inlet/);
    await expect(analyseWater(b, { supply: { vehicle: 'nope' } })).rejects.toThrow(/no vehicle/);
  });
});

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('lifeline water', () => {
  const old = samplePath('old-tower-1998-24f');

  it("--json prints one document with the issue's fields, SI units", async () => {
    const r = await run('water', old, '--fire-storey', 'F24', '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.fireStorey).toBe('F24');
    const h = doc.hydrants.find((x: { id: string }) => x.id === 'H-F24-1');
    expect(h).toMatchObject({ storey: 'F24', flowing: true, ok: false });
    expect(h.outletPressure).toBeGreaterThan(1e4); // Pa, not MPa
    expect(h.flow).toBeLessThan(0.01); // m³/s, not L/s
    expect(doc.highestAdequateStorey).toBe('F12');
    // `ok` is always a boolean: 7.4.12 for flowing hydrants, the static check (6.2.1) for the rest.
    for (const x of doc.hydrants) {
      expect(typeof x.ok).toBe('boolean');
      expect(x.okClause).toBe(x.flowing ? '7.4.12' : '6.2.1');
    }
    expect(doc.hydrants.find((x: { id: string }) => x.id === 'H-F1-1')).toMatchObject({
      flowing: false,
      ok: true,
    });
    for (const c of doc.checks)
      expect(Object.keys(c)).toEqual(
        expect.arrayContaining(['clause', 'ok', 'value', 'limit', 'message', 'verified']),
      );
    expect(doc.sweep).toBeUndefined();
  });

  it('--scenario applies the scenario and its fire storey; text in zh-CN', async () => {
    const r = await run('--lang', 'zh-CN', 'water', old, '--scenario', 'roof-tank-empty');
    expect(r.code).toBe(0);
    expect(r.out).toContain('着火层 F20');
    expect(r.out).toContain('规范校核');
  });

  it('--sweep prints the ladder; --supply connects an engine', async () => {
    const r = await run(
      'water',
      old,
      '--sweep',
      '--supply',
      'pumper-CB10/60',
      '--hose-length',
      '60',
      '--fire-storey',
      'F24',
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain('pressure ladder');
    expect(r.out).toContain('fire engine pumper-CB10/60');
  });

  it('--scenario FILE: one scenario object, validated with paths inside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lifeline-water-'));
    const booster = {
      id: 'BP1',
      from: 'roof-tank',
      to: 'J-F24',
      role: 'booster',
      curve: [
        [0, 50],
        [0.02, 40],
      ],
    };
    const good = join(dir, 'retrofit.json');
    writeFileSync(
      good,
      JSON.stringify({
        id: 'mine',
        fire: { storey: 'F24' },
        changes: [{ set: { path: '/water/pumps', value: [booster] } }],
      }),
    );
    const r = await run('water', old, '--scenario', good, '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.fireStorey).toBe('F24');
    expect(doc.pumps.map((p: { id: string }) => p.id)).toEqual(['BP1']);
    const bad = join(dir, 'bad.json');
    // Schema errors first (as for a building file), then references.
    writeFileSync(bad, JSON.stringify({ id: 'x', changes: [{ fail: 'P9' }, { block: 5 }] }));
    const b = await run('water', old, '--scenario', bad);
    expect(b.code).toBe(1);
    expect(b.err).toContain(`${bad}: /changes/1/block`);
    writeFileSync(bad, JSON.stringify({ id: 'x', changes: [{ block: 'A' }, { fail: 'P9' }] }));
    const c = await run('water', old, '--scenario', bad);
    expect(c.code).toBe(1);
    expect(c.err).toContain(`${bad}: /changes/1/fail`);
    const notJson = join(dir, 'broken.json');
    writeFileSync(notJson, '{ "id": ');
    expect((await run('water', old, '--scenario', notJson)).code).toBe(1);
    expect((await run('water', old, '--scenario', join(dir, 'missing.json'))).code).toBe(2);
  });

  it('--relay adds the relay option; supply options are in the JSON', async () => {
    const r = await run('water', old, '--supply', 'pumper-CB10/60', '--relay', 'pumper-CB10/60', '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.supplies.map((s: { option: string }) => s.option)).toEqual(['inlet', 'relay', 'stair-lay']);
    // Two 1.0 MPa-class pumps in series put ≈ 1.9 MPa on the inlet: only the relay is above PN 1.6.
    const rating = doc.supplies.map((s: { ratingCheck: { ok: boolean; limit: number } }) => [
      s.ratingCheck.ok,
      s.ratingCheck.limit,
    ]);
    expect(rating).toEqual([
      [true, 1.6e6],
      [false, 1.6e6],
      [true, 1.6e6],
    ]);
  });

  it('the hose / inlet rating is a check in JSON and text: 4.0 MPa engine fails it', async () => {
    const office = samplePath('office-tower-52f');
    const j = JSON.parse((await run('water', office, '--supply', 'high-pressure-40', '--json')).out);
    const lay = j.supplies.find((s: { option: string }) => s.option === 'stair-lay').ratingCheck;
    expect(lay).toMatchObject({ clause: 'pressure rating (stair-lay)', ok: false, limit: 2.5e6, unit: 'Pa' });
    expect(lay.value).toBeGreaterThan(4e6);
    expect(
      j.checks.some((c: { clause: string; ok: boolean }) => c.clause === 'pressure rating (inlet)' && !c.ok),
    ).toBe(true);
    const t = (await run('water', office, '--supply', 'high-pressure-40')).out;
    expect(t).toContain('[FAIL] pressure rating (stair-lay) (UNVERIFIED)');
  });

  it('roof-tank-empty: no negative pressure anywhere in the JSON (hydrants, sweep)', async () => {
    const j = JSON.parse((await run('water', old, '--scenario', 'roof-tank-empty', '--sweep', '--json')).out);
    const pressures = [
      ...j.hydrants.flatMap((h: { outletPressure: number; nozzlePressure: number }) => [
        h.outletPressure,
        h.nozzlePressure,
      ]),
      ...j.sweep.map((c: { outletPressure: number }) => c.outletPressure),
    ];
    expect(pressures.length).toBeGreaterThan(48);
    expect(Math.min(...pressures)).toBeGreaterThanOrEqual(0);
    expect(j.hydrants.filter((h: { dry: boolean }) => h.dry)).toHaveLength(34);
    expect((await run('water', old, '--relay-hose-length', '0')).code).toBe(1);
  });

  it('bad input: exit 1 with a message; unreadable: exit 2', async () => {
    expect((await run('water', old, '--fire-storey', 'F99')).code).toBe(1);
    const bad = await run('water', old, '--hose-length', '-3');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('--hose-length');
    expect((await run('water', old, '--scenario', 'nope')).code).toBe(1);
    const dir = mkdtempSync(join(tmpdir(), 'lifeline-water-'));
    expect((await run('water', join(dir, 'missing.json'))).code).toBe(2);
    const invalid = join(dir, 'invalid.json');
    const b = JSON.parse(readFileSync(old, 'utf8'));
    b.water.pipes[1].diameter = -0.1;
    writeFileSync(invalid, JSON.stringify(b));
    const r = await run('water', invalid);
    expect(r.code).toBe(1);
    expect(r.err).toContain('/water/pipes/1/diameter');
  });
});
