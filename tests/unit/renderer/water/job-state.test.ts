/** The engine tabs' state machine: only the current job's events count; cancel and reset drop results. */
import { describe, expect, it } from 'vitest';
import { jobReducer, type JobState } from '../../../../renderer/src/verdicts/job-state.ts';

type S = JobState<string>;

describe('engine job state', () => {
  it('runs, reports progress and finishes with a result', () => {
    let s: S = { status: 'idle' };
    s = jobReducer(s, { type: 'start', id: 1 });
    s = jobReducer(s, { type: 'progress', id: 1, progress: { done: 1, total: 2 } });
    expect(s).toEqual({ status: 'running', id: 1, progress: { done: 1, total: 2 } });
    s = jobReducer(s, { type: 'done', id: 1, result: 'ok' });
    expect(s).toEqual({ status: 'done', result: 'ok' });
  });

  it('ignores a replaced job: its late result never shows', () => {
    let s: S = jobReducer({ status: 'idle' }, { type: 'start', id: 1 });
    s = jobReducer(s, { type: 'start', id: 2 });
    s = jobReducer(s, { type: 'done', id: 1, result: 'stale' });
    expect(s).toEqual({ status: 'running', id: 2, progress: null });
    s = jobReducer(s, { type: 'failed', id: 2, reason: 'worker died' });
    expect(s).toEqual({ status: 'failed', reason: 'worker died' });
  });

  it('cancel stops with no result; reset forgets a result', () => {
    let s: S = jobReducer({ status: 'idle' }, { type: 'start', id: 3 });
    s = jobReducer(s, { type: 'cancelled', id: 3 });
    expect(s).toEqual({ status: 'cancelled' });
    expect(jobReducer({ status: 'done', result: 'x' }, { type: 'reset' })).toEqual({ status: 'idle' });
    // A finished job is not cancelled by a late event.
    expect(jobReducer({ status: 'done', result: 'x' }, { type: 'cancelled', id: 3 })).toEqual({
      status: 'done',
      result: 'x',
    });
  });
});
