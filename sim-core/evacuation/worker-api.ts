/**
 * The evacuation engine as a worker API (issue 3 "Interfaces"), on the pattern of
 * sim-core/water/worker-api.ts: a plain object of async functions that comlink exposes from a
 * browser module worker (worker.ts) or a Node worker_threads worker, and that callers can also use
 * in-process. Everything it takes and returns is structured-clonable.
 *
 * `run(building, scenarioId, options, onProgress, cancel)`: applies the scenario (its seed,
 * `duration`, `firefighters`, timed blocks and `fireLifts`, as the CLI does) and runs the agent mode. `onProgress(t, safe,
 * occupants)` is called and awaited about every simulated 10 s — through comlink a message round trip,
 * which also lets the worker's event loop breathe. `cancel` is an Int32Array flag read every step:
 * non-zero in element 0 rejects with EvacuationCancelledError. Over a SharedArrayBuffer the caller
 * flips it from another thread without a message; over a plain ArrayBuffer it works in-process.
 *
 * `onFrames(chunk)` (optional, proxied like onProgress) streams the trajectory frames while the run
 * computes: every `framesPerChunk` recorded frames (default FRAME_CHUNK_FRAMES = 5, at the option
 * `record.interval`, default 1 s, whether or not trajectories are kept in the result) and once more
 * at the end with the rest, one chunk in flight at a time (all delivered before the result) and its buffers transferred (record/frame-chunks.ts:
 * the chunks concatenated are the result's trajectory frames). Streaming only reads the state, so
 * the result is the same with or without it; the cancel flag is still read every step.
 *
 * The trajectory frames and density maps are handed back as transferables (comlink `transfer`), so
 * a long recording moves to the caller without a copy; in-process the marking is a no-op. The result
 * is the same as runEvacuation's for the same seed, bit for bit (the same code, the same order of
 * floating-point operations; tested under worker_threads).
 */
import { transfer } from 'comlink';
import type { Building } from '../../models/schema/building.ts';
import {
  applyScenario,
  scenarioClosures,
  scenarioFireLifts,
  scenarioSmoke,
} from '../../models/scenario/apply-scenario.ts';
import type { EvacuationResult } from './run/result.ts';
import { startEvacuation, type EvacuationOptions } from './run/run-evacuation.ts';
import {
  chunkFrame,
  chunkTransferables,
  createFrameChunker,
  type FrameChunk,
  takeChunk,
} from './record/frame-chunks.ts';

export type EvacuationProgressCallback = (t: number, safe: number, occupants: number) => void | Promise<void>;

/** Receives the trajectory frames recorded since the previous chunk (record/frame-chunks.ts). */
export type EvacuationFramesCallback = (chunk: FrameChunk) => void | Promise<void>;

/** The engine options a worker takes (functions do not cross a worker boundary). */
export type WorkerEvacuationOptions = Omit<EvacuationOptions, 'onProgress'> & {
  /** Recorded frames per streamed chunk (with onFrames); default FRAME_CHUNK_FRAMES. */
  framesPerChunk?: number;
};

export class EvacuationCancelledError extends Error {
  constructor() {
    super('evacuation run cancelled');
    this.name = 'EvacuationCancelledError';
  }
}

/** Simulated seconds between progress calls. */
const PROGRESS_EVERY = 10;

export interface EvacuationWorkerApi {
  run(
    building: Building,
    scenarioId?: string | null,
    options?: WorkerEvacuationOptions,
    onProgress?: EvacuationProgressCallback,
    cancel?: Int32Array,
    onFrames?: EvacuationFramesCallback,
  ): Promise<EvacuationResult>;
}

/** The buffers of a result that can be transferred instead of copied. */
export function resultTransferables(r: EvacuationResult): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  const add = (v: ArrayBufferView): void => {
    if (v.buffer instanceof ArrayBuffer) out.add(v.buffer);
  };
  if (r.trajectories) {
    add(r.trajectories.times);
    for (const f of r.trajectories.frames) add(f);
  }
  for (const m of r.densityMaps ?? []) {
    add(m.area);
    add(m.maxDensity);
    add(m.los);
    add(m.timeEF);
    if (m.series) {
      add(m.series.start);
      add(m.series.cells);
      add(m.series.levels);
    }
  }
  return [...out];
}

export const evacuationWorkerApi: EvacuationWorkerApi = {
  async run(building, scenarioId = null, options = {}, onProgress, cancel, onFrames) {
    let b = building;
    const { framesPerChunk, ...engineOptions } = options;
    let opts: EvacuationOptions = { ...engineOptions };
    if (scenarioId !== null && scenarioId !== undefined) {
      const sc = (building.scenarios ?? []).find((s) => s.id === scenarioId);
      if (!sc) throw new Error(`no scenario "${scenarioId}"`);
      b = applyScenario(building, sc);
      opts = {
        ...(sc.seed !== undefined ? { seed: sc.seed } : {}),
        ...(sc.duration !== undefined ? { maxTime: sc.duration } : {}),
        ...(sc.firefighters ? { firefighters: sc.firefighters } : {}),
        // Timed blocks close during the run (applyScenario leaves them passable).
        ...(scenarioClosures(sc).length > 0 ? { closures: scenarioClosures(sc) } : {}),
        // Scenario `fireLifts`: mobility-impaired occupants ride the fire lifts (options override).
        ...(scenarioFireLifts(sc) ? { useFireLifts: scenarioFireLifts(sc)! } : {}),
        // Scenario smoke slows and doses people (smoke/).
        ...(scenarioSmoke(sc).length > 0 ? { smoke: scenarioSmoke(sc) } : {}),
        ...opts,
      };
    }
    const run = startEvacuation(b, opts);
    const sim = run.sim;
    let nextProgress = PROGRESS_EVERY;
    const chunker = onFrames
      ? createFrameChunker(sim, opts.record?.interval ?? 1, framesPerChunk)
      : undefined;
    // One chunk in flight: the run goes on while the caller takes the previous chunk, and waits
    // for it before handing over the next (back-pressure without stalling on every round trip).
    let inFlight: Promise<void> | null = null;
    const send = async (): Promise<void> => {
      const chunk = takeChunk(sim, chunker!);
      if (inFlight) await inFlight;
      inFlight = null;
      if (!chunk) return;
      const p = Promise.resolve(onFrames!(transfer(chunk, chunkTransferables(chunk))));
      p.catch(() => {}); // a cancel may leave it unawaited; otherwise awaited below
      inFlight = p;
    };
    // The frame at t = 0, as the recorder's first.
    if (chunker && chunkFrame(sim, chunker)) await send();
    while (!run.done()) {
      if (cancel !== undefined && Atomics.load(cancel, 0) !== 0) throw new EvacuationCancelledError();
      run.step();
      if (chunker && chunkFrame(sim, chunker)) await send();
      if (onProgress && sim.t >= nextProgress) {
        await onProgress(sim.t, sim.safe, sim.a.n);
        nextProgress += PROGRESS_EVERY;
      }
    }
    if (chunker) {
      await send();
      await inFlight;
    }
    const r = run.result();
    return transfer(r, resultTransferables(r));
  },
};
