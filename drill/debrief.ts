/**
 * Debrief: what was measured in a real drill, read from CSV, against the simulation, largest
 * deviations first. The CSV format (docs/drill.md):
 *
 *   kind,id,value
 *   storey-clear,F12,5:30          time the storey was clear (m:ss, or seconds)
 *   exit-count,d-F1-stairA-exit,120 persons counted out through an exit
 *   firefighter-arrival,F12,9:10   first firefighters on that storey (m:ss, or seconds)
 *   hydrant-pressure,H-F12-1,0.32  outlet pressure read at a hydrant (MPa)
 *
 * Lines starting with # are comments; a row with an empty value is "not measured" and skipped (the
 * app's template lists every id with the value left empty). Every problem names the line and column.
 */
import type { DrillScenarioResult } from './summary-types.ts';
import { both, minSec, mpa, type Bilingual } from './format.ts';
import { CsvSyntaxError, parseCsv } from './csv.ts';
import { fromMegapascals } from '../models/units.ts';

export const MEASURE_KINDS = [
  'storey-clear',
  'exit-count',
  'firefighter-arrival',
  'hydrant-pressure',
] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export interface Measurement {
  line: number;
  kind: MeasureKind;
  id: string;
  /** SI: s, persons, Pa. */
  value: number;
}

export interface CsvProblem {
  line: number;
  text: Bilingual;
}

const HEADER = ['kind', 'id', 'value'];

/** m:ss, h:mm:ss or plain seconds → s; null if it is none of these. */
export function parseTime(v: string): number | null {
  const t = v.trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  const m = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/.exec(t);
  if (!m) return null;
  return m[3] !== undefined
    ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3])
    : Number(m[1]) * 60 + Number(m[2]);
}

export interface ParsedMeasurements {
  rows: Measurement[];
  problems: CsvProblem[];
  /** Lines of rows whose value is empty: not measured, skipped. */
  skipped: number[];
}

export function parseMeasurements(text: string): ParsedMeasurements {
  const problems: CsvProblem[] = [];
  const rows: Measurement[] = [];
  const skipped: number[] = [];
  let records;
  try {
    records = parseCsv(text).filter((r) => !r.fields[0]!.trim().startsWith('#'));
  } catch (e) {
    if (e instanceof CsvSyntaxError)
      return {
        rows,
        problems: [{ line: e.line, text: both('a quoted field is never closed', '引号字段未闭合') }],
        skipped,
      };
    throw e;
  }
  const head = records[0];
  if (
    !head ||
    head.fields
      .slice(0, 3)
      .map((f) => f.trim().toLowerCase())
      .join(',') !== HEADER.join(',')
  ) {
    problems.push({
      line: head?.line ?? 1,
      text: both('the first row must be the header "kind,id,value"', '第一行必须是表头“kind,id,value”'),
    });
    return { rows, problems, skipped };
  }
  for (const r of records.slice(1)) {
    const [kindRaw = '', idRaw = '', valueRaw = ''] = r.fields.map((f) => f.trim());
    if (r.fields.length < 3) {
      problems.push({
        line: r.line,
        text: both(
          `expected 3 columns (kind,id,value), found ${r.fields.length}`,
          `应有 3 列（kind,id,value），实际 ${r.fields.length} 列`,
        ),
      });
      continue;
    }
    if (!(MEASURE_KINDS as readonly string[]).includes(kindRaw)) {
      problems.push({
        line: r.line,
        text: both(
          `column kind: "${kindRaw}" is not one of ${MEASURE_KINDS.join(', ')}`,
          `kind 列：“${kindRaw}”不是 ${MEASURE_KINDS.join('、')} 之一`,
        ),
      });
      continue;
    }
    const kind = kindRaw as MeasureKind;
    if (idRaw === '') {
      problems.push({ line: r.line, text: both('column id is empty', 'id 列为空') });
      continue;
    }
    if (valueRaw === '') {
      skipped.push(r.line);
      continue;
    }
    let value: number | null;
    if (kind === 'storey-clear' || kind === 'firefighter-arrival') {
      value = parseTime(valueRaw);
      if (value === null)
        problems.push({
          line: r.line,
          text: both(
            `column value: "${valueRaw}" is not a time (m:ss or seconds)`,
            `value 列：“${valueRaw}”不是时间（分:秒或秒）`,
          ),
        });
    } else if (kind === 'exit-count') {
      value = /^\d+$/.test(valueRaw) ? Number(valueRaw) : null;
      if (value === null)
        problems.push({
          line: r.line,
          text: both(
            `column value: "${valueRaw}" is not a whole number of persons`,
            `value 列：“${valueRaw}”不是整数人数`,
          ),
        });
    } else {
      const v = Number(valueRaw);
      value = valueRaw !== '' && Number.isFinite(v) && v >= 0 && v <= 5 ? fromMegapascals(v) : null;
      if (value === null)
        problems.push({
          line: r.line,
          text: both(
            `column value: "${valueRaw}" is not a pressure in MPa (0–5)`,
            `value 列：“${valueRaw}”不是以 MPa 表示的压力（0–5）`,
          ),
        });
    }
    if (value !== null) rows.push({ line: r.line, kind, id: idRaw, value });
  }
  return { rows, problems, skipped };
}

export interface Deviation {
  line: number;
  kind: MeasureKind;
  id: string;
  measured: number;
  /** null: the simulation has no such figure (a storey that never cleared, no firefighters sent there). */
  simulated: number | null;
  /** measured − simulated (SI) and relative to the simulated value; null where there is none. */
  difference: number | null;
  relative: number | null;
  note: Bilingual | null;
}

/**
 * Each measurement against the simulation. An id the simulation does not know is a problem of the
 * CSV (line-numbered); a figure the engines do not produce is listed last, with a note.
 */
export function debrief(
  rows: readonly Measurement[],
  r: DrillScenarioResult,
): { deviations: Deviation[]; problems: CsvProblem[] } {
  const problems: CsvProblem[] = [];
  const out: Deviation[] = [];
  for (const m of rows) {
    let simulated: number | null = null;
    let note: Bilingual | null = null;
    let known = true;
    switch (m.kind) {
      case 'storey-clear': {
        const s = r.people.storeyClear.find((x) => x.id === m.id);
        known = s !== undefined;
        simulated = s?.clearTime ?? null;
        if (s && simulated === null)
          note =
            s.occupants === 0
              ? both('nobody was on this storey in the simulation', '模拟中该楼层无人')
              : both('the storey never cleared in the simulation', '模拟中该楼层未清空');
        // The deviation is against run 1 (the run the exits and the playback show); with a batch the
        // 95th percentile says how far the draw alone moves that storey.
        else if (s && s.p95 !== null)
          note = both(
            `95th percentile of ${r.people.runs} runs: ${minSec(s.p95)}`,
            `${r.people.runs} 次模拟的第 95 百分位：${minSec(s.p95)}`,
          );
        break;
      }
      case 'exit-count': {
        const e = r.people.base.exits.find((x) => x.id === m.id);
        known = e !== undefined;
        simulated = e?.count ?? null;
        break;
      }
      case 'firefighter-arrival': {
        const f = firefighterArrival(r, m.id);
        simulated = f.time;
        note = f.note;
        break;
      }
      case 'hydrant-pressure': {
        const h = r.water?.hydrants.find((x) => x.id === m.id);
        known = h !== undefined;
        simulated = h?.outletPressure ?? null;
        break;
      }
    }
    if (!known) {
      problems.push({
        line: m.line,
        text: both(
          `column id: the simulation has no ${m.kind.replace(/-.*/, '')} "${m.id}"`,
          `id 列：模拟结果中没有“${m.id}”`,
        ),
      });
      continue;
    }
    const difference = simulated === null ? null : m.value - simulated;
    out.push({
      line: m.line,
      kind: m.kind,
      id: m.id,
      measured: m.value,
      simulated,
      difference: difference === null ? null : Math.round(difference * 1000) / 1000,
      relative:
        difference === null || simulated === null || simulated === 0
          ? null
          : Math.round((difference / simulated) * 1000) / 1000,
      note,
    });
  }
  // Largest relative deviation first; absolute where relative is undefined (simulated 0); none last.
  const key = (d: Deviation): number =>
    d.relative !== null ? Math.abs(d.relative) : d.difference !== null ? Infinity : -1;
  out.sort((a, b) => key(b) - key(a) || a.line - b.line);
  return { deviations: out, problems };
}

/**
 * When the first firefighter group sent to `storey` got there in run 1 (the engine records, per group
 * of the scenario, when its last member reached the group's `to` storey); a note says why there is
 * no time: the scenario sends no firefighters at all, none to that storey, or none arrived in time.
 */
function firefighterArrival(
  r: DrillScenarioResult,
  storey: string,
): { time: number | null; note: Bilingual | null } {
  const groups = r.people.base.firefighters;
  if (groups.length === 0)
    return { time: null, note: both('the scenario has no firefighters', '该场景没有消防员') };
  // A group without `to` (engine results from before the field) went to the fire storey.
  const sent = groups.filter((g) => (g.to ?? r.people.fireStorey) === storey);
  if (sent.length === 0)
    return {
      time: null,
      note: both(`the scenario sends no firefighters to ${storey}`, `该场景没有派消防员前往 ${storey}`),
    };
  const times = sent.map((g) => g.arrivalTime).filter((t): t is number => t !== null);
  if (times.length === 0)
    return {
      time: null,
      note: both(
        `no firefighter group reached ${storey} in the simulation`,
        `模拟中没有消防员小组到达 ${storey}`,
      ),
    };
  return { time: Math.min(...times), note: null };
}

/** A value as a trainer reads it: m:ss, persons, MPa. */
export function showValue(kind: MeasureKind, v: number | null): string {
  if (v === null) return '-';
  if (kind === 'hydrant-pressure') return `${mpa(v)} MPa`;
  if (kind === 'exit-count') return String(v);
  return minSec(v);
}

/** measured − simulated as a trainer reads it, signed: "+1:05", "−12" persons, "+0.04 MPa". */
export function showDifference(kind: MeasureKind, d: number | null): string {
  if (d === null) return '-';
  const sign = d > 0 ? '+' : d < 0 ? '\u2212' : '±';
  const a = Math.abs(d);
  if (kind === 'hydrant-pressure') return `${sign}${mpa(a)} MPa`;
  if (kind === 'exit-count') return `${sign}${a}`;
  return `${sign}${minSec(a)}`;
}

/** The relative deviation as a percentage: "+12 %", "−50 %"; "-" where there is none. */
export function showRelative(relative: number | null): string {
  if (relative === null) return '-';
  const p = Math.round(relative * 100);
  return `${p > 0 ? '+' : p < 0 ? '\u2212' : '±'}${Math.abs(p)} %`;
}
