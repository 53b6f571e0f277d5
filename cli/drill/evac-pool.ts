/**
 * The Monte Carlo runner: evacuation runs spread over a piscina worker pool (every core by default).
 * Results come back in seed order whatever finished first, so 1 worker and N workers give the same
 * batch for the same base seed (tests/verification/drill/pool.test.ts).
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { RunDigest } from '../../drill/run-digest.ts';
import { runTask, type EvacRunner, type EvacTask } from '../../drill/evac-runner.ts';

export type { EvacRunner } from '../../drill/evac-runner.ts';

/** A single run stays in this thread (no worker start-up); batches go to the pool. */
export function createEvacRunner(threads: number = availableParallelism()): EvacRunner {
  let pool: Piscina | null = null;
  const n = Math.max(1, Math.floor(threads));
  const runTasks = async (tasks: readonly EvacTask[]): Promise<RunDigest[]> => {
    if (tasks.length === 1) return [runTask(tasks[0]!)];
    pool ??= new Piscina({
      filename: new URL('./evac-worker.ts', import.meta.url).href,
      minThreads: n,
      maxThreads: n,
      idleTimeout: 1000,
    });
    const p = pool;
    return Promise.all(tasks.map((t) => p.run(t) as Promise<RunDigest>));
  };
  return {
    threads: n,
    run: (building, seeds, extra = {}) => runTasks(seeds.map((seed) => ({ ...extra, building, seed }))),
    runTasks,
    async close() {
      if (pool) await pool.destroy();
      pool = null;
    },
  };
}
