/** The debrief template: the building's own ids, empty values that load as "not measured", both languages. */
import { describe, expect, it } from 'vitest';
import type { Building } from '../../../../models/index.ts';
import { parseMeasurements } from '../../../../drill/debrief.ts';
import {
  debriefTemplate,
  templateFileName,
  templateRows,
} from '../../../../renderer/src/debrief/debrief-template.ts';
import { sampleBuilding, smallTowerText } from '../fixtures.ts';

const CJK = /[\u4e00-\u9fff]/;

/** The final exits, found here from the doors (not from the template code). */
const exitsOf = (b: Building): string[] =>
  b.storeys.flatMap((s) => (s.doors ?? []).filter((d) => d.spaces.includes('outside')).map((d) => d.id));

describe('debrief template', () => {
  const tower = sampleBuilding('old-tower-1998-24f');
  const scenario = tower.scenarios!.find((s) => s.id === 'retrofit-roof-booster')!;

  it("lists occupied storeys top down, every exit, the firefighters' storeys and the fire and top hydrant storeys", () => {
    const rows = templateRows(tower, scenario.id);
    const kinds = [...new Set(rows.map(([k]) => k))];
    expect(kinds).toEqual(['storey-clear', 'exit-count', 'firefighter-arrival', 'hydrant-pressure']);
    const order = tower.storeys.map((s) => s.id);
    const storeys = rows.filter(([k]) => k === 'storey-clear').map(([, id]) => id);
    expect(storeys.length).toBeGreaterThan(1);
    // Top down, each a storey somebody is on.
    const at = storeys.map((id) => order.indexOf(id));
    expect(at).toEqual([...at].sort((a, b) => b - a));
    for (const id of storeys)
      expect(tower.storeys.find((s) => s.id === id)!.spaces.some((sp) => sp.occupants !== undefined)).toBe(
        true,
      );
    expect(rows.filter(([k]) => k === 'exit-count').map(([, id]) => id)).toEqual(exitsOf(tower));
    expect(rows.filter(([k]) => k === 'firefighter-arrival').map(([, id]) => id)).toEqual([
      ...new Set(scenario.firefighters!.map((f) => f.to)),
    ]);
    const hydrants = rows.filter(([k]) => k === 'hydrant-pressure').map(([, id]) => id);
    const byId = new Map(tower.water!.hydrants!.map((h) => [h.id, h.storey]));
    const top = order.filter((id) => tower.water!.hydrants!.some((h) => h.storey === id)).at(-1)!;
    const wanted = new Set([scenario.fire!.storey, top]);
    expect(hydrants.length).toBe(tower.water!.hydrants!.filter((h) => wanted.has(h.storey)).length);
    for (const id of hydrants) expect(wanted.has(byId.get(id)!)).toBe(true);
  });

  it('loads as is (every value empty = not measured) and reads once filled in', () => {
    const text = debriefTemplate(tower, 'baseline', 'en');
    const empty = parseMeasurements(text);
    expect(empty.problems).toEqual([]);
    expect(empty.rows).toEqual([]);
    expect(empty.skipped.length).toBe(templateRows(tower, 'baseline').length);
    // Fill the first storey and the first hydrant row.
    const lines = text.split('\r\n');
    const s = lines.findIndex((l) => l.startsWith('storey-clear,'));
    const h = lines.findIndex((l) => l.startsWith('hydrant-pressure,'));
    lines[s] += '12:30';
    lines[h] += '0.31';
    const filled = parseMeasurements(lines.join('\n'));
    expect(filled.problems).toEqual([]);
    expect(filled.rows.map((r) => [r.kind, r.value])).toEqual([
      ['storey-clear', 750],
      ['hydrant-pressure', 310_000],
    ]);
  });

  it('comments in the UI language; a scenario without fire or firefighters has no such rows', () => {
    const small = JSON.parse(smallTowerText()) as Building;
    small.name = 'Tower "A", east';
    const en = debriefTemplate(small, null, 'en');
    const zh = debriefTemplate(small, null, 'zh-CN');
    expect(
      en
        .split('\r\n')
        .filter((l) => l.startsWith('#'))
        .join('\n'),
    ).not.toMatch(CJK);
    expect(zh).toMatch(/# Lifeline 演练复盘/);
    // A quote in the name would open a CSV field that never closes: the template still loads.
    expect(parseMeasurements(en).problems).toEqual([]);
    expect(templateRows(small, null).map(([k]) => k)).not.toContain('firefighter-arrival');
    expect(templateRows(small, null).map(([k]) => k)).not.toContain('hydrant-pressure');
    expect(
      templateRows(small, null)
        .filter(([k]) => k === 'exit-count')
        .map(([, id]) => id),
    ).toEqual(exitsOf(small));
  });

  it('is named after the building file', () => {
    expect(templateFileName('old-tower-1998-24f.json')).toBe('lifeline-debrief-old-tower-1998-24f.csv');
    expect(templateFileName('a/b: c?.json')).toBe('lifeline-debrief-a-b-c.csv');
    expect(templateFileName('')).toBe('lifeline-debrief-building.csv');
  });
});
