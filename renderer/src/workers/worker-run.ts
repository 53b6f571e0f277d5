/**
 * One call into a module Web Worker through comlink, the worker living for that call alone: it is
 * terminated when the call settles, when the caller cancels (no late, half-finished result can
 * arrive) or when it dies (an exception at load, out of memory; the result then rejects with the
 * browser's reason). The engine jobs (verdicts/engine-job.ts), the drill (compare/drill-client.ts)
 * and the evacuation run (run/evacuation-client.ts) run this way.
 */
import { releaseProxy, type Remote, wrap } from 'comlink';

export interface WorkerRunHandle<R> {
  result: Promise<R>;
  cancel(): void;
}

/** The browser's reason a worker died, in words. */
export function workerErrorText(e: Event): string {
  if (e instanceof ErrorEvent && e.message) return e.message;
  return 'the worker stopped';
}

/**
 * Runs `call` against `worker`'s API. `running()` tells the call (e.g. its progress callbacks)
 * whether the run is still on; a cancelled run rejects with `cancelledError()`.
 */
export function runInWorker<Api, R>(
  worker: Worker,
  call: (api: Remote<Api>, running: () => boolean) => Promise<R>,
  cancelledError: () => Error,
): WorkerRunHandle<R> {
  const api = wrap<Api>(worker);
  let settled = false;
  let rejectRun: (e: unknown) => void = () => {};
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
    rejectRun(reason);
  };
  worker.addEventListener('error', onError);
  const died = new Promise<never>((_, reject) => {
    rejectRun = reject;
  });
  const pending = call(api, () => !settled);
  const result = Promise.race([pending, died]).then(
    (r) => {
      stop();
      return r;
    },
    (err: unknown) => {
      stop();
      throw err;
    },
  );
  // A run given up on (cancelled or dead) must not report its abandoned call as unhandled.
  pending.catch(() => {});
  return {
    result,
    cancel() {
      if (settled) return;
      stop();
      rejectRun(cancelledError());
    },
  };
}
