/**
 * Trajectory frames streamed during a run (issue 3 "Interfaces": frame streaming), for a live view
 * while the run computes. A chunk holds the frames recorded since the previous chunk, at the same
 * instants and with the same values as the final TrajectoryStream (trajectory-recorder.ts writes
 * both), packed one frame after the other in one buffer: frame `first + f` of the stream is
 * `frames.subarray(f * 4 * agents, (f + 1) * 4 * agents)` (TRAJECTORY_VALUES_PER_AGENT = 4), so a receiver appends chunks with one
 * `set` each. The chunk's buffers are its own (the recorder keeps its frames), so they can be
 * transferred without detaching anything the run still needs.
 *
 * A chunk is full at `framesPerChunk` frames; the last one, at the end of the run, may be shorter.
 * So a run of F recorded frames gives ceil(F / framesPerChunk) chunks, chunk c starting at frame
 * c × framesPerChunk. One buffer allocation per chunk, never per step.
 */
import type { Sim } from '../run/sim-state.ts';
import {
  FIREFIGHTER_VALUES,
  recordEverySteps,
  TRAJECTORY_VALUES_PER_AGENT,
  writeAgentFrame,
  writeFirefighterFrame,
} from './trajectory-recorder.ts';

/**
 * Default recorded frames per chunk. At the app's 1 s recording interval that is a chunk every 5
 * simulated seconds: the 33-storey sample (about 3 000 people, a few minutes simulated in a few
 * wall seconds) then sends some 10–30 chunks a second of ~240 kB each (4 values × 4 bytes a person) — enough for a live view
 * that moves several times a second, few enough messages (each awaited, a round trip) that the
 * worker does not slow down noticeably, and small enough that a cancel is never far behind.
 */
export const FRAME_CHUNK_FRAMES = 5;

export interface FrameChunk {
  /** Index in the run's trajectory stream of this chunk's first frame. */
  first: number;
  /** Agents per frame (as TrajectoryStream.agents). */
  agents: number;
  /** Seconds between frames (as TrajectoryStream.interval). */
  interval: number;
  /** Storey ids by storey index (as TrajectoryStream.storeys). */
  storeys: string[];
  /** Frame times (s), one per frame of the chunk. */
  times: Float64Array;
  /** times.length frames of 4 × agents values each: x, y, storey index (−1 safe), height per agent. */
  frames: Float32Array;
  /** Scenario firefighters: times.length frames of FIREFIGHTER_VALUES × count values each. */
  firefighters?: { count: number; frames: Float32Array };
}

export interface FrameChunker {
  everySteps: number;
  framesPerChunk: number;
  /** Frames handed out in earlier chunks. */
  first: number;
  /** Frames in the chunk being filled. */
  count: number;
  times: Float64Array;
  frames: Float32Array;
  ff: Float32Array | null;
  storeys: string[];
}

export function createFrameChunker(
  sim: Sim,
  interval: number,
  framesPerChunk: number = FRAME_CHUNK_FRAMES,
): FrameChunker {
  if (!(Number.isInteger(framesPerChunk) && framesPerChunk >= 1))
    throw new Error(`frames per chunk must be a whole number ≥ 1, not ${framesPerChunk}`);
  const c: FrameChunker = {
    everySteps: recordEverySteps(sim, interval),
    framesPerChunk,
    first: 0,
    count: 0,
    times: new Float64Array(0),
    frames: new Float32Array(0),
    ff: null,
    storeys: sim.layout.storeys.map((s) => s.id),
  };
  allocate(sim, c);
  return c;
}

function allocate(sim: Sim, c: FrameChunker): void {
  c.times = new Float64Array(c.framesPerChunk);
  c.frames = new Float32Array(c.framesPerChunk * sim.a.n * TRAJECTORY_VALUES_PER_AGENT);
  c.ff = sim.ff ? new Float32Array(c.framesPerChunk * sim.ff.n * FIREFIGHTER_VALUES) : null;
}

/** Records a frame if this step is on the recording rate; true when the chunk is then full. */
export function chunkFrame(sim: Sim, c: FrameChunker): boolean {
  if (sim.step % c.everySteps !== 0) return false;
  const f = c.count;
  c.times[f] = sim.t;
  writeAgentFrame(sim, c.frames, f * sim.a.n * TRAJECTORY_VALUES_PER_AGENT);
  if (c.ff && sim.ff) writeFirefighterFrame(sim, c.ff, f * sim.ff.n * FIREFIGHTER_VALUES);
  c.count = f + 1;
  return c.count === c.framesPerChunk;
}

/**
 * The frames recorded since the last chunk (null when there are none), as buffers of their own;
 * the chunker starts a fresh chunk. A full chunk hands over its buffers whole, a short one (the
 * run's end) copies its part.
 */
export function takeChunk(sim: Sim, c: FrameChunker): FrameChunk | null {
  const k = c.count;
  if (k === 0) return null;
  const full = k === c.framesPerChunk;
  const agentValues = k * sim.a.n * TRAJECTORY_VALUES_PER_AGENT;
  const chunk: FrameChunk = {
    first: c.first,
    agents: sim.a.n,
    interval: c.everySteps * sim.opts.dt,
    storeys: c.storeys,
    times: full ? c.times : c.times.slice(0, k),
    frames: full ? c.frames : c.frames.slice(0, agentValues),
  };
  if (c.ff && sim.ff) {
    const ffValues = k * sim.ff.n * FIREFIGHTER_VALUES;
    chunk.firefighters = { count: sim.ff.n, frames: full ? c.ff : c.ff.slice(0, ffValues) };
  }
  c.first += k;
  c.count = 0;
  if (full) allocate(sim, c);
  return chunk;
}

/** The buffers of a chunk, to transfer rather than copy. */
export function chunkTransferables(chunk: FrameChunk): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const v of [chunk.times, chunk.frames, chunk.firefighters?.frames]) {
    if (v !== undefined && v.buffer instanceof ArrayBuffer && !out.includes(v.buffer)) out.push(v.buffer);
  }
  return out;
}
