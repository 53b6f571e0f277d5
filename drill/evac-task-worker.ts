/**
 * Browser module-worker entry of the app's evacuation pool (issue 7 Monte Carlo: "a pool of Web
 * Workers in the app"): exposes `runTask` (evac-runner.ts) with comlink, one EvacTask → its
 * RunDigest per call. The renderer starts several of these (renderer/src/compare/evac-pool.ts) and
 * hands the drill worker a runner over them; a task's digest depends on the task only, so the batch
 * is the same whichever worker ran which run.
 */
import { expose } from 'comlink';
import { runTask, type EvacTask } from './evac-runner.ts';
import type { RunDigest } from './run-digest.ts';

export interface EvacTaskWorkerApi {
  runTask(task: EvacTask): RunDigest;
}

const api: EvacTaskWorkerApi = { runTask };

expose(api);
