/**
 * Runs the evacuation engine in a module Web Worker through comlink (sim-core/evacuation/worker.ts),
 * one worker per run. Cancel terminates the worker rather than flipping the engine's cancel flag: a
 * shared flag needs SharedArrayBuffer (cross-origin isolation, which the app does not have), and a
 * terminated worker cannot deliver a late, half-finished result. A worker that dies (an exception at
 * load, out of memory) fires `error` on the Worker; that, or a rejected call, rejects the run.
 * `onFrames` receives the trajectory frames as the worker streams them (for the live view); none
 * arrive after the run has settled.
 */
import { proxy, releaseProxy, wrap } from 'comlink';
import type { Building } from '../../../models/index.ts';
import type { FrameChunk } from '../../../sim-core/evacuation/record/frame-chunks.ts';
import type { EvacuationResult } from '../../../sim-core/evacuation/run/result.ts';
import type { EvacuationWorkerApi } from '../../../sim-core/evacuation/worker-api.ts';

/** Seconds between recorded trajectory frames: smooth enough to interpolate, small to transfer. */
export const RECORD_INTERVAL = 1;

export interface RunProgress {
  /** Simulated seconds so far. */
  t: number;
  safe: number;
  occupants: number;
}

export interface RunHandle {
  result: Promise<EvacuationResult>;
  cancel(): void;
}

/**
 * Performance marks at the start of a run and when its result reaches the main thread: they split
 * the time the worker computes from the drawing of the result (tests/e2e/run.e2e.ts measures long
 * tasks in each part; a profile shows them too).
 */
export const RUN_START_MARK = 'lifeline:evacuation-start';
export const RUN_RESULT_MARK = 'lifeline:evacuation-result';

export class RunCancelledError extends Error {
  constructor() {
    super('run cancelled');
    this.name = 'RunCancelledError';
  }
}

/** Why the worker stopped, in the browser's words (shown under the plain message). */
function workerErrorText(e: Event): string {
  if (e instanceof ErrorEvent && e.message) return e.message;
  return 'the worker stopped';
}

export function startEvacuationRun(
  building: Building,
  scenarioId: string | null,
  onProgress: (p: RunProgress) => void,
  onFrames?: (chunk: FrameChunk) => void,
): RunHandle {
  performance.mark(RUN_START_MARK);
  const worker = new Worker(new URL('../../../sim-core/evacuation/worker.ts', import.meta.url), {
    type: 'module',
    name: 'evacuation',
  });
  const api = wrap<EvacuationWorkerApi>(worker);
  const progress = proxy((t: number, safe: number, occupants: number) => onProgress({ t, safe, occupants }));
  let settled = false;
  const frames =
    onFrames &&
    proxy((chunk: FrameChunk) => {
      if (!settled) onFrames(chunk);
    });
  let rejectRun: (e: unknown) => void = () => {};
  const stop = () => {
    if (settled) return;
    settled = true;
    worker.removeEventListener('error', onError);
    // Releasing a proxy posts a message; after terminate it would go nowhere, so release first.
    api[releaseProxy]();
    worker.terminate();
  };
  const onError = (e: Event) => {
    e.preventDefault();
    const reason = new Error(workerErrorText(e));
    stop();
    rejectRun(reason);
  };
  worker.addEventListener('error', onError);
  const died = new Promise<never>((_, reject) => {
    rejectRun = reject;
  });
  const call = api.run(
    building,
    scenarioId,
    { record: { interval: RECORD_INTERVAL, trajectories: true, densityMaps: true } },
    progress,
    undefined,
    frames,
  );
  const result = Promise.race([call, died]).then(
    (r) => {
      performance.mark(RUN_RESULT_MARK);
      stop();
      return r;
    },
    (err: unknown) => {
      stop();
      throw err;
    },
  );
  return {
    result,
    cancel() {
      if (settled) return;
      stop();
      rejectRun(new RunCancelledError());
    },
  };
}
