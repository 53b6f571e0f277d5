/**
 * Agent positions at any playback time from the recorded trajectory frames (sim-core's trajectory
 * stream: one Float32Array per frame of x, y, storey index per agent; storey −1 = safe). Pure and
 * allocation-free per call, so the render loop can use it every frame for 10 000 agents.
 */
import type { TrajectoryStream } from '../../../sim-core/evacuation/record/trajectory-recorder.ts';

/** What playback needs of a trajectory stream (times and frames). */
export type Frames = Pick<TrajectoryStream, 'agents' | 'times' | 'frames'>;

/** Storey value of an agent not drawn (safe, or before the first / after the last frame). */
export const HIDDEN = -1;

/**
 * The frame before `t` and the fraction of the way to the next one. Frames are evenly spaced in
 * the recorder, but found by binary search so an irregular last frame (the run's end) is handled.
 */
export function frameAt(times: Float64Array, t: number): { index: number; alpha: number } {
  const n = times.length;
  if (n === 0) return { index: 0, alpha: 0 };
  if (!(t > times[0]!)) return { index: 0, alpha: 0 };
  if (t >= times[n - 1]!) return { index: n - 1, alpha: 0 };
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (times[mid]! <= t) lo = mid;
    else hi = mid;
  }
  const t0 = times[lo]!;
  const span = times[lo + 1]! - t0;
  return { index: lo, alpha: span > 0 ? (t - t0) / span : 0 };
}

/**
 * Writes x, y, storey per agent at time `t` into `out` (3 × agents). Within a storey positions are
 * blended linearly; across a storey change (a stair or lift move, or reaching safety) the agent
 * takes the nearer frame's storey and position, so nobody is drawn floating between storeys.
 */
export function interpolateFrames(src: Frames, t: number, out: Float32Array): void {
  const { index, alpha } = frameAt(src.times, t);
  const a = src.frames[index];
  if (a === undefined) {
    for (let i = 0; i < src.agents; i++) out[i * 3 + 2] = HIDDEN;
    return;
  }
  const b = src.frames[index + 1] ?? a;
  for (let i = 0, o = 0; i < src.agents; i++, o += 3) {
    const sa = a[o + 2]!;
    const sb = b[o + 2]!;
    if (sa === sb) {
      out[o] = a[o]! + (b[o]! - a[o]!) * alpha;
      out[o + 1] = a[o + 1]! + (b[o + 1]! - a[o + 1]!) * alpha;
      out[o + 2] = sa;
    } else {
      const f = alpha < 0.5 ? a : b;
      out[o] = f[o]!;
      out[o + 1] = f[o + 1]!;
      out[o + 2] = f[o + 2]!;
    }
  }
}
