/**
 * The app's pool of evacuation Web Workers (issue 7 Monte Carlo: "a pool of Web Workers in the
 * app"): N module workers (drill/evac-task-worker.ts), N = the machine's cores, 1 to 8. The drill
 * worker gets the pool as a comlink proxy (a TaskRunner: drill/worker-api.ts) and sends each
 * scenario's runs here; every idle worker takes the next run, and the digests come back in task
 * order, so the result is the same whichever worker finished first. Workers start when the first
 * runs arrive and are all terminated with the batch (done, failed or cancelled). A worker that
 * cannot start closes the pool with an EVAC_WORKER_START_ERROR, on which the drill worker runs the
 * rest in its own thread (drill/worker-api.ts withInThreadFallback).
 */
import { releaseProxy, wrap } from 'comlink';
import type { EvacTask } from '../../../drill/evac-runner.ts';
import type { EvacTaskWorkerApi } from '../../../drill/evac-task-worker.ts';
import type { RunDigest } from '../../../drill/run-digest.ts';
import type { EvacWorkerStartErrorName, TaskRunner } from '../../../drill/worker-api.ts';

/** drill/worker-api.ts EVAC_WORKER_START_ERROR, checked by type (a value import would bundle the drill). */
export const EVAC_WORKER_START_ERROR: EvacWorkerStartErrorName = 'EvacWorkerStartError';

/** One worker of the pool: runs one task at a time. */
export interface PoolWorker {
  runTask(task: EvacTask): Promise<RunDigest>;
  terminate(): void;
}

export interface EvacPool extends TaskRunner {
  /** The most workers it starts. */
  readonly size: number;
  /** Workers that have finished at least one run. */
  used(): number;
  /** Stops every worker; runs still waiting or running reject, and later batches are refused. */
  terminate(): void;
}

export const MAX_POOL = 8;

/** Workers for this many cores (`navigator.hardwareConcurrency`, which may be missing): 1 to 8. */
export function poolSize(cores: number | undefined): number {
  if (cores === undefined || !Number.isFinite(cores)) return 1;
  return Math.min(MAX_POOL, Math.max(1, Math.floor(cores)));
}

export class EvacPoolClosedError extends Error {
  constructor() {
    super('the evacuation pool was stopped');
    this.name = 'EvacPoolClosedError';
  }
}

interface Job {
  task: EvacTask;
  resolve(d: RunDigest): void;
  reject(e: unknown): void;
}

interface Slot {
  worker: PoolWorker;
  busy: boolean;
  ran: boolean;
}

/**
 * `spawn` starts one worker (spawnEvacWorker in the app; tests pass in-process fakes). `onRun`
 * reports, per batch, how many of its runs are done.
 */
export function createEvacPool(options: {
  size: number;
  spawn: () => PoolWorker;
  onRun?: (done: number, total: number) => void;
}): EvacPool {
  const size = poolSize(options.size);
  const slots: Slot[] = [];
  const queue: Job[] = [];
  const running = new Set<Job>();
  let closed = false;

  const shutdown = (error: unknown) => {
    if (closed) return;
    closed = true;
    for (const s of slots) s.worker.terminate();
    for (const job of [...queue, ...running]) job.reject(error);
    queue.length = 0;
    running.clear();
  };

  const pump = () => {
    while (!closed && queue.length > 0) {
      let slot = slots.find((s) => !s.busy);
      if (slot === undefined) {
        if (slots.length >= size) return;
        let worker: PoolWorker;
        try {
          worker = options.spawn();
        } catch (e) {
          // `new Worker` itself refused (a CSP, a browser without module workers): the pool cannot
          // start, which the drill worker answers by running in its own thread.
          if (slots.length > 0) return;
          const error = new Error(e instanceof Error ? e.message : 'an evacuation worker could not start');
          error.name = EVAC_WORKER_START_ERROR;
          return shutdown(error);
        }
        slot = { worker, busy: false, ran: false };
        slots.push(slot);
      }
      const job = queue.shift()!;
      const s = slot;
      s.busy = true;
      running.add(job);
      s.worker.runTask(job.task).then(
        (digest) => {
          if (closed) return;
          running.delete(job);
          s.busy = false;
          s.ran = true;
          job.resolve(digest);
          pump();
        },
        (err: unknown) => {
          if (closed) return;
          if (err instanceof Error && err.name === EVAC_WORKER_START_ERROR) return shutdown(err);
          running.delete(job);
          s.busy = false;
          job.reject(err);
          pump();
        },
      );
    }
  };

  return {
    size,
    used: () => slots.filter((s) => s.ran).length,
    async runTasks(tasks) {
      if (closed) throw new EvacPoolClosedError();
      let done = 0;
      const digests = tasks.map(
        (task) =>
          new Promise<RunDigest>((resolve, reject) => {
            queue.push({
              task,
              resolve: (d) => {
                resolve(d);
                options.onRun?.(++done, tasks.length);
              },
              reject,
            });
          }),
      );
      pump();
      return Promise.all(digests);
    },
    terminate: () => shutdown(new EvacPoolClosedError()),
  };
}

/**
 * A module worker running drill/evac-task-worker.ts; a worker that dies rejects its run with the
 * reason, as an EVAC_WORKER_START_ERROR if it never finished a run (it could not start).
 */
export function spawnEvacWorker(): PoolWorker {
  const worker = new Worker(new URL('../../../drill/evac-task-worker.ts', import.meta.url), {
    type: 'module',
    name: 'evac',
  });
  const api = wrap<EvacTaskWorkerApi>(worker);
  let fail: (e: Error) => void = () => {};
  const died = new Promise<never>((_, reject) => {
    fail = reject;
  });
  died.catch(() => {});
  let ran = false;
  worker.addEventListener('error', (e) => {
    e.preventDefault();
    const error = new Error(
      e instanceof ErrorEvent && e.message ? e.message : 'an evacuation worker stopped',
    );
    if (!ran) error.name = EVAC_WORKER_START_ERROR;
    fail(error);
  });
  let stopped = false;
  return {
    runTask: async (task) => {
      const digest = await Promise.race([api.runTask(task), died]);
      ran = true;
      return digest;
    },
    terminate() {
      if (stopped) return;
      stopped = true;
      api[releaseProxy]();
      worker.terminate();
    },
  };
}
