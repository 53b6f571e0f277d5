/**
 * What the Run panel shows, as a pure state machine: nothing run yet, a run in progress, a finished
 * result, or a failure. Only a finished run holds a result; a failed or cancelled one goes back to
 * holding none, so nothing half-computed is ever drawn as if it were real.
 */
import type { EvacuationResult } from '../../../sim-core/evacuation/run/result.ts';
import type { RunProgress } from './evacuation-client.ts';

export type RunState =
  | { status: 'idle' }
  | { status: 'running'; id: number; scenario: string | null; progress: RunProgress | null }
  | { status: 'done'; scenario: string | null; result: EvacuationResult }
  | { status: 'failed'; scenario: string | null; reason: string };

export type RunEvent =
  | { type: 'start'; id: number; scenario: string | null }
  | { type: 'progress'; id: number; progress: RunProgress }
  | { type: 'done'; id: number; result: EvacuationResult }
  | { type: 'failed'; id: number; reason: string }
  | { type: 'cancelled'; id: number }
  | { type: 'reset' };

/** Events of an older run (one replaced or cancelled since) are ignored. */
export function runReducer(state: RunState, e: RunEvent): RunState {
  if (e.type === 'reset') return { status: 'idle' };
  if (e.type === 'start') return { status: 'running', id: e.id, scenario: e.scenario, progress: null };
  if (state.status !== 'running' || state.id !== e.id) return state;
  switch (e.type) {
    case 'progress':
      return { ...state, progress: e.progress };
    case 'done':
      return { status: 'done', scenario: state.scenario, result: e.result };
    case 'failed':
      return { status: 'failed', scenario: state.scenario, reason: e.reason };
    case 'cancelled':
      return { status: 'idle' };
  }
}

/** Share of the run done, 0–1: people safe of all, or simulated time of the limit if later. */
export function progressFraction(p: RunProgress | null, maxTime: number): number {
  if (p === null) return 0;
  const people = p.occupants > 0 ? p.safe / p.occupants : 0;
  const time = maxTime > 0 ? p.t / maxTime : 0;
  return Math.min(1, Math.max(people, time, 0));
}

/** Seconds as m:ss (how trainers read RSET); negative or non-finite → "—". */
export function formatMinSec(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return '—';
  const whole = Math.round(seconds);
  const m = Math.floor(whole / 60);
  const s = whole % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}
