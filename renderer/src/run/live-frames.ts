/**
 * The trajectory frames of a run still computing, appended chunk by chunk as the worker streams
 * them (sim-core/evacuation/record/frame-chunks.ts), for the live view (playback/LiveAgentsLayer).
 * Frames go into one typed array that doubles when full, with one `set` per chunk: no object per
 * frame on the main thread. Frame i is `frames.subarray(i * V * agents, (i + 1) * V * agents)` with
 * V = TRAJECTORY_VALUES_PER_AGENT (x, y, storey, height), the layout of the final TrajectoryStream's frames.
 *
 * `liveRun` is the one live run of the window (a run at a time, use-evacuation-run.ts): the hook
 * sets it when a run starts and clears it when the run ends in any way — a result (playback takes
 * over), a cancel, a failure or a dead worker — so no half-computed crowd stays drawn.
 */
import type { FrameChunk } from '../../../sim-core/evacuation/record/frame-chunks.ts';
import { TRAJECTORY_VALUES_PER_AGENT } from '../../../sim-core/evacuation/record/trajectory-recorder.ts';

export class LiveFrames {
  agents = 0;
  storeys: readonly string[] = [];
  /** Frames held. */
  count = 0;
  times = new Float64Array(16);
  frames = new Float32Array(0);

  /** Appends a chunk; a chunk out of order (not starting at `count`) is refused. */
  append(chunk: FrameChunk): void {
    if (chunk.first !== this.count)
      throw new Error(`chunk starts at frame ${chunk.first}, not ${this.count}`);
    const k = chunk.times.length;
    if (this.count === 0) {
      this.agents = chunk.agents;
      this.storeys = chunk.storeys;
      this.frames = new Float32Array(Math.max(16, k * 2) * chunk.agents * TRAJECTORY_VALUES_PER_AGENT);
    } else if (chunk.agents !== this.agents) throw new Error('chunk of another run');
    const need = this.count + k;
    if (need > this.times.length) {
      const times = new Float64Array(Math.max(need, this.times.length * 2));
      times.set(this.times.subarray(0, this.count));
      this.times = times;
    }
    const values = this.agents * TRAJECTORY_VALUES_PER_AGENT;
    if (need * values > this.frames.length) {
      const frames = new Float32Array(Math.max(need, (this.frames.length / values) * 2) * values);
      frames.set(this.frames.subarray(0, this.count * values));
      this.frames = frames;
    }
    this.times.set(chunk.times, this.count);
    this.frames.set(chunk.frames, this.count * values);
    this.count = need;
  }

  /** The latest frame (x, y, storey, height per agent), or null before the first chunk. */
  latest(): Float32Array | null {
    if (this.count === 0) return null;
    const values = this.agents * TRAJECTORY_VALUES_PER_AGENT;
    return this.frames.subarray((this.count - 1) * values, this.count * values);
  }

  /** Simulated time of the latest frame (s); 0 before the first chunk. */
  latestTime(): number {
    return this.count === 0 ? 0 : this.times[this.count - 1]!;
  }
}

type Listener = () => void;

/** The live run of the window: its frames (null when no run is computing) and change listeners. */
export interface LiveRunStore {
  readonly frames: LiveFrames | null;
  /** Bumped on every change (start, chunk, end). */
  readonly version: number;
  start(): LiveFrames;
  /** Appends a chunk if `frames` is still the live run's (a stale run's chunk is dropped). */
  append(frames: LiveFrames, chunk: FrameChunk): void;
  /** Ends the live view of `frames` (or of any run when omitted). */
  clear(frames?: LiveFrames): void;
  subscribe(listener: Listener): () => void;
}

export function createLiveRunStore(): LiveRunStore {
  let frames: LiveFrames | null = null;
  let version = 0;
  const listeners = new Set<Listener>();
  const changed = () => {
    version++;
    for (const l of listeners) l();
  };
  return {
    get frames() {
      return frames;
    },
    get version() {
      return version;
    },
    start() {
      frames = new LiveFrames();
      changed();
      return frames;
    },
    append(f, chunk) {
      if (f !== frames) return;
      f.append(chunk);
      changed();
    },
    clear(f) {
      if (frames === null || (f !== undefined && f !== frames)) return;
      frames = null;
      changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The window's live run (one run at a time). */
export const liveRun: LiveRunStore = createLiveRunStore();
