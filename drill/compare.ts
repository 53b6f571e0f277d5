/**
 * Scenario comparison: the key figures of each drill result side by side, with the change against
 * the first (baseline) scenario, so retrofit options can be ranked. Storey deltas count storeys in
 * building order (+3 = three storeys higher); time deltas are seconds.
 */
import type { DrillScenarioResult } from './summary-types.ts';
import { both, minSec, type Bilingual } from './format.ts';
import { riskZh } from './verdicts.ts';

export type FigureValue =
  /** ifNull: what a missing time means here (e.g. "no jam"), instead of "--:--". */
  | { kind: 'time'; value: number | null; ifNull?: Bilingual }
  | { kind: 'count'; value: number | null; note?: string }
  | { kind: 'storey'; value: string | null }
  | { kind: 'class'; value: string };

export interface Figure {
  key: string;
  label: Bilingual;
  /** true where more is better (a higher adequate storey), false where less is (RSET). */
  higherIsBetter: boolean;
  values: FigureValue[];
  /** Against the first scenario: seconds, persons or storeys; null where either side has no value. */
  deltas: (number | null)[];
}

export interface Comparison {
  scenarios: string[];
  figures: Figure[];
}

const RISK_RANK: Record<string, number> = { low: 0, medium: 1, high: 2 };

function delta(a: FigureValue, b: FigureValue, order: readonly string[]): number | null {
  if (a.kind === 'storey' && b.kind === 'storey') {
    if (a.value === null || b.value === null) return null;
    return order.indexOf(b.value) - order.indexOf(a.value);
  }
  if (a.kind === 'class' && b.kind === 'class') return (RISK_RANK[b.value] ?? 0) - (RISK_RANK[a.value] ?? 0);
  if ((a.kind === 'time' || a.kind === 'count') && (b.kind === 'time' || b.kind === 'count')) {
    if (a.value === null || b.value === null) return null;
    return Math.round((b.value - a.value) * 100) / 100;
  }
  return null;
}

export function compareResults(
  results: readonly DrillScenarioResult[],
  order: readonly string[],
): Comparison {
  const figures: Omit<Figure, 'deltas'>[] = [];
  const add = (
    key: string,
    label: Bilingual,
    higherIsBetter: boolean,
    f: (r: DrillScenarioResult) => FigureValue,
  ): void => {
    figures.push({ key, label, higherIsBetter, values: results.map(f) });
  };
  add('rset', both('RSET (run 1)', '疏散时间（第 1 次）'), false, (r) => ({
    kind: 'time',
    value: r.people.rset,
  }));
  if (results.some((r) => r.people.distribution))
    add('rsetP95', both('RSET p95', '疏散时间 p95'), false, (r) => ({
      kind: 'time',
      value: r.people.distribution?.p95 ?? null,
    }));
  add('trapped', both('Trapped (run 1)', '被困人数（第 1 次）'), false, (r) => ({
    kind: 'count',
    value: r.people.base.trapped,
  }));
  add('worstQueue', both('Worst stair queue', '最长楼梯排队'), false, (r) => {
    const s = r.people.worstStair;
    return { kind: 'count', value: s?.maxQueue ?? 0, ...(s ? { note: `${s.id}@${s.storey ?? '?'}` } : {}) };
  });
  // A later jam leaves more time before the stair backs up; "no jam" is the best outcome.
  add('jamStart', both('First stair jam from', '楼梯开始拥堵时间'), true, (r) => {
    const s = r.people.worstStair;
    const t = s?.jamStart ?? null;
    return { kind: 'time', value: t, ifNull: both('no jam', '未拥堵') };
  });
  // One row per supply state any scenario's pressure ladder has (states differ when a scenario fails a pump).
  const stateIds: string[] = [];
  const stateLabel = new Map<string, Bilingual>();
  for (const r of results)
    for (const s of r.water?.states ?? [])
      if (!stateLabel.has(s.id)) {
        stateIds.push(s.id);
        stateLabel.set(s.id, s.label);
      }
  for (const id of stateIds) {
    const l = stateLabel.get(id)!;
    add(
      `water:${id}`,
      both(`Highest adequate hydrant storey: ${l.en}`, `满足要求的最高消火栓楼层：${l['zh-CN']}`),
      true,
      (r) => ({
        kind: 'storey',
        value: r.water?.states.find((s) => s.id === id)?.highestAdequateStorey ?? null,
      }),
    );
  }
  const vehicles = [...new Set(results.flatMap((r) => r.access.vehicles.map((v) => v.id)))];
  for (const v of vehicles)
    add(`arrival:${v}`, both(`${v} ready at`, `${v} 可作业时间`), false, (r) => ({
      kind: 'time',
      value: r.access.vehicles.find((x) => x.id === v)?.best?.arrivalTime ?? null,
    }));
  add('reach', both('Highest storey in aerial reach', '云梯可达最高楼层'), true, (r) => ({
    kind: 'storey',
    value: r.access.highestReachableStorey,
  }));
  add('canopy', both('Canopy risk class', '雨棚风险等级'), false, (r) => ({
    kind: 'class',
    value: r.access.canopy.riskClass,
  }));
  return {
    scenarios: results.map((r) => r.scenario),
    figures: figures.map((f) => ({ ...f, deltas: f.values.map((v) => delta(f.values[0]!, v, order)) })),
  };
}

export function formatValue(v: FigureValue, zh: boolean): string {
  switch (v.kind) {
    case 'time':
      return v.value === null && v.ifNull ? v.ifNull[zh ? 'zh-CN' : 'en'] : minSec(v.value);
    case 'count':
      return v.value === null ? '-' : `${v.value}${v.note ? ` (${v.note})` : ''}`;
    case 'storey':
      return v.value ?? (zh ? '无' : 'none');
    case 'class':
      return zh ? riskZh(v.value) : v.value;
  }
}

export function formatDelta(f: Figure, i: number, zh: boolean): string {
  const d = f.deltas[i];
  if (i === 0 || d === null || d === undefined) return '';
  if (d === 0) return ' (±0)';
  const v = f.values[i]!;
  const sign = d > 0 ? '+' : '−';
  const abs = Math.abs(d);
  const text =
    v.kind === 'time'
      ? minSec(abs)
      : v.kind === 'storey'
        ? zh
          ? `${abs} 层`
          : `${abs} storey${abs === 1 ? '' : 's'}`
        : String(abs);
  return ` (${sign}${text})`;
}
