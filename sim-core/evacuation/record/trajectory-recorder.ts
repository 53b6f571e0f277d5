/**
 * The trajectory stream for replay (issue 3 "Outputs": positions at a chosen rate, as transferable
 * typed arrays). Every `interval` seconds (rounded to whole steps; the first frame is t = 0, before
 * the first step) one Float32Array of 4 × agents values: x (m), y (m), storey index, height (m)
 * above that storey's floor per agent, in agent order — index i is result.agents[i] in every frame,
 * so ids are stable. Storey −1: safe (outside or in a refuge). On a floor the height is 0; people
 * on a stair, queued at a landing or in a lift car (1-D in the engine) are placed on the drawn
 * dog-leg flight, the landing or the lift shaft by off-floor-places.ts, with the landing's (or
 * boarding) storey and their height above it (negative on the way down). One allocation per frame,
 * never per step.
 */
import { FF_CLIMBING } from '../firefighters/firefighter-groups.ts';
import { SAFE } from '../population/agent-arrays.ts';
import type { Sim } from '../run/sim-state.ts';
import { writeOffFloorPlaces } from './off-floor-places.ts';

/** x, y, storey index, height above that storey's floor. */
export const TRAJECTORY_VALUES_PER_AGENT = 4;

export interface TrajectoryStream {
  /** Seconds between frames (a whole number of steps). */
  interval: number;
  agents: number;
  /** Storey ids by index (the third value of each agent). */
  storeys: string[];
  /** Frame times (s). */
  times: Float64Array;
  /** One buffer per frame: [x0, y0, storey0, height0, x1, y1, storey1, height1, …]. */
  frames: Float32Array[];
  /**
   * Scenario firefighters (absent when there are none), one buffer per frame, FIREFIGHTER_VALUES
   * per firefighter: group, state (FF_* of firefighter-groups.ts), storey index of the landing left,
   * storey index of the landing headed for (both −1 while not yet on the stair), fraction of that
   * flight done (0–1). They have no floor position in the engine (the level walk is a time).
   */
  firefighters?: { count: number; frames: Float32Array[] };
}

export const FIREFIGHTER_VALUES = 5;

export interface TrajectoryRecorder {
  everySteps: number;
  times: number[];
  frames: Float32Array[];
  ffFrames: Float32Array[];
}

/** Steps between frames for a recording interval (s): a whole number of steps, at least one. */
export function recordEverySteps(sim: Sim, interval: number): number {
  if (!(interval > 0)) throw new Error(`record interval must be > 0 s, not ${interval}`);
  return Math.max(1, Math.round(interval / sim.opts.dt));
}

export function createTrajectoryRecorder(sim: Sim, interval: number): TrajectoryRecorder {
  return { everySteps: recordEverySteps(sim, interval), times: [], frames: [], ffFrames: [] };
}

/**
 * Writes the agents' frame values (x, y, storey or −1 when safe, height above the storey's floor,
 * per agent) into `out` from `offset`: the one definition of a frame, shared by the recorder, the
 * streamed chunks (frame-chunks.ts) and so the trajectory file.
 */
export function writeAgentFrame(sim: Sim, out: Float32Array, offset: number): void {
  const a = sim.a;
  for (let i = 0, o = offset; i < a.n; i++, o += TRAJECTORY_VALUES_PER_AGENT) {
    out[o] = a.x[i]!;
    out[o + 1] = a.y[i]!;
    out[o + 2] = a.state[i] === SAFE ? -1 : a.storey[i]!;
    out[o + 3] = 0;
  }
  writeOffFloorPlaces(sim, out, offset, TRAJECTORY_VALUES_PER_AGENT);
}

/** Writes the firefighters' frame values (FIREFIGHTER_VALUES each) into `out` from `offset`. */
export function writeFirefighterFrame(sim: Sim, out: Float32Array, offset: number): void {
  const ff = sim.ff;
  if (!ff) return;
  out.fill(-1, offset, offset + ff.n * FIREFIGHTER_VALUES);
  for (let k = 0, o = offset; k < ff.n; k++, o += FIREFIGHTER_VALUES) {
    const grp = ff.groups[ff.group[k]!]!;
    const j = ff.landing[k]!;
    out[o] = ff.group[k]!;
    out[o + 1] = ff.state[k]!;
    out[o + 4] = 0;
    if (j < 0 || grp.stair < 0) continue;
    const st = sim.stairs[grp.stair]!;
    // Arrived: standing at landing j (pos then holds the overshoot of the last step).
    const next = ff.state[k] === FF_CLIMBING ? Math.min(Math.max(j + grp.dir, 0), st.landings.length - 1) : j;
    const len = st.length[Math.min(j, next)] ?? 0;
    out[o + 2] = st.landings[j]!.storey;
    out[o + 3] = st.landings[next]!.storey;
    out[o + 4] = next !== j && len > 0 ? Math.min(1, ff.pos[k]! / len) : 0;
  }
}

/** Records a frame if this step is on the recording rate. */
export function recordTrajectoryFrame(sim: Sim, rec: TrajectoryRecorder): void {
  if (sim.step % rec.everySteps !== 0) return;
  const f = new Float32Array(sim.a.n * TRAJECTORY_VALUES_PER_AGENT);
  writeAgentFrame(sim, f, 0);
  rec.times.push(sim.t);
  rec.frames.push(f);
  const ff = sim.ff;
  if (!ff) return;
  const g = new Float32Array(ff.n * FIREFIGHTER_VALUES);
  writeFirefighterFrame(sim, g, 0);
  rec.ffFrames.push(g);
}

export function finishTrajectories(sim: Sim, rec: TrajectoryRecorder): TrajectoryStream {
  return {
    interval: rec.everySteps * sim.opts.dt,
    agents: sim.a.n,
    storeys: sim.layout.storeys.map((s) => s.id),
    times: Float64Array.from(rec.times),
    frames: rec.frames,
    ...(sim.ff ? { firefighters: { count: sim.ff.n, frames: rec.ffFrames } } : {}),
  };
}
