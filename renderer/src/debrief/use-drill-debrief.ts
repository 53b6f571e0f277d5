/**
 * The simulation a debrief is set against: the window's scenario run through the drill worker
 * (compare/drill-client.ts `startDrillRun`: the three engines, the evacuation runs on the pool), with
 * Cancel (the worker is terminated, nothing half-computed arrives) and a failure reason for Retry.
 * Its states are the Compare tool's (compare/compare-model.ts `compareReducer`: events of an older run
 * are ignored, a failed or cancelled run holds no result). State belongs to one building: another
 * file or an edit resets it and stops its run, so a table is never built from another model.
 */
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { Building } from '../../../models/index.ts';
import type { DrillScenarioResult } from '../../../drill/summary-types.ts';
import { compareReducer, type CompareRequest, type CompareState } from '../compare/compare-model.ts';
import { DrillCancelledError, type DrillHandle, startDrillRun } from '../compare/drill-client.ts';

export interface DrillDebriefControls {
  state: CompareState;
  /** Runs one scenario (null = the building as drawn) `runs` times; a run in progress is stopped. */
  run(request: CompareRequest): void;
  cancel(): void;
}

const reasonText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export function useDrillDebrief(building: Building | undefined): DrillDebriefControls {
  const [state, dispatch] = useReducer(compareReducer, { status: 'idle' });
  const handle = useRef<{ id: number; run: DrillHandle<DrillScenarioResult[]> } | null>(null);
  const nextId = useRef(0);

  const stopCurrent = useCallback(() => {
    const h = handle.current;
    handle.current = null;
    if (h !== null) {
      h.run.cancel();
      dispatch({ type: 'cancelled', id: h.id });
    }
  }, []);

  // Reset while rendering (as use-drill-compare.ts): no render pairs a new building with the old result.
  const [owner, setOwner] = useState(building);
  if (owner !== building) {
    setOwner(building);
    dispatch({ type: 'reset' });
  }
  useEffect(() => stopCurrent, [building, stopCurrent]);

  const run = useCallback(
    (request: CompareRequest) => {
      if (building === undefined) return;
      stopCurrent();
      const id = ++nextId.current;
      dispatch({ type: 'start', id, request });
      let h: ReturnType<typeof startDrillRun>;
      try {
        h = startDrillRun(building, request.scenarios, request.runs, (progress) =>
          dispatch({ type: 'progress', id, progress }),
        );
      } catch (err) {
        dispatch({ type: 'failed', id, reason: reasonText(err) });
        return;
      }
      handle.current = { id, run: h };
      h.result.then(
        (results) => {
          if (handle.current?.id === id) handle.current = null;
          dispatch({ type: 'done', id, results, workers: h.workers() });
        },
        (err: unknown) => {
          if (handle.current?.id === id) handle.current = null;
          if (err instanceof DrillCancelledError) return;
          dispatch({ type: 'failed', id, reason: reasonText(err) });
        },
      );
    },
    [building, stopCurrent],
  );

  return { state, run, cancel: stopCurrent };
}
