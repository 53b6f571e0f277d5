/** Debrief CSV: line-numbered errors, and measured against simulated with the largest deviation first. */
import { describe, expect, it } from 'vitest';
import { debrief, parseMeasurements, parseTime } from '../../../drill/debrief.ts';
import { result } from './fixtures.ts';

describe('debrief CSV', () => {
  it('times: m:ss, h:mm:ss or seconds', () => {
    expect(parseTime('5:30')).toBe(330);
    expect(parseTime('1:02:03')).toBe(3723);
    expect(parseTime('95.5')).toBe(95.5);
    expect(parseTime('5:75')).toBeNull();
    expect(parseTime('soon')).toBeNull();
  });

  it('each bad row is reported with its line and column', () => {
    const text = [
      'kind,id,value',
      '# comment',
      'storey-clear,F3,5:30',
      'storey-clean,F4,5:30',
      'exit-count,exit-1,12.5',
      'hydrant-pressure,H-F9-1,high',
      'storey-clear,,1:00',
      'storey-clear,F5',
    ].join('\n');
    const { rows, problems } = parseMeasurements(text);
    expect(rows.map((r) => r.line)).toEqual([3]);
    expect(problems.map((p) => p.line)).toEqual([4, 5, 6, 7, 8]);
    expect(problems[0]!.text.en).toContain('column kind: "storey-clean"');
    expect(problems[1]!.text.en).toContain('column value: "12.5" is not a whole number');
    expect(problems[2]!.text['zh-CN']).toContain('value 列');
    expect(problems[3]!.text.en).toBe('column id is empty');
    expect(problems[4]!.text.en).toContain('expected 3 columns');
  });

  it('a missing header is the first problem', () => {
    const { problems } = parseMeasurements('storey-clear,F3,5:30\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(1);
  });

  it('deviations: largest relative first; unknown ids are line-numbered problems; firefighters not modelled', () => {
    const r = result();
    const simF3 = r.people.storeyClear.find((s) => s.id === 'F3')!.clearTime!;
    const text = [
      'kind,id,value',
      `storey-clear,F3,${simF3 * 1.1}`,
      'hydrant-pressure,H-F9-1,0.13',
      'exit-count,exit-1,1024',
      'firefighter-arrival,F9,9:00',
    ].join('\n');
    const { rows } = parseMeasurements(text);
    const d = debrief(rows, r);
    expect(d.problems).toEqual([]);
    expect(d.deviations.map((x) => x.kind)).toEqual([
      'hydrant-pressure',
      'storey-clear',
      'exit-count',
      'firefighter-arrival',
    ]);
    expect(d.deviations[0]!.relative).toBeCloseTo(-0.5, 3);
    expect(d.deviations[1]!.relative).toBeCloseTo(0.1, 3);
    expect(d.deviations[2]!.relative).toBe(0);
    expect(d.deviations[3]!.simulated).toBeNull();
    const bad = debrief(parseMeasurements('kind,id,value\nexit-count,exit-9,3\n').rows, r);
    expect(bad.problems).toHaveLength(1);
    expect(bad.problems[0]!.line).toBe(2);
  });
});
