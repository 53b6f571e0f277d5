/** The Debrief table: trainer's units, largest deviation first, every CSV problem by line, in both languages. */
import { describe, expect, it } from 'vitest';
import { parseMeasurements } from '../../../../drill/debrief.ts';
import { debriefView } from '../../../../renderer/src/debrief/debrief-table.ts';
import type { MeasuredCsv } from '../../../../renderer/src/debrief/measured-csv.ts';
import { result } from '../../drill/fixtures.ts';

const csvOf = (text: string): MeasuredCsv => ({
  name: 'drill.csv',
  encoding: 'utf-8',
  parsed: parseMeasurements(text),
});

describe('debrief table', () => {
  const r = result();
  const f3 = r.people.storeyClear.find((s) => s.id === 'F3')!.clearTime!;
  const text = [
    'kind,id,value',
    `storey-clear,F3,${f3 + 30}`,
    'exit-count,exit-1,1000',
    'hydrant-pressure,H-F9-1,0.39',
    'exit-count,exit-9,3',
    'storey-clear,F4,soon',
    'firefighter-arrival,F9,',
    'firefighter-arrival,F9,9:00',
  ].join('\n');

  it('before the run: only the CSV problems; nothing compared yet', () => {
    const v = debriefView(csvOf(text), null, 'en');
    expect(v.rows).toEqual([]);
    expect(v.problems.map((p) => p.line)).toEqual([6]);
    expect(v.skipped).toEqual([7]);
  });

  it('after the run: sorted by relative deviation, as a trainer reads the values, problems merged by line', () => {
    const v = debriefView(csvOf(text), r, 'en');
    // H-F9-1: 0.39 against 0.26 MPa = +50 %; F3: +30 s on f3; exit-1: 1000 of 1024 = −2 %.
    expect(v.rows.map((x) => x.id)).toEqual(['H-F9-1', 'F3', 'exit-1', 'F9']);
    expect(v.rows[0]).toMatchObject({
      kind: 'hydrant-pressure',
      measured: '0.39 MPa',
      simulated: '0.26 MPa',
      difference: '+0.13 MPa',
      relative: '+50 %',
      sign: 1,
      line: 4,
    });
    expect(v.rows[1]).toMatchObject({ difference: '+0:30', relative: `+${Math.round((30 / f3) * 100)} %` });
    expect(v.rows[2]).toMatchObject({
      measured: '1000',
      simulated: '1024',
      difference: '\u221224',
      sign: -1,
    });
    expect(v.rows[3]).toMatchObject({ simulated: '-', difference: '-', relative: '-', sign: null });
    expect(v.rows[3]!.note).toBe('the scenario has no firefighters');
    // The unknown exit (line 5, found against the simulation) and the bad time (line 6, found reading).
    expect(v.problems.map((p) => p.line)).toEqual([5, 6]);
    expect(v.problems[0]!.text.en).toContain('"exit-9"');
  });

  it('notes in the UI language', () => {
    const v = debriefView(csvOf(text), r, 'zh-CN');
    expect(v.rows[3]!.note).toBe('该场景没有消防员');
    expect(v.rows[1]!.note).toContain('第 95 百分位');
  });
});
