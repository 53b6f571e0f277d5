/**
 * An engine job that follows its input: it starts by itself whenever the input changes (a new valid
 * building, another scenario) and stops the previous one, so a result never outlives the building
 * and scenario it was computed for. Retry starts it again; Cancel stops it and keeps it stopped.
 * `input` must keep its identity while nothing changes (memoise it).
 */
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { JobCancelledError, type JobHandle, type JobProgress } from './engine-job.ts';
import { jobReducer, type JobEvent, type JobState } from './job-state.ts';

export interface EngineJobControls<R> {
  state: JobState<R>;
  retry(): void;
  cancel(): void;
}

export function useEngineJob<I, R>(
  input: I | undefined,
  start: (input: I, onProgress: (p: JobProgress) => void) => JobHandle<R>,
): EngineJobControls<R> {
  const [state, dispatch] = useReducer(
    jobReducer as (s: JobState<R>, e: JobEvent<R>) => JobState<R>,
    { status: 'idle' } as JobState<R>,
  );
  const handle = useRef<{ id: number; job: JobHandle<R> } | null>(null);
  const nextId = useRef(0);
  // Reset while rendering (React's pattern for state derived from props): no render pairs a new
  // input with the old input's result.
  const [owner, setOwner] = useState(input);
  if (owner !== input) {
    setOwner(input);
    dispatch({ type: 'reset' });
  }

  const stopCurrent = useCallback(() => {
    const h = handle.current;
    handle.current = null;
    if (h !== null) {
      h.job.cancel();
      dispatch({ type: 'cancelled', id: h.id });
    }
  }, []);

  const begin = useCallback(() => {
    if (input === undefined) return;
    const h0 = handle.current;
    handle.current = null;
    h0?.job.cancel();
    const id = ++nextId.current;
    dispatch({ type: 'start', id });
    let job: JobHandle<R>;
    try {
      job = start(input, (progress) => dispatch({ type: 'progress', id, progress }));
    } catch (err) {
      dispatch({ type: 'failed', id, reason: err instanceof Error ? err.message : String(err) });
      return;
    }
    handle.current = { id, job };
    job.result.then(
      (result) => {
        if (handle.current?.id === id) handle.current = null;
        dispatch({ type: 'done', id, result });
      },
      (err: unknown) => {
        if (handle.current?.id === id) handle.current = null;
        if (err instanceof JobCancelledError) return;
        dispatch({ type: 'failed', id, reason: err instanceof Error ? err.message : String(err) });
      },
    );
  }, [input, start]);

  // Runs by itself for each input; the job of the previous input (or of an unmounted app) is stopped.
  useEffect(() => {
    begin();
    return () => {
      const h = handle.current;
      handle.current = null;
      h?.job.cancel();
    };
  }, [begin]);

  return { state, retry: begin, cancel: stopCurrent };
}
