/**
 * Agent positions at any playback time from the recorded trajectory frames (sim-core's trajectory
 * stream: one Float32Array per frame of x, y, storey index, height above that storey's floor per
 * agent; storey −1 = safe). Pure and allocation-free per call, so the render loop can use it every
 * frame for 10 000 agents.
 */
import {
  TRAJECTORY_VALUES_PER_AGENT,
  type TrajectoryStream,
} from '../../../sim-core/evacuation/record/trajectory-recorder.ts';

/** Values per agent in a frame and in interpolateFrames' output: x, y, storey, height. */
export const AGENT_VALUES = TRAJECTORY_VALUES_PER_AGENT;

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
 * Writes x, y, storey, height per agent at time `t` into `out` (AGENT_VALUES × agents). Within a
 * storey everything is blended linearly. Across a storey change the recorder's positions are
 * continuous when the person is on a stair or in a lift (a height other than 0 in either frame):
 * with `floors` (floor elevation per trajectory storey index) they are blended in the building's
 * height and given the nearer frame's storey, so a walker goes smoothly down a flight onto the
 * landing below. Otherwise (reaching safety, or no `floors`) the agent takes the nearer frame's
 * storey and position, so nobody is drawn floating between storeys.
 */
export function interpolateFrames(src: Frames, t: number, out: Float32Array, floors?: Float32Array): void {
  const { index, alpha } = frameAt(src.times, t);
  const V = AGENT_VALUES;
  const a = src.frames[index];
  if (a === undefined) {
    for (let i = 0; i < src.agents; i++) out[i * V + 2] = HIDDEN;
    return;
  }
  const b = src.frames[index + 1] ?? a;
  for (let i = 0, o = 0; i < src.agents; i++, o += V) {
    const sa = a[o + 2]!;
    const sb = b[o + 2]!;
    if (sa === sb) {
      out[o] = a[o]! + (b[o]! - a[o]!) * alpha;
      out[o + 1] = a[o + 1]! + (b[o + 1]! - a[o + 1]!) * alpha;
      out[o + 2] = sa;
      out[o + 3] = a[o + 3]! + (b[o + 3]! - a[o + 3]!) * alpha;
    } else if (floors !== undefined && sa >= 0 && sb >= 0 && (a[o + 3] !== 0 || b[o + 3] !== 0)) {
      const wa = floors[sa]! + a[o + 3]!;
      const wb = floors[sb]! + b[o + 3]!;
      const s = alpha < 0.5 ? sa : sb;
      out[o] = a[o]! + (b[o]! - a[o]!) * alpha;
      out[o + 1] = a[o + 1]! + (b[o + 1]! - a[o + 1]!) * alpha;
      out[o + 2] = s;
      out[o + 3] = wa + (wb - wa) * alpha - floors[s]!;
    } else {
      const f = alpha < 0.5 ? a : b;
      out[o] = f[o]!;
      out[o + 1] = f[o + 1]!;
      out[o + 2] = f[o + 2]!;
      out[o + 3] = f[o + 3]!;
    }
  }
}
