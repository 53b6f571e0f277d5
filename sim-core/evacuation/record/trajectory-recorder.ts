/**
 * The trajectory stream for replay (issue 3 "Outputs": positions at a chosen rate, as transferable
 * typed arrays). Every `interval` seconds (rounded to whole steps; the first frame is t = 0, before
 * the first step) one Float32Array of 3 × agents values: x (m), y (m), storey index per agent, in
 * agent order — index i is result.agents[i] in every frame, so ids are stable. Storey −1: safe
 * (outside or in a refuge). People on a stair or in a lift carry the floor position and storey the
 * engine last held for them (stairs and lift cars are 1-D; the renderer draws them from the
 * per-agent records). One allocation per frame, never per step.
 */
import { FF_CLIMBING } from '../firefighters/firefighter-groups.ts';
import { SAFE } from '../population/agent-arrays.ts';
import type { Sim } from '../run/sim-state.ts';

export const TRAJECTORY_VALUES_PER_AGENT = 3;

export interface TrajectoryStream {
  /** Seconds between frames (a whole number of steps). */
  interval: number;
  agents: number;
  /** Storey ids by index (the third value of each agent). */
  storeys: string[];
  /** Frame times (s). */
  times: Float64Array;
  /** One buffer per frame: [x0, y0, storey0, x1, y1, storey1, …]. */
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

export function createTrajectoryRecorder(sim: Sim, interval: number): TrajectoryRecorder {
  if (!(interval > 0)) throw new Error(`record interval must be > 0 s, not ${interval}`);
  return { everySteps: Math.max(1, Math.round(interval / sim.opts.dt)), times: [], frames: [], ffFrames: [] };
}

/** Records a frame if this step is on the recording rate. */
export function recordTrajectoryFrame(sim: Sim, rec: TrajectoryRecorder): void {
  if (sim.step % rec.everySteps !== 0) return;
  const a = sim.a;
  const f = new Float32Array(a.n * TRAJECTORY_VALUES_PER_AGENT);
  for (let i = 0, o = 0; i < a.n; i++, o += 3) {
    f[o] = a.x[i]!;
    f[o + 1] = a.y[i]!;
    f[o + 2] = a.state[i] === SAFE ? -1 : a.storey[i]!;
  }
  rec.times.push(sim.t);
  rec.frames.push(f);
  const ff = sim.ff;
  if (!ff) return;
  const g = new Float32Array(ff.n * FIREFIGHTER_VALUES).fill(-1);
  for (let k = 0, o = 0; k < ff.n; k++, o += FIREFIGHTER_VALUES) {
    const grp = ff.groups[ff.group[k]!]!;
    const j = ff.landing[k]!;
    g[o] = ff.group[k]!;
    g[o + 1] = ff.state[k]!;
    g[o + 4] = 0;
    if (j < 0 || grp.stair < 0) continue;
    const st = sim.stairs[grp.stair]!;
    // Arrived: standing at landing j (pos then holds the overshoot of the last step).
    const next = ff.state[k] === FF_CLIMBING ? Math.min(Math.max(j + grp.dir, 0), st.landings.length - 1) : j;
    const len = st.length[Math.min(j, next)] ?? 0;
    g[o + 2] = st.landings[j]!.storey;
    g[o + 3] = st.landings[next]!.storey;
    g[o + 4] = next !== j && len > 0 ? Math.min(1, ff.pos[k]! / len) : 0;
  }
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
