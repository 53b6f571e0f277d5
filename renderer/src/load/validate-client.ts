/**
 * The validation worker (validate-worker.ts), started on the first load and kept for the next ones:
 * the rules' code is compiled by the JIT once (cold, the 33-storey sample's check takes about 4× its
 * warm time), not again for every sample picked. A check given up on (a newer load) terminates the
 * worker — a long check of a large file must not hold up the next — and a worker that dies
 * (out of memory, a load error) is dropped; either way the next load starts a fresh one.
 */
import { releaseProxy, type Remote, wrap } from 'comlink';
import { workerErrorText } from '../workers/worker-run.ts';
import type { SemanticCheck, ValidateApi } from './validate-worker.ts';

export type { SemanticCheck };

export interface ValidateWorker {
  /**
   * Checks `text` (named `file` in messages); cancel() before the answer rejects the result and
   * stops the worker, after it does nothing.
   */
  check(text: string, file: string): { result: Promise<SemanticCheck>; cancel(): void };
}

interface Kept {
  worker: Worker;
  api: Remote<ValidateApi>;
  /** Rejects with the browser's reason when the worker dies. */
  died: Promise<never>;
}

let kept: Kept | null = null;

function stop(k: Kept): void {
  if (kept === k) kept = null;
  // Releasing a proxy posts a message; after terminate it would go nowhere, so release first.
  k.api[releaseProxy]();
  k.worker.terminate();
}

function start(): Kept | null {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./validate-worker.ts', import.meta.url), {
      type: 'module',
      name: 'validate',
    });
  } catch {
    // No Web Workers here (a test environment): the caller checks on its own thread.
    return null;
  }
  const api = wrap<ValidateApi>(worker);
  let k: Kept | null = null;
  const died = new Promise<never>((_, reject) => {
    worker.addEventListener(
      'error',
      (e) => {
        e.preventDefault();
        if (k !== null) stop(k);
        reject(new Error(workerErrorText(e)));
      },
      { once: true },
    );
  });
  died.catch(() => {});
  k = { worker, api, died };
  return k;
}

/** The kept worker (started if needed), or null where no worker can run. */
export function validateWorker(): ValidateWorker | null {
  kept ??= start();
  const k = kept;
  if (k === null) return null;
  return {
    check(text, file) {
      let giveUp: (e: Error) => void = () => {};
      const cancelled = new Promise<never>((_, reject) => {
        giveUp = reject;
      });
      let settled = false;
      const result = Promise.race([k.api.check(text, file), k.died, cancelled]).finally(() => {
        settled = true;
      });
      return {
        result,
        // A finished check leaves the worker to the next load.
        cancel() {
          if (settled) return;
          stop(k);
          giveUp(new Error('superseded by a newer load'));
        },
      };
    },
  };
}
