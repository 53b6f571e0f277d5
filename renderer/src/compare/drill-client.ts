/**
 * Runs the drill (three engines per scenario) in a module Web Worker through comlink
 * (drill/worker.ts), one worker per batch, as run/evacuation-client.ts does for one evacuation run:
 * Cancel terminates the worker (no late half result can arrive), and a worker that dies (an
 * exception at load, out of memory) rejects the batch with the browser's reason. The report is
 * rendered in a short-lived worker of its own, so the report code stays out of the main bundle.
 */
import { proxy, releaseProxy, wrap, type Remote } from 'comlink';
import type { Building } from '../../../models/index.ts';
import type { DrillScenarioResult } from '../../../drill/summary-types.ts';
import type { DrillProgress, DrillWorkerApi, ReportMeta } from '../../../drill/worker-api.ts';

export class DrillCancelledError extends Error {
  constructor() {
    super('comparison cancelled');
    this.name = 'DrillCancelledError';
  }
}

export interface DrillHandle<T> {
  result: Promise<T>;
  cancel(): void;
}

function workerErrorText(e: Event): string {
  if (e instanceof ErrorEvent && e.message) return e.message;
  return 'the worker stopped';
}

/** One worker for one call: settles when the call does, the worker dies, or it is cancelled. */
function withDrillWorker<T>(call: (api: Remote<DrillWorkerApi>) => Promise<T>): DrillHandle<T> {
  const worker = new Worker(new URL('../../../drill/worker.ts', import.meta.url), {
    type: 'module',
    name: 'drill',
  });
  const api = wrap<DrillWorkerApi>(worker);
  let settled = false;
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
  const result = Promise.race([call(api), died]).then(
    (r) => {
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
      rejectRun(new DrillCancelledError());
    },
  };
}

export function startDrillRun(
  building: Building,
  scenarios: readonly (string | null)[],
  runs: number,
  onProgress: (p: DrillProgress) => void,
): DrillHandle<DrillScenarioResult[]> {
  return withDrillWorker((api) =>
    api.runScenarios(
      building,
      scenarios,
      { runs },
      proxy((p: DrillProgress) => onProgress(p)),
    ),
  );
}

export function renderReportInWorker(
  building: Building,
  results: readonly DrillScenarioResult[],
  meta: ReportMeta,
): Promise<string> {
  return withDrillWorker((api) => api.renderReport(building, results, meta)).result;
}
