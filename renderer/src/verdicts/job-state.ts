/**
 * What an engine tab shows, as a pure state machine (like run/run-state.ts): not started, running,
 * a finished result, a failure, or stopped by the user. Only a finished job holds a result, so a
 * failed or cancelled one never leaves something half-computed on screen.
 */
import type { JobProgress } from './engine-job.ts';

export type JobState<R> =
  | { status: 'idle' }
  | { status: 'running'; id: number; progress: JobProgress | null }
  | { status: 'done'; result: R }
  | { status: 'failed'; reason: string }
  | { status: 'cancelled' };

export type JobEvent<R> =
  | { type: 'start'; id: number }
  | { type: 'progress'; id: number; progress: JobProgress }
  | { type: 'done'; id: number; result: R }
  | { type: 'failed'; id: number; reason: string }
  | { type: 'cancelled'; id: number }
  | { type: 'reset' };

/** Events of an older job (one replaced or cancelled since) are ignored. */
export function jobReducer<R>(state: JobState<R>, e: JobEvent<R>): JobState<R> {
  if (e.type === 'reset') return { status: 'idle' };
  if (e.type === 'start') return { status: 'running', id: e.id, progress: null };
  if (state.status !== 'running' || state.id !== e.id) return state;
  switch (e.type) {
    case 'progress':
      return { ...state, progress: e.progress };
    case 'done':
      return { status: 'done', result: e.result };
    case 'failed':
      return { status: 'failed', reason: e.reason };
    case 'cancelled':
      return { status: 'cancelled' };
  }
}
