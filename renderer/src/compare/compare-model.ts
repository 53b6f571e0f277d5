/**
 * The Compare tool's pure rules: which scenarios are picked and in what order (the first is the
 * baseline), the run count a user typed, the state of a comparison run, its progress, and whether a
 * delta is better or worse than the baseline. No React, no worker: unit-tested as is.
 */
import type { Building } from '../../../models/index.ts';
import type { Figure } from '../../../drill/compare.ts';
import type { DrillScenarioResult } from '../../../drill/summary-types.ts';
import type { DrillProgress } from '../../../drill/worker-api.ts';

/** The key of "the building as drawn" among the scenario keys (a scenario id is never empty). */
export const AS_DRAWN = '';

/** Runs per scenario: 1 to 50 in the app, 5 unless changed (IMO practice is ≥ 50: said in the UI). */
export const MIN_RUNS = 1;
export const MAX_APP_RUNS = 50;
export const DEFAULT_RUNS = 5;

/** Scenario keys in the order shown: the building as drawn first, then the file's scenarios. */
export function scenarioKeys(b: Building): string[] {
  return [AS_DRAWN, ...(b.scenarios ?? []).map((s) => s.id)];
}

/** The picked keys in display order (so the baseline is the first picked row), unknown keys dropped. */
export function orderedPick(b: Building, picked: ReadonlySet<string>): string[] {
  return scenarioKeys(b).filter((k) => picked.has(k));
}

/** Key ↔ the worker's scenario id (null = the building as drawn). */
export const keyToId = (key: string): string | null => (key === AS_DRAWN ? null : key);
export const idToKey = (id: string | null): string => id ?? AS_DRAWN;

/** What the user typed in the runs box → a run count, or null when it is not 1–50 whole. */
export function parseRuns(text: string): number | null {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return null;
  const n = Number(t);
  return n >= MIN_RUNS && n <= MAX_APP_RUNS ? n : null;
}

export interface CompareRequest {
  /** Scenario ids in order, the baseline first (null = the building as drawn). */
  scenarios: (string | null)[];
  runs: number;
}

export type CompareState =
  | { status: 'idle' }
  | { status: 'running'; id: number; request: CompareRequest; progress: DrillProgress | null }
  /** `workers`: how many evacuation workers of the pool ran at least one run (absent: not known). */
  | { status: 'done'; request: CompareRequest; results: DrillScenarioResult[]; workers?: number }
  | { status: 'failed'; request: CompareRequest; reason: string };

export type CompareEvent =
  | { type: 'start'; id: number; request: CompareRequest }
  | { type: 'progress'; id: number; progress: DrillProgress }
  | { type: 'done'; id: number; results: DrillScenarioResult[]; workers?: number }
  | { type: 'failed'; id: number; reason: string }
  | { type: 'cancelled'; id: number }
  | { type: 'reset' };

/**
 * Events of an older run are ignored; a failed or cancelled run holds no results, so nothing
 * half-computed is ever shown as a comparison.
 */
export function compareReducer(state: CompareState, e: CompareEvent): CompareState {
  if (e.type === 'reset') return { status: 'idle' };
  if (e.type === 'start') return { status: 'running', id: e.id, request: e.request, progress: null };
  if (state.status !== 'running' || state.id !== e.id) return state;
  switch (e.type) {
    case 'progress':
      return { ...state, progress: e.progress };
    case 'done':
      return {
        status: 'done',
        request: state.request,
        results: e.results,
        ...(e.workers !== undefined ? { workers: e.workers } : {}),
      };
    case 'failed':
      return { status: 'failed', request: state.request, reason: e.reason };
    case 'cancelled':
      return { status: 'idle' };
  }
}

/**
 * Share of the batch done, 0–1. Each scenario counts its evacuation runs plus one step for water and
 * trucks (analysed after the runs), so the bar does not sit at 100 % while they are computed.
 */
export function compareFraction(p: DrillProgress | null): number {
  if (p === null || p.scenarios <= 0) return 0;
  const within = p.run / (p.runs + 1);
  return Math.min(1, Math.max(0, (p.scenario + within) / p.scenarios));
}

/** Better or worse than the baseline, for the delta's colour; null for the baseline or no value. */
export function deltaTone(f: Figure, i: number): 'better' | 'worse' | 'same' | null {
  const d = f.deltas[i];
  if (i === 0 || d === null || d === undefined) return null;
  if (d === 0) return 'same';
  return d > 0 === f.higherIsBetter ? 'better' : 'worse';
}
