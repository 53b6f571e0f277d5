/**
 * One engine job in its own module Web Worker (comlink), on the pattern of run/evacuation-client.ts:
 * one worker per job, Cancel terminates it (no late, half-finished result can arrive), and a worker
 * that dies (an exception at load, out of memory) rejects the job with the browser's reason.
 */
import { releaseProxy, type Remote, wrap } from 'comlink';

/** Steps done of a known total (e.g. access: the as-found run, then the run with obstacles towed). */
export interface JobProgress {
  done: number;
  total: number;
}

export interface JobHandle<R> {
  result: Promise<R>;
  cancel(): void;
}

export class JobCancelledError extends Error {
  constructor() {
    super('job cancelled');
    this.name = 'JobCancelledError';
  }
}

function workerErrorText(e: Event): string {
  if (e instanceof ErrorEvent && e.message) return e.message;
  return 'the worker stopped';
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
  const api = wrap<Api>(worker);
  let settled = false;
  let rejectJob: (e: unknown) => void = () => {};
  const stop = (): void => {
    if (settled) return;
    settled = true;
    worker.removeEventListener('error', onError);
    // Releasing a proxy posts a message; after terminate it would go nowhere, so release first.
    api[releaseProxy]();
    worker.terminate();
  };
  const onError = (e: Event): void => {
    e.preventDefault();
    const reason = new Error(workerErrorText(e));
    stop();
    rejectJob(reason);
  };
  worker.addEventListener('error', onError);
  const died = new Promise<never>((_, reject) => {
    rejectJob = reject;
  });
  const call = work(api, (p) => {
    if (!settled) onProgress(p);
  });
  const result = Promise.race([call, died]).then(
    (r) => {
      stop();
      return r;
    },
    (err: unknown) => {
      stop();
      throw err;
    },
  );
  // A job given up on (cancelled or dead) must not report its abandoned call as unhandled.
  call.catch(() => {});
  return {
    result,
    cancel() {
      if (settled) return;
      stop();
      rejectJob(new JobCancelledError());
    },
  };
}
