/**
 * Scenario `fireLifts` reaches the evacuation engine from `lifeline evac --scenario` (both modes; the
 * `--fire-lifts` flag still works and overrides) and from the worker API; a list of lift ids limits
 * the run to those lifts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main.ts';
import { evacuationWorkerApi } from '../../../sim-core/evacuation/worker-api.ts';
import { runEvacuation } from '../../../sim-core/evacuation/index.ts';
import { liftScenarioTower } from './lift-scenario-tower.ts';
import { validateBuilding } from '../../../models/load/load-building.ts';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'lifeline-fire-lifts-'));
const file = join(dir, 'lift-tower.json');
writeFileSync(file, JSON.stringify(liftScenarioTower()));

const carried = (doc: { lifts?: { carried: number }[] }): number =>
  (doc.lifts ?? []).reduce((n, l) => n + l.carried, 0);

describe('lifeline evac with a scenario that uses the fire lifts', () => {
  it('--json reports `lifts`: all six mobility-impaired ride, nobody of them uses the stair', async () => {
    const r = await run('evac', file, '--scenario', 'lift-drill', '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.lifts.map((l: { id: string }) => l.id)).toEqual(['FL', 'FL2']);
    expect(carried(doc)).toBe(6);
    expect(doc.agents.every((p: { stairTime: number }) => p.stairTime === 0)).toBe(true);
    expect(doc.evacuated).toBe(6);
  });

  it('a list limits the run to those lifts: FL2 carries F3, the F6 lobby walks down', async () => {
    const doc = JSON.parse((await run('evac', file, '--scenario', 'fl2-only', '--json')).out);
    expect(doc.lifts).toEqual([expect.objectContaining({ id: 'FL2', carried: 2, waiting: 0 })]);
    const f6 = doc.agents.filter((p: { start: string }) => p.start === 'F6-lobby');
    expect(f6).toHaveLength(4);
    expect(f6.every((p: { stairTime: number }) => p.stairTime > 0)).toBe(true);
  });

  it('no fireLifts in the scenario: no lifts; --fire-lifts turns every fire lift on, overriding it', async () => {
    const off = JSON.parse((await run('evac', file, '--scenario', 'on-foot', '--json')).out);
    expect(off.lifts).toBeUndefined();
    const flag = JSON.parse((await run('evac', file, '--scenario', 'on-foot', '--fire-lifts', '--json')).out);
    expect(carried(flag)).toBe(6);
    const over = JSON.parse(
      (await run('evac', file, '--scenario', 'fl2-only', '--fire-lifts', '--json')).out,
    );
    expect(over.lifts.map((l: { id: string }) => l.id)).toEqual(['FL', 'FL2']);
  });

  it('--mode sfpe runs the lifts too, with the same fields', async () => {
    const r = await run('evac', file, '--scenario', 'lift-drill', '--mode', 'sfpe', '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.mode).toBe('sfpe');
    expect(carried(doc)).toBe(6);
    expect(Object.keys(doc.lifts[0]).sort()).toEqual(['carried', 'id', 'lastArrival', 'trips', 'waiting']);
    const text = await run('evac', file, '--scenario', 'lift-drill', '--mode', 'sfpe');
    expect(text.out).toContain('fire lift FL:');
  });

  it('the worker API applies the scenario fireLifts like the CLI, bit for bit', async () => {
    const b = liftScenarioTower();
    const w = await evacuationWorkerApi.run(b, 'fl2-only');
    const direct = runEvacuation({ ...b, scenarios: [] }, { seed: 3, useFireLifts: ['FL2'] });
    expect(w.lifts).toEqual(direct.lifts);
    expect(w.evacuationTime).toBe(direct.evacuationTime);
    // Options given to the worker still win over the scenario.
    const off = await evacuationWorkerApi.run(b, 'fl2-only', { useFireLifts: false });
    expect(off.lifts).toBeUndefined();
  });

  it('the yuzhong sample has a scenario `fire-lift` using FL1, valid with no issue about it', () => {
    const value: unknown = JSON.parse(
      readFileSync(new URL('../../../models/samples/yuzhong-residential-33f.json', import.meta.url), 'utf8'),
    );
    const r = validateBuilding(value);
    const k = r.building!.scenarios!.findIndex((s) => s.id === 'fire-lift');
    expect(r.building!.scenarios![k]!.fireLifts).toEqual(['FL1']);
    expect([...r.errors, ...r.warnings].filter((i) => i.path.startsWith(`/scenarios/${k}`))).toEqual([]);
  });
});
