/**
 * The report renders from fabricated results: every chart is there as SVG, every SVG is well formed
 * (tags balance), every text comes in both languages, and no label key or "undefined" leaks through.
 */
import { describe, expect, it } from 'vitest';
import { renderReport, label } from '../../../drill/report/report-html.ts';
import { drillPlan } from '../../../drill/plan.ts';
import { summarize } from '../../../models/metrics/summary.ts';
import { generateTower } from '../../../models/generator/tower.ts';
import { summarisePeople } from '../../../drill/summarise-people.ts';
import { access, digest, result } from './fixtures.ts';

/** Tag balance of an XML fragment (void HTML elements excluded): a stand-in for an XML parser. */
export function balanced(fragment: string): boolean {
  const stack: string[] = [];
  for (const m of fragment.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    const [, close, name, self] = m;
    if (self === '/') continue;
    if (close) {
      if (stack.pop() !== name) return false;
    } else stack.push(name!);
  }
  return stack.length === 0;
}

describe('drill report (HTML)', () => {
  const b = generateTower({ storeys: 10, units: 4, occupantsPerUnit: 2, seed: 2 });
  const r = result();
  r.people = summarisePeople(
    Array.from({ length: 6 }, (_, i) => digest(10 + i, 700 + 20 * i)),
    10,
    'F9',
  );
  r.access = access({
    paths: [
      {
        vehicle: 'pumper-1',
        entrance: 'gate-E',
        reached: true,
        points: [
          [0, -20],
          [10, -18],
        ],
      },
    ],
  });
  r.verdicts = [
    { mode: 'people', ok: true, text: { en: 'People: fine.', 'zh-CN': '人员：良好。' } },
    { mode: 'water', ok: false, text: { en: 'Water: low.', 'zh-CN': '供水：不足。' } },
    { mode: 'trucks', ok: false, text: { en: 'Trucks: blocked.', 'zh-CN': '车辆：受阻。' } },
  ];
  const html = renderReport({
    building: b,
    summary: summarize(b),
    file: 'tower.json',
    results: [r],
    plans: [drillPlan(r)],
    groundOutline: [
      [
        [0, 0],
        [10, 0],
      ],
    ],
    versions: { lifeline: '0.1.0', epanet: 'OWA-EPANET 2.3.5', runtime: 'Node v22' },
    generated: '2026-01-01T00:00:00Z',
  });

  it('has the four charts as inline SVG, each well formed', () => {
    const svgs = [...html.matchAll(/<svg class="chart ([\w-]+)"[\s\S]*?<\/svg>/g)];
    expect(svgs.map((m) => m[1])).toEqual([
      'evacuation-curve',
      'rset-histogram',
      'stair-densities',
      'access-map',
    ]);
    for (const m of svgs) expect(balanced(m[0])).toBe(true);
    expect(html).toContain('<polyline class="path"');
    expect(html).toMatch(/class="ladder"/);
  });

  it('is one self-contained document: no external scripts, styles or images', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/);
    expect(balanced(html.replace(/<!doctype[^>]*>/, '').replace(/<(meta|br|hr)[^>]*>/g, ''))).toBe(true);
  });

  it('every text is in both languages; no keys, undefined or NaN leak', () => {
    const en = html.match(/<span lang="en">/g)!.length;
    const zh = html.match(/<span lang="zh-CN">/g)!.length;
    expect(en).toBe(zh);
    expect(html).not.toMatch(/undefined|NaN|\[object Object\]/);
    expect(html).toContain('演练报告');
    expect(html).toContain('Drill report');
    expect(html).toContain('GB 50974-2014 7.4.12');
    // Every seed of the batch, so each figure can be reproduced.
    for (const s of r.people.seeds) expect(html).toContain(`: ${s} (`);
    expect(() => label('no-such-key')).toThrow(/no translation/);
  });
});
