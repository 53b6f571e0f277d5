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
 * Lines starting with # are comments. Every problem names the file, the line and the column.
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

export function parseMeasurements(text: string): { rows: Measurement[]; problems: CsvProblem[] } {
  const problems: CsvProblem[] = [];
  const rows: Measurement[] = [];
  let records;
  try {
    records = parseCsv(text).filter((r) => !r.fields[0]!.trim().startsWith('#'));
  } catch (e) {
    if (e instanceof CsvSyntaxError)
      return {
        rows,
        problems: [{ line: e.line, text: both('a quoted field is never closed', '引号字段未闭合') }],
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
    return { rows, problems };
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
  return { rows, problems };
}

export interface Deviation {
  line: number;
  kind: MeasureKind;
  id: string;
  measured: number;
  /** null: the simulation has no such figure (e.g. firefighters, not modelled yet). */
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
          note = both('the storey never cleared in the simulation', '模拟中该楼层未清空');
        break;
      }
      case 'exit-count': {
        const e = r.people.base.exits.find((x) => x.id === m.id);
        known = e !== undefined;
        simulated = e?.count ?? null;
        break;
      }
      case 'firefighter-arrival':
        simulated = r.people.firefighterArrival;
        if (simulated === null) note = both('firefighters are not modelled yet', '尚未模拟消防员');
        break;
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

/** A value as a trainer reads it: m:ss, persons, MPa. */
export function showValue(kind: MeasureKind, v: number | null): string {
  if (v === null) return '-';
  if (kind === 'hydrant-pressure') return `${mpa(v)} MPa`;
  if (kind === 'exit-count') return String(v);
  return minSec(v);
}
