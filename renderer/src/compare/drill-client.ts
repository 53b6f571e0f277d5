/**
 * Runs the drill (three engines per scenario) in a module Web Worker through comlink
 * (drill/worker.ts), one worker per batch, as run/evacuation-client.ts does for one evacuation run:
 * Cancel terminates the worker (no late half result can arrive), and a worker that dies (an
 * exception at load, out of memory) rejects the batch with the browser's reason. The report is
 * rendered in a short-lived worker of its own, so the report code stays out of the main bundle.
 */
import type { Remote } from 'comlink';
import type { Building } from '../../../models/index.ts';
import type { DrillScenarioResult } from '../../../drill/summary-types.ts';
import type { DrillProgress, DrillWorkerApi, ReportMeta, TaskRunner } from '../../../drill/worker-api.ts';
import { closableProxy } from '../workers/closable-proxy.ts';
import { runInWorker, type WorkerRunHandle } from '../workers/worker-run.ts';
import { createEvacPool, poolSize, spawnEvacWorker } from './evac-pool.ts';

export class DrillCancelledError extends Error {
  constructor() {
    super('comparison cancelled');
    this.name = 'DrillCancelledError';
  }
}

export type DrillHandle<T> = WorkerRunHandle<T>;

/** One worker for one call: settles when the call does, the worker dies, or it is cancelled. */
function withDrillWorker<T>(call: (api: Remote<DrillWorkerApi>) => Promise<T>): DrillHandle<T> {
  const worker = new Worker(new URL('../../../drill/worker.ts', import.meta.url), {
    type: 'module',
    name: 'drill',
  });
  return runInWorker<DrillWorkerApi, T>(worker, call, () => new DrillCancelledError());
}

/**
 * The drill of these scenarios; the evacuation runs go to a pool of workers (evac-pool.ts), one per
 * core, stopped with the batch. `workers()`: how many of them ran at least one run.
 */
export function startDrillRun(
  building: Building,
  scenarios: readonly (string | null)[],
  runs: number,
  onProgress: (p: DrillProgress) => void,
): DrillHandle<DrillScenarioResult[]> & { workers(): number } {
  // The worker says which scenario it is on; the pool counts its runs within it.
  let last: DrillProgress | null = null;
  const report = (p: DrillProgress) => {
    last = p;
    onProgress(p);
  };
  const pool =
    typeof Worker === 'undefined'
      ? null
      : createEvacPool({
          size: poolSize(navigator.hardwareConcurrency),
          spawn: spawnEvacWorker,
          onRun: (run) => {
            if (last !== null && run < last.runs) onProgress({ ...last, run });
          },
        });
  // The callbacks handed to the worker are closed with the batch (workers/closable-proxy.ts).
  const progress = closableProxy(report);
  const runner = pool && closableProxy<TaskRunner>({ runTasks: (tasks) => pool.runTasks(tasks) });
  const h = withDrillWorker((api) =>
    api.runScenarios(building, scenarios, { runs }, progress.value, runner?.value),
  );
  const end = () => {
    pool?.terminate();
    progress.close();
    runner?.close();
  };
  h.result.then(end, end);
  return {
    result: h.result,
    cancel() {
      h.cancel();
      end();
    },
    workers: () => pool?.used() ?? 0,
  };
}

export function renderReportInWorker(
  building: Building,
  results: readonly DrillScenarioResult[],
  meta: ReportMeta,
): Promise<string> {
  return withDrillWorker((api) => api.renderReport(building, results, meta)).result;
}
