/**
 * The water engine as a worker API: a plain object of async functions, so comlink can expose it
 * from a browser module worker (worker.ts) or a Node worker_threads worker, and callers can use it
 * in-process the same way. Everything it takes and returns is structured-clonable.
 *
 * Progress and cancelling the sweep (hundreds of solves): `onProgress(done, total)` is called
 * between solves and awaited — through comlink it is a proxied function whose call is a message
 * round trip, which also lets the worker's event loop breathe. `cancel` is an Int32Array flag: any
 * non-zero value in element 0 stops the sweep before its next solve (it rejects with
 * WaterCancelledError). Over a SharedArrayBuffer the caller flips it from another thread without a
 * message (a running sweep never reads messages); over a plain ArrayBuffer it works in-process.
 */
import type { Building } from '../../models/schema/building.ts';
import type { LocalizedText } from '../../models/validation/issue.ts';
import { analyseWaterWith, type WaterAnalysis, type WaterOptions } from './analyse.ts';
import { loadEpanet } from './epanet-engine.ts';
import { highestPassing, hydrantStoreys, ladder, ladderStates, type LadderCell } from './ladder.ts';
import { WaterModel } from './model.ts';
import { resolveSupply, type SupplyOptions } from './supply.ts';

export type ProgressCallback = (done: number, total: number) => void | Promise<void>;

export interface SweepOptions {
  /** A fire engine at an inlet for the sweep's "engine" state (default: the default pumper if inlets). */
  supply?: SupplyOptions;
  vehicles?: readonly string[];
}

export interface SweepResult {
  states: {
    id: string;
    label: LocalizedText;
    highestAdequateStorey: string | null;
    highestEffectiveStorey: string | null;
  }[];
  cells: LadderCell[];
}

export class WaterCancelledError extends Error {
  constructor() {
    super('water sweep cancelled');
    this.name = 'WaterCancelledError';
  }
}

/** Calls onProgress about this often (solves); each call through comlink is a message round trip. */
const PROGRESS_EVERY = 8;

export interface WaterWorkerApi {
  /** analyseWater: one state (and the sweep too if `options.sweep`), no progress. */
  run(building: Building, options?: WaterOptions): Promise<WaterAnalysis>;
  /** The pressure ladder alone, with progress and a cancel flag. */
  sweep(
    building: Building,
    options?: SweepOptions,
    onProgress?: ProgressCallback,
    cancel?: Int32Array,
  ): Promise<SweepResult>;
}

export const waterWorkerApi: WaterWorkerApi = {
  async run(building, options = {}) {
    return analyseWaterWith(await loadEpanet(), building, options);
  },

  async sweep(building, options = {}, onProgress, cancel) {
    const ws = await loadEpanet();
    const cancelled = (): boolean => cancel !== undefined && Atomics.load(cancel, 0) !== 0;
    let connection;
    if ((building.water?.inlets ?? []).length > 0) {
      const r = resolveSupply(building, options.supply ?? {}, options.vehicles);
      // Without a usable engine the sweep just has no "engine" state (as analyseWater does).
      if (r.ok) {
        const { relay: _relay, ...single } = r.connection;
        connection = single;
      }
    }
    const model = new WaterModel(ws, building, connection);
    try {
      const storeys = hydrantStoreys(model);
      const states = ladderStates(model);
      const total = storeys.length * states.length;
      const cells: LadderCell[] = [];
      const summary: SweepResult['states'] = [];
      let done = 0;
      for (const state of states) {
        const rungs: LadderCell[] = [];
        for (const storey of storeys) {
          if (cancelled()) throw new WaterCancelledError();
          rungs.push(...ladder(model, state, [storey]));
          done++;
          if (onProgress && (done % PROGRESS_EVERY === 0 || done === total)) await onProgress(done, total);
        }
        cells.push(...rungs);
        summary.push({
          id: state.id,
          label: state.label,
          highestAdequateStorey: highestPassing(rungs, 'ok'),
          highestEffectiveStorey: highestPassing(rungs, 'effective'),
        });
      }
      return { states: summary, cells };
    } finally {
      model.close();
    }
  },
};
