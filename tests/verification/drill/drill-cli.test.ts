/**
 * `lifeline drill`, `compare` and `debrief` on a real (small, generated) tower, in-process: the JSON
 * contracts, verdicts built from the engines' figures in both languages, the report, the plan CSV.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main.ts';
import { parseCsv } from '../../../drill/csv.ts';
import { PLAN_HEADER } from '../../../drill/plan.ts';
import { duration, minSec } from '../../../drill/format.ts';
import { smallTowerFile } from './small-tower.ts';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const { dir, file, building } = smallTowerFile();
const html = join(dir, 'report.html');
const plan = join(dir, 'plan.csv');

interface DrillDoc {
  scenario: string;
  people: {
    occupants: number;
    firefightersModelled: boolean;
    firefighterArrival: number | null;
    runs: number;
    seeds: number[];
    rset: number;
    distribution: { p95: number; histogram: unknown[] };
    storeyClear: { id: string; clearTime: number }[];
    base: { exits: { id: string; count: number }[] };
  };
  water: {
    fireStorey: string;
    requirement: { minPressure: number };
    hydrants: { id: string; outletPressure: number }[];
  };
  access: { vehicles: { id: string; best: { arrivalTime: number } | null }[] };
  verdicts: { mode: string; ok: boolean; text: { en: string; 'zh-CN': string } }[];
}

let doc: DrillDoc;

describe('lifeline drill on a generated 8-storey tower', () => {
  it('--json: one document with scenario, people, water, access and three bilingual verdicts', async () => {
    const r = await run(
      'drill',
      file,
      '--scenario',
      'baseline',
      '--runs',
      '3',
      '--seed',
      '7',
      '--threads',
      '2',
      '--json',
      '--report',
      html,
      '--plan',
      plan,
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    doc = JSON.parse(r.out) as DrillDoc;
    expect(Object.keys(doc)).toEqual(['scenario', 'scenarioName', 'people', 'water', 'access', 'verdicts']);
    expect(doc.scenario).toBe('baseline');
    expect(doc.people.runs).toBe(3);
    expect(doc.people.seeds[0]).toBe(7);
    expect(doc.verdicts.map((v) => v.mode)).toEqual(['people', 'water', 'trucks']);
    // Built from the engines' figures: the people line carries run 1's RSET and the batch's p95.
    const people = doc.verdicts[0]!.text;
    expect(people.en).toContain(`${doc.people.occupants} occupants safe in ${duration(doc.people.rset).en}`);
    expect(people.en).toContain(`95th pct of 3 runs: ${duration(doc.people.distribution.p95).en}`);
    expect(people['zh-CN']).toContain(`${duration(doc.people.rset)['zh-CN']}`);
    expect(doc.verdicts[1]!.text.en).toContain(`fire storey ${doc.water.fireStorey}`);
    for (const v of doc.access.vehicles.filter((x) => x.best))
      expect(doc.verdicts[2]!.text.en).toContain(`${v.id} ready at ${duration(v.best!.arrivalTime).en}`);
  });

  it('the text output is the verdicts in the chosen language', async () => {
    const zh = await run('--lang', 'zh-CN', 'drill', file, '--seed', '7');
    expect(zh.code).toBe(0);
    expect(zh.out).toMatch(/人员：/);
    expect(zh.out).toMatch(/供水：/);
    expect(zh.out).toMatch(/车辆：/);
    expect(zh.out).toContain('IMO');
  });

  it('--scenario all --json: { scenarios: [...] }, one document per scenario of the file', async () => {
    const r = await run('drill', file, '--scenario', 'all', '--json');
    expect(r.code).toBe(0);
    const all = JSON.parse(r.out) as { scenarios: DrillDoc[] };
    expect(all.scenarios.map((s) => s.scenario)).toEqual(building.scenarios!.map((s) => s.id));
    for (const s of all.scenarios) expect(s.verdicts).toHaveLength(3);
  });

  it('the report: charts as SVG, both languages, the seeds; it loads in Chromium if there is one', async () => {
    const text = readFileSync(html, 'utf8');
    for (const c of ['evacuation-curve', 'rset-histogram', 'stair-densities', 'access-map'])
      expect(text).toContain(`<svg class="chart ${c}"`);
    for (const s of doc.people.seeds) expect(text).toContain(`: ${s} (`);
    expect(text).not.toMatch(/undefined|NaN/);
    const { existsSync } = await import('node:fs');
    if (!existsSync('/usr/bin/chromium')) return;
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      await page.setContent(text);
      expect(await page.locator('svg.chart').count()).toBe(4);
      expect(await page.locator('ul.verdicts li').count()).toBe(3);
      await page.click('button[data-lang="zh-CN"]');
      const shown = await page.locator('h1').innerText();
      expect(shown).toContain('演练报告');
      expect(shown).not.toContain('Drill report');
    } finally {
      await browser.close();
    }
  });

  it('the plan CSV: header, alarm at 0, one clear target per occupied storey', () => {
    const recs = parseCsv(readFileSync(plan, 'utf8'));
    expect(recs[0]!.fields).toEqual([...PLAN_HEADER]);
    expect(recs[1]!.fields.slice(0, 4)).toEqual(['baseline', '0', '0:00', 'alarm']);
    const clear = recs.filter((r) => r.fields[3] === 'storey-clear');
    expect(clear.length).toBe(doc.people.storeyClear.filter((s) => s.clearTime !== null).length);
    const ff = recs.find((r) => r.fields[3] === 'firefighters-on-fire-storey')!;
    // The engine's firefighter slice may or may not be there: the plan follows what it reports.
    if (doc.people.firefightersModelled)
      expect(ff.fields[1]).toBe(
        doc.people.firefighterArrival === null ? '' : String(doc.people.firefighterArrival),
      );
    else expect(ff.fields[5]).toContain('not modelled');
  });

  it('debrief: measured figures against the simulation, largest deviation first', async () => {
    const storey = doc.people.storeyClear.find((s) => s.clearTime !== null)!;
    const exit = doc.people.base.exits.find((e) => e.count > 0)!;
    const hydrant = doc.water.hydrants[0]!;
    const csv = join(dir, 'measured.csv');
    writeFileSync(
      csv,
      [
        'kind,id,value',
        `storey-clear,${storey.id},${minSec(storey.clearTime * 1.5)}`,
        `exit-count,${exit.id},${exit.count}`,
        `hydrant-pressure,${hydrant.id},${((hydrant.outletPressure * 1.2) / 1e6).toFixed(4)}`,
      ].join('\n'),
    );
    const r = await run(
      'debrief',
      file,
      '--measured',
      csv,
      '--scenario',
      'baseline',
      '--seed',
      '7',
      '--json',
    );
    expect(r.err).toBe('');
    const d = JSON.parse(r.out) as { deviations: { kind: string; relative: number }[] };
    expect(d.deviations.map((x) => x.kind)).toEqual(['storey-clear', 'hydrant-pressure', 'exit-count']);
    expect(d.deviations[0]!.relative).toBeCloseTo(0.5, 1);
    expect(d.deviations[2]!.relative).toBe(0);
  });

  it('debrief: a bad CSV fails fast with file:line errors (exit 1)', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'kind,id,value\nstorey-clear,F3,later\nexit-count,e,3\n');
    const r = await run('debrief', file, '--measured', bad);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${bad}:2: column value: "later" is not a time`);
  });

  it('compare: key figures per scenario with deltas against the first', async () => {
    const r = await run('compare', file, '--scenarios', 'baseline,stairA-smoke', '--seed', '7', '--json');
    expect(r.err).toBe('');
    const c = JSON.parse(r.out) as {
      baseline: string;
      figures: { key: string; deltas: (number | null)[]; values: { value: unknown }[] }[];
    };
    expect(c.baseline).toBe('baseline');
    const keys = c.figures.map((f) => f.key);
    for (const k of ['rset', 'worstQueue', 'water:all', 'reach', 'canopy']) expect(keys).toContain(k);
    expect(keys.some((k) => k.startsWith('arrival:'))).toBe(true);
    for (const f of c.figures) expect(f.deltas[0] === 0 || f.deltas[0] === null).toBe(true);
    const text = await run('compare', file, '--scenarios', 'baseline,stairA-smoke', '--seed', '7');
    expect(text.out.split('\n')[0]).toMatch(/baseline \(baseline\)\s+stairA-smoke/);
  });

  it('usage errors: unknown scenario, bad --runs, missing --scenarios (exit 2)', async () => {
    const a = await run('drill', file, '--scenario', 'nope');
    expect(a.code).toBe(2);
    expect(a.err).toContain('there is no scenario "nope"');
    expect((await run('drill', file, '--runs', '0')).code).toBe(2);
    expect((await run('compare', file)).code).toBe(2);
    expect((await run('drill', join(dir, 'missing.json'))).code).toBe(2);
  });
});
