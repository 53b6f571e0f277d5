/**
 * One Monte Carlo evacuation run (a task) and the runner interface that executes a batch of them.
 * The CLI runs batches on a piscina pool (cli/drill/evac-pool.ts); the app's drill worker and small
 * batches run them in the calling thread (`inThreadEvacRunner`). Same task, same digest, wherever.
 */
import type { Building } from '../models/schema/building.ts';
import { runEvacuation, type EvacuationOptions } from '../sim-core/evacuation/index.ts';
import { digestRun, type RunDigest } from './run-digest.ts';

export interface EvacTask {
  building: Building;
  seed: number;
  maxTime?: number;
  /** The scenario's firefighter groups (applyScenario leaves them out of the building). */
  firefighters?: EvacuationOptions['firefighters'];
  /** The scenario's timed blocks (doors / stairs closing during the run). */
  closures?: EvacuationOptions['closures'];
  /** The scenario's `fireLifts`: mobility-impaired occupants use the fire lifts (true: all; or these ids). */
  useFireLifts?: EvacuationOptions['useFireLifts'];
  /** The scenario's smoke (spaces, stairs, storeys slowed and dosed from a time on). */
  smoke?: EvacuationOptions['smoke'];
}

export function runTask(t: EvacTask): RunDigest {
  return digestRun(
    runEvacuation(t.building, {
      seed: t.seed,
      ...(t.maxTime !== undefined ? { maxTime: t.maxTime } : {}),
      ...(t.firefighters ? { firefighters: t.firefighters } : {}),
      ...(t.closures ? { closures: t.closures } : {}),
      ...(t.useFireLifts ? { useFireLifts: t.useFireLifts } : {}),
      ...(t.smoke ? { smoke: t.smoke } : {}),
    }),
  );
}

export interface EvacRunner {
  /** `extra`: the scenario's time limit, firefighter groups, closures and fire lifts, the same for every run. */
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

/**
 * Runs every task in this thread, one after another (a browser worker has no pool of its own).
 * `onRun` reports progress after each run.
 */
export function inThreadEvacRunner(onRun?: (done: number, total: number) => void): EvacRunner {
  const runTasks = async (tasks: readonly EvacTask[]): Promise<RunDigest[]> => {
    const out: RunDigest[] = [];
    for (const t of tasks) {
      out.push(runTask(t));
      onRun?.(out.length, tasks.length);
    }
    return out;
  };
  return {
    threads: 1,
    run: (building, seeds, extra = {}) => runTasks(seeds.map((seed) => ({ ...extra, building, seed }))),
    runTasks,
    close: async () => {},
  };
}
