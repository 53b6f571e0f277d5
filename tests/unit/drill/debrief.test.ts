/** Debrief CSV: line-numbered errors, and measured against simulated with the largest deviation first. */
import { describe, expect, it } from 'vitest';
import {
  debrief,
  parseMeasurements,
  parseTime,
  showDifference,
  showRelative,
} from '../../../drill/debrief.ts';
import { minSec } from '../../../drill/format.ts';
import { summarisePeople } from '../../../drill/summarise-people.ts';
import type { RunDigest } from '../../../drill/run-digest.ts';
import { digest, result } from './fixtures.ts';

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

  it('an empty value is "not measured": skipped, not a problem', () => {
    const { rows, problems, skipped } = parseMeasurements(
      'kind,id,value\nstorey-clear,F3,\nexit-count,exit-1, \nstorey-clear,F4,2:00\n',
    );
    expect(problems).toEqual([]);
    expect(skipped).toEqual([2, 3]);
    expect(rows.map((r) => [r.line, r.value])).toEqual([[4, 120]]);
  });

  it('deviations: largest relative first; unknown ids are line-numbered problems; a scenario without firefighters says so', () => {
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
    expect(d.deviations[3]!.note).toEqual({
      en: 'the scenario has no firefighters',
      'zh-CN': '该场景没有消防员',
    });
    // Three runs: the storey's 95th percentile is given beside run 1's clear time.
    const p95 = r.people.storeyClear.find((s) => s.id === 'F3')!.p95!;
    expect(d.deviations[1]!.note!.en).toBe(`95th percentile of 3 runs: ${minSec(p95)}`);
    expect(d.deviations[1]!.note!['zh-CN']).toContain('第 95 百分位');
    const bad = debrief(parseMeasurements('kind,id,value\nexit-count,exit-9,3\n').rows, r);
    expect(bad.problems).toHaveLength(1);
    expect(bad.problems[0]!.line).toBe(2);
  });

  it('firefighter arrival: the first group sent to that storey, else why there is none', () => {
    const withGroups = (firefighters: RunDigest['firefighters']) => ({
      ...result(),
      people: summarisePeople([digest(5, 700, { firefighters })], 5, 'F9'),
    });
    const rows = parseMeasurements('kind,id,value\nfirefighter-arrival,F9,10:00\n').rows;
    const arrived = debrief(
      rows,
      withGroups([
        { group: 0, to: 'F9', arrivalTime: 640 },
        { group: 1, to: 'F9', arrivalTime: 500 },
        { group: 2, to: 'F5', arrivalTime: 300 },
      ]),
    ).deviations[0]!;
    expect(arrived.simulated).toBe(500);
    expect(arrived.difference).toBe(100);
    expect(arrived.relative).toBeCloseTo(0.2, 3);
    expect(arrived.note).toBeNull();
    const elsewhere = debrief(rows, withGroups([{ group: 0, to: 'F5', arrivalTime: 300 }])).deviations[0]!;
    expect(elsewhere.simulated).toBeNull();
    expect(elsewhere.note!.en).toBe('the scenario sends no firefighters to F9');
    expect(elsewhere.note!['zh-CN']).toBe('该场景没有派消防员前往 F9');
    const late = debrief(rows, withGroups([{ group: 0, to: 'F9', arrivalTime: null }])).deviations[0]!;
    expect(late.simulated).toBeNull();
    expect(late.note!.en).toBe('no firefighter group reached F9 in the simulation');
    // A group without `to` (older engine results) climbed to the fire storey.
    expect(debrief(rows, withGroups([{ group: 0, arrivalTime: 420 }])).deviations[0]!.simulated).toBe(420);
  });

  it('a storey nobody started on is said so, not "never cleared"', () => {
    const r = result();
    r.people.storeyClear[0] = { id: 'F1', occupants: 0, clearTime: null, p95: null };
    r.people.storeyClear[1] = { ...r.people.storeyClear[1]!, clearTime: null, p95: null };
    const d = debrief(
      parseMeasurements('kind,id,value\nstorey-clear,F1,1:00\nstorey-clear,F2,1:00\n').rows,
      r,
    );
    expect(d.deviations.map((x) => x.note?.en)).toEqual([
      'nobody was on this storey in the simulation',
      'the storey never cleared in the simulation',
    ]);
  });

  it('differences and relative deviations read as a trainer says them', () => {
    expect(showDifference('storey-clear', 65)).toBe('+1:05');
    expect(showDifference('firefighter-arrival', -30)).toBe('\u22120:30');
    expect(showDifference('exit-count', -12)).toBe('\u221212');
    expect(showDifference('hydrant-pressure', 40e3)).toBe('+0.040 MPa');
    expect(showDifference('hydrant-pressure', 0)).toBe('±0.000 MPa');
    expect(showDifference('exit-count', null)).toBe('-');
    expect(showRelative(0.123)).toBe('+12 %');
    expect(showRelative(-0.5)).toBe('\u221250 %');
    expect(showRelative(0)).toBe('±0 %');
    expect(showRelative(null)).toBe('-');
  });
});
