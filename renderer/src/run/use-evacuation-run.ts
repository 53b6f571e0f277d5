/**
 * The evacuation run of the loaded building: start, cancel, retry. State belongs to one building:
 * a new building resets it and stops any run of the old one, so results never outlive their model.
 * While a run computes its streamed frames go to the live view (live-frames.ts `liveRun`), which is
 * cleared however the run ends.
 */
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { Building } from '../../../models/index.ts';
import { RunCancelledError, type RunHandle, startEvacuationRun } from './evacuation-client.ts';
import { liveRun } from './live-frames.ts';
import { runReducer, type RunState } from './run-state.ts';

export interface EvacuationRunControls {
  state: RunState;
  run(scenario: string | null): void;
  cancel(): void;
}

export function useEvacuationRun(building: Building | undefined): EvacuationRunControls {
  const [state, dispatch] = useReducer(runReducer, { status: 'idle' });
  const handle = useRef<{ id: number; run: RunHandle } | null>(null);
  const nextId = useRef(0);

  const stopCurrent = useCallback(() => {
    const h = handle.current;
    handle.current = null;
    if (h !== null) {
      h.run.cancel();
      liveRun.clear();
      dispatch({ type: 'cancelled', id: h.id });
    }
  }, []);

  // Reset while rendering (React's pattern for state derived from props), so no render pairs a new
  // building with the old building's result.
  const [owner, setOwner] = useState(building);
  if (owner !== building) {
    setOwner(building);
    dispatch({ type: 'reset' });
  }
  // A run of the previous building (or of an unmounted app) is stopped.
  useEffect(() => stopCurrent, [building, stopCurrent]);

  const run = useCallback(
    (scenario: string | null) => {
      if (building === undefined) return;
      stopCurrent();
      const id = ++nextId.current;
      dispatch({ type: 'start', id, scenario });
      let h: RunHandle;
      const live = liveRun.start();
      try {
        h = startEvacuationRun(
          building,
          scenario,
          (progress) => dispatch({ type: 'progress', id, progress }),
          (chunk) => liveRun.append(live, chunk),
        );
      } catch (err) {
        liveRun.clear(live);
        dispatch({ type: 'failed', id, reason: err instanceof Error ? err.message : String(err) });
        return;
      }
      handle.current = { id, run: h };
      h.result.then(
        (result) => {
          liveRun.clear(live);
          if (handle.current?.id === id) handle.current = null;
          dispatch({ type: 'done', id, result });
        },
        (err: unknown) => {
          liveRun.clear(live);
          if (handle.current?.id === id) handle.current = null;
          if (err instanceof RunCancelledError) return;
          dispatch({ type: 'failed', id, reason: err instanceof Error ? err.message : String(err) });
        },
      );
    },
    [building, stopCurrent],
  );

  return { state, run, cancel: stopCurrent };
}
