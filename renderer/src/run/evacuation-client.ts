/**
 * Runs the evacuation engine in a module Web Worker through comlink (sim-core/evacuation/worker.ts),
 * one worker per run, on the shared one-call worker runner (workers/worker-run.ts). Cancel terminates the worker rather than flipping the engine's cancel flag: a
 * shared flag needs SharedArrayBuffer (cross-origin isolation, which the app does not have), and a
 * terminated worker cannot deliver a late, half-finished result. A worker that dies (an exception at
 * load, out of memory) fires `error` on the Worker; that, or a rejected call, rejects the run.
 * `onFrames` receives the trajectory frames as the worker streams them (for the live view); none
 * arrive after the run has settled.
 */
import type { Building } from '../../../models/index.ts';
import type { FrameChunk } from '../../../sim-core/evacuation/record/frame-chunks.ts';
import type { EvacuationResult } from '../../../sim-core/evacuation/run/result.ts';
import type { EvacuationWorkerApi } from '../../../sim-core/evacuation/worker-api.ts';
import { closableProxy } from '../workers/closable-proxy.ts';
import { runInWorker } from '../workers/worker-run.ts';

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
  let on = (): boolean => true;
  // Closed when the run settles, so no port or callback outlives it (workers/closable-proxy.ts).
  const progress = closableProxy((t: number, safe: number, occupants: number) =>
    onProgress({ t, safe, occupants }),
  );
  const frames =
    onFrames &&
    closableProxy((chunk: FrameChunk) => {
      if (on()) onFrames(chunk);
    });
  const h = runInWorker<EvacuationWorkerApi, EvacuationResult>(
    worker,
    (api, running) => {
      on = running;
      return api.run(
        building,
        scenarioId,
        { record: { interval: RECORD_INTERVAL, trajectories: true, densityMaps: true } },
        progress.value,
        undefined,
        frames?.value,
      );
    },
    () => new RunCancelledError(),
  );
  const release = () => {
    progress.close();
    frames?.close();
  };
  const result = h.result.then(
    (r) => {
      performance.mark(RUN_RESULT_MARK);
      release();
      return r;
    },
    (err: unknown) => {
      release();
      throw err;
    },
  );
  return { result, cancel: h.cancel };
}
