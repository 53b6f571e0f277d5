/**
 * The Debrief tool's table, pure: each measurement against the simulation (drill/debrief.ts
 * `debrief`, largest deviation first, as `lifeline debrief` lists them) as the strings a trainer reads
 * (m:ss, persons, MPa), and every problem of the CSV — from reading it and from setting it against
 * the simulation (an id the simulation does not know) — in line order.
 */
import type { Locale } from '../../../models/index.ts';
import {
  debrief,
  showDifference,
  showRelative,
  showValue,
  type CsvProblem,
  type Deviation,
  type MeasureKind,
} from '../../../drill/debrief.ts';
import type { DrillScenarioResult } from '../../../drill/summary-types.ts';
import type { MeasuredCsv } from './measured-csv.ts';

export interface DebriefRow {
  line: number;
  kind: MeasureKind;
  id: string;
  measured: string;
  simulated: string;
  difference: string;
  relative: string;
  /** measured above (+1) or below (−1) the simulation, 0 equal, null: nothing to compare. */
  sign: -1 | 0 | 1 | null;
  note: string;
}

export interface DebriefView {
  rows: DebriefRow[];
  /** Every problem of the CSV, by line. */
  problems: CsvProblem[];
  /** Lines whose value is empty (not measured). */
  skipped: number[];
}

export function debriefRow(d: Deviation, locale: Locale): DebriefRow {
  return {
    line: d.line,
    kind: d.kind,
    id: d.id,
    measured: showValue(d.kind, d.measured),
    simulated: showValue(d.kind, d.simulated),
    difference: showDifference(d.kind, d.difference),
    relative: showRelative(d.relative),
    sign: d.difference === null ? null : (Math.sign(d.difference) as -1 | 0 | 1),
    note: d.note?.[locale] ?? '',
  };
}

/** The measured CSV against one scenario's drill result (null: not run yet: only the CSV's problems). */
export function debriefView(
  csv: MeasuredCsv,
  result: DrillScenarioResult | null,
  locale: Locale,
): DebriefView {
  const compared = result === null ? null : debrief(csv.parsed.rows, result);
  const problems = [...csv.parsed.problems, ...(compared?.problems ?? [])].sort((a, b) => a.line - b.line);
  return {
    rows: (compared?.deviations ?? []).map((d) => debriefRow(d, locale)),
    problems,
    skipped: csv.parsed.skipped,
  };
}
