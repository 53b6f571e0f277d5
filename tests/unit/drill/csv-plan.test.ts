/** CSV writing and reading round-trip; the drill plan survives the trip. */
import { describe, expect, it } from 'vitest';
import { formatCsv, parseCsv, CsvSyntaxError } from '../../../drill/csv.ts';
import { drillPlan, planCsv, PLAN_HEADER } from '../../../drill/plan.ts';
import { result } from './fixtures.ts';

describe('CSV', () => {
  it('quotes commas, quotes, line breaks and keeps Chinese text', () => {
    const rows = [
      ['a', 'b,c', 'say "hi"'],
      ['第一行\n第二行', '', '3.5'],
    ];
    const back = parseCsv(formatCsv(rows));
    expect(back.map((r) => r.fields)).toEqual(rows);
    expect(back.map((r) => r.line)).toEqual([1, 2]);
  });

  it('an unclosed quote is a syntax error naming the line it starts on', () => {
    expect(() => parseCsv('kind,id,value\nstorey-clear,"F1,3\n')).toThrow(CsvSyntaxError);
    try {
      parseCsv('a\nb\n"oops\n');
    } catch (e) {
      expect((e as CsvSyntaxError).line).toBe(3);
    }
  });
});

describe('drill plan', () => {
  it('alarm, pre-movement, storey clear targets (p95 of the runs), firefighters "none in this scenario", water', () => {
    const r = result();
    const plan = drillPlan(r);
    expect(plan[0]).toMatchObject({ event: 'alarm', time: 0 });
    expect(plan.find((p) => p.event === 'premovement-median')!.time).toBe(90);
    const f10 = plan.find((p) => p.event === 'storey-clear' && p.subject === 'F10')!;
    expect(f10.time).toBe(r.people.storeyClear.find((s) => s.id === 'F10')!.p95);
    const ff = plan.find((p) => p.event === 'firefighters-on-fire-storey')!;
    expect(ff.time).toBeNull();
    expect(ff.note.en).toContain('none in this scenario');
    // F9 fails with the building's pumps; the pumper (ready at 412 s) restores up to F9.
    expect(plan.find((p) => p.event === 'water-on-fire-storey')!.time).toBe(412);
  });

  it('round trip: the CSV parses back to the same rows', () => {
    const plan = drillPlan(result());
    const back = parseCsv(planCsv(plan));
    expect(back[0]!.fields).toEqual([...PLAN_HEADER]);
    expect(back.length).toBe(plan.length + 1);
    back.slice(1).forEach((rec, i) => {
      const row = plan[i]!;
      expect(rec.fields[0]).toBe(row.scenario);
      expect(rec.fields[1]).toBe(row.time === null ? '' : String(row.time));
      expect(rec.fields[3]).toBe(row.event);
      expect(rec.fields[5]).toBe(row.note.en);
      expect(rec.fields[6]).toBe(row.note['zh-CN']);
    });
  });
});

describe('drill plan: stair jam', () => {
  it('the first jam is a timed row naming the stair and the storey; no jam, no row', () => {
    const r = result();
    const jammed = {
      ...r,
      people: {
        ...r.people,
        worstStair: {
          id: 'B',
          maxQueue: 30,
          storey: 'F9',
          maxDensity: 2,
          timeAtFruinEF: 90,
          jamStart: 370,
          jamStorey: 'F9',
        },
      },
    };
    const row = drillPlan(jammed).find((x) => x.event === 'stair-jam')!;
    expect(row).toMatchObject({ time: 370, subject: 'B' });
    expect(row.note.en).toContain('F9');
    expect(row.note['zh-CN']).toContain('拥堵');
    const calm = { ...r, people: { ...r.people, worstStair: null } };
    expect(drillPlan(calm).some((x) => x.event === 'stair-jam')).toBe(false);
  });
});
