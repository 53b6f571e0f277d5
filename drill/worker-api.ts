/**
 * The drill as a worker API for the app (issue 7 "a compare view in the app"), on the pattern of
 * sim-core/water/worker-api.ts: a plain object of async functions that comlink exposes from a browser
 * module worker (worker.ts), and that tests call in-process. Everything it takes and returns is
 * structured-clonable (the building, plain summaries, a string).
 *
 * `runScenarios` runs each scenario through the three engines with the same code as the CLI
 * (run-scenario.ts). Its evacuation runs go to the `TaskRunner` it is given (the app passes, as a
 * comlink proxy, a pool of Web Workers on the main thread: renderer/src/compare/evac-pool.ts), else
 * one after another in this thread (`inThreadEvacRunner`). Rapier is loaded once per worker. As `lifeline compare`,
 * every scenario draws the same populations (common random numbers: the first scenario's seed unless
 * a seed is given), so a difference in RSET comes from the scenario, not from the draw.
 *
 * `renderReport` builds the bilingual HTML report (report/report-html.ts) here too, so the app's
 * main thread neither computes the site outline nor bundles the report code.
 */
import type { Building } from '../models/schema/building.ts';
import type { Scenario } from '../models/schema/scenario.ts';
import { summarize } from '../models/metrics/summary.ts';
import { buildingOutline } from '../sim-core/access/building-outline.ts';
import { loadRapier } from '../sim-core/access/rapier.ts';
import { EPANET_VERSION } from '../sim-core/water/index.ts';
import { inThreadEvacRunner, type EvacRunner, type EvacTask } from './evac-runner.ts';
import type { RunDigest } from './run-digest.ts';
import { drillPlan } from './plan.ts';
import { renderReport } from './report/report-html.ts';
import { runDrillScenario } from './run-scenario.ts';
import type { DrillScenarioResult } from './summary-types.ts';

/** Where a batch is: scenario `scenario` (0-based) of `scenarios`, evacuation run `run` of `runs`. */
export interface DrillProgress {
  scenario: number;
  scenarios: number;
  /** Evacuation runs finished for this scenario; equal to `runs` while water and access are analysed. */
  run: number;
  runs: number;
}

export type DrillProgressCallback = (p: DrillProgress) => void | Promise<void>;

export interface DrillBatchOptions {
  /** Evacuation Monte Carlo runs per scenario, 1 to MAX_RUNS. */
  runs: number;
  /** Base seed of every scenario (default: the first scenario's seed, else 1). */
  seed?: number;
}

/**
 * Runs a batch of evacuation tasks somewhere else (the app's worker pool), returning the digests in
 * task order whatever order they finished in. Called through comlink, so only `runTasks` is needed.
 */
export interface TaskRunner {
  runTasks(tasks: EvacTask[]): Promise<RunDigest[]>;
}

/**
 * The name of the error a TaskRunner rejects with when its workers cannot start (a browser that
 * refuses module workers, a worker script that fails to load): the runs then go to this thread.
 */
export const EVAC_WORKER_START_ERROR = 'EvacWorkerStartError';
/** Its type, so the renderer can spell it checked without importing this module into its bundle. */
export type EvacWorkerStartErrorName = typeof EVAC_WORKER_START_ERROR;

/** `remote`, until it says its workers cannot start; from then on this thread, one run after another. */
export function withInThreadFallback(remote: TaskRunner): TaskRunner {
  let broken = false;
  return {
    async runTasks(tasks) {
      if (!broken) {
        try {
          return await remote.runTasks(tasks);
        } catch (e) {
          if (!(e instanceof Error && e.name === EVAC_WORKER_START_ERROR)) throw e;
          broken = true;
        }
      }
      return inThreadEvacRunner().runTasks(tasks);
    },
  };
}

/** An EvacRunner over a TaskRunner; `onRun` is told when a batch is done (the pool reports per run). */
export function taskEvacRunner(
  remote: TaskRunner,
  onRun?: (done: number, total: number) => void,
): EvacRunner {
  const runTasks = async (tasks: readonly EvacTask[]): Promise<RunDigest[]> => {
    const digests = await remote.runTasks([...tasks]);
    if (digests.length !== tasks.length)
      throw new Error(`the evacuation pool returned ${digests.length} results for ${tasks.length} runs`);
    onRun?.(digests.length, tasks.length);
    return digests;
  };
  return {
    threads: 1,
    run: (building, seeds, extra = {}) => runTasks(seeds.map((seed) => ({ ...extra, building, seed }))),
    runTasks,
    close: async () => {},
  };
}

export interface ReportMeta {
  /** The building's file name, as the report names it. */
  file: string;
  /** Lifeline's version, and the runtime that ran the engines (e.g. "Electron 45 / Chrome 140"). */
  lifeline: string;
  runtime: string;
  /** ISO time the report was made. */
  generated: string;
}

export interface DrillWorkerApi {
  /**
   * The drill of each scenario, in the order given (null = the building as drawn). Rejects with a
   * plain message for an unknown scenario id or a bad run count, before any engine runs.
   * `runner`: where the evacuation runs go (default: this thread, one after another).
   */
  runScenarios(
    building: Building,
    scenarioIds: readonly (string | null)[] | null,
    options: DrillBatchOptions,
    onProgress?: DrillProgressCallback,
    runner?: TaskRunner,
  ): Promise<DrillScenarioResult[]>;
  /** The self-contained bilingual HTML report of these results. */
  renderReport(
    building: Building,
    results: readonly DrillScenarioResult[],
    meta: ReportMeta,
  ): Promise<string>;
}

/** The app's ceiling; IMO MSC.1/Circ.1533 practice is ≥ 50 runs, the CLI allows more on a pool. */
export const MAX_RUNS = 50;

/** 20305 → "OWA-EPANET 2.3.5" (EPANET's version number is major·10000 + minor·100 + patch). */
function epanetVersion(): string {
  const v = EPANET_VERSION;
  return `OWA-EPANET ${Math.floor(v / 10000)}.${Math.floor((v % 10000) / 100)}.${v % 100}, epanet-js`;
}

/** The ground storey's outer walls as segments, for the report's site map (as the CLI draws it). */
function groundOutline(b: Building): [number, number][][] {
  const pieces = buildingOutline(b).storeys[0] ?? [];
  return pieces.map((p) => [
    [p.a[0], p.a[1]],
    [p.b[0], p.b[1]],
  ]);
}

function pickScenarios(b: Building, ids: readonly (string | null)[] | null): (Scenario | undefined)[] {
  if (ids === null || ids.length === 0) return [undefined];
  const list = b.scenarios ?? [];
  return ids.map((id) => {
    if (id === null) return undefined;
    const s = list.find((x) => x.id === id);
    if (s === undefined)
      throw new Error(
        `there is no scenario "${id}" in this building (scenarios: ${list.map((x) => x.id).join(', ') || '-'})`,
      );
    return s;
  });
}

export const drillWorkerApi: DrillWorkerApi = {
  async runScenarios(building, scenarioIds, options, onProgress, remote) {
    const { runs } = options;
    if (!Number.isInteger(runs) || runs < 1 || runs > MAX_RUNS)
      throw new Error(`runs must be a whole number from 1 to ${MAX_RUNS}, not ${String(runs)}`);
    const scenarios = pickScenarios(building, scenarioIds);
    const seed = options.seed ?? scenarios[0]?.seed;
    const rapier = await loadRapier();
    const pool = remote ? withInThreadFallback(remote) : null;
    const out: DrillScenarioResult[] = [];
    for (const [i, s] of scenarios.entries()) {
      const at = (run: number): DrillProgress => ({ scenario: i, scenarios: scenarios.length, run, runs });
      await onProgress?.(at(0));
      // The runner calls back synchronously after each run; through comlink that posts a message.
      const onRun = (done: number) => void onProgress?.(at(done));
      const runner = pool ? taskEvacRunner(pool, onRun) : inThreadEvacRunner(onRun);
      out.push(
        await runDrillScenario(
          building,
          s,
          { runs, ...(seed !== undefined ? { seed } : {}) },
          runner,
          rapier,
        ),
      );
    }
    return out;
  },

  async renderReport(building, results, meta) {
    if (results.length === 0) throw new Error('a report needs at least one scenario result');
    return renderReport({
      building,
      summary: summarize(building),
      file: meta.file,
      results,
      plans: results.map(drillPlan),
      groundOutline: groundOutline(building),
      versions: { lifeline: meta.lifeline, epanet: epanetVersion(), runtime: meta.runtime },
      generated: meta.generated,
    });
  },
};
