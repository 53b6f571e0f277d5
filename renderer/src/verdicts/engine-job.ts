/**
 * One engine job in its own module Web Worker (comlink; ../workers/worker-run.ts): one worker per
 * job, Cancel terminates it (no late, half-finished result can arrive), and a worker that dies (an
 * exception at load, out of memory) rejects the job with the browser's reason.
 */
import type { Remote } from 'comlink';
import { runInWorker, type WorkerRunHandle } from '../workers/worker-run.ts';

/** Steps done of a known total (e.g. access: the as-found run, then the run with obstacles towed). */
export interface JobProgress {
  done: number;
  total: number;
}

export type JobHandle<R> = WorkerRunHandle<R>;

export class JobCancelledError extends Error {
  constructor() {
    super('job cancelled');
    this.name = 'JobCancelledError';
  }
}

/**
 * Runs `work` against the worker's API. The worker is terminated when the work settles, when it is
 * cancelled, or when it dies; `work` may make several calls and report steps through `step`.
 */
export function startWorkerJob<Api, R>(
  worker: Worker,
  work: (api: Remote<Api>, step: (p: JobProgress) => void) => Promise<R>,
  onProgress: (p: JobProgress) => void,
): JobHandle<R> {
  return runInWorker<Api, R>(
    worker,
    (api, running) =>
      work(api, (p) => {
        if (running()) onProgress(p);
      }),
    () => new JobCancelledError(),
  );
}
