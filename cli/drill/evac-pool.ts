/**
 * The Monte Carlo runner: evacuation runs spread over a piscina worker pool (every core by default).
 * Results come back in seed order whatever finished first, so 1 worker and N workers give the same
 * batch for the same base seed (tests/verification/drill/pool.test.ts).
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Building } from '../../models/schema/building.ts';
import type { RunDigest } from '../../drill/run-digest.ts';
import { runTask, type EvacTask } from './evac-worker.ts';

export interface EvacRunner {
  /** `extra`: the scenario's time limit and firefighter groups, the same for every run. */
  run(
    building: Building,
    seeds: readonly number[],
    extra?: Omit<EvacTask, 'building' | 'seed'>,
  ): Promise<RunDigest[]>;
  /** One task per run, each with its own building (Monte Carlo scenario variants). */
  runTasks(tasks: readonly EvacTask[]): Promise<RunDigest[]>;
  close(): Promise<void>;
  readonly threads: number;
}

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
