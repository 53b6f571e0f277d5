/**
 * Pose interpolation for the access overlay's animated drive: a vehicle's planned path (report
 * points `[x, y, heading°]`) as a track parameterised by distance driven, and the pose at any
 * distance along it. Whether the vehicle is reversing on a segment is read from the geometry: the
 * report drops the planner's gear flag, and a step against the body heading is a reverse step.
 * Pure and allocation-free per call (the animation asks for a pose every frame).
 */

export interface DriveTrack {
  xs: Float64Array;
  ys: Float64Array;
  /** Heading (rad) at each path point. */
  th: Float64Array;
  /** Distance driven (m) up to each point. */
  at: Float64Array;
  /** 1 when the step from point i to i + 1 is driven in reverse, else 0. */
  reverse: Uint8Array;
  length: number;
}

export function driveTrack(path: readonly (readonly number[])[]): DriveTrack {
  const n = path.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const th = new Float64Array(n);
  const at = new Float64Array(n);
  const reverse = new Uint8Array(Math.max(n - 1, 0));
  for (let i = 0; i < n; i++) {
    const p = path[i]!;
    xs[i] = p[0]!;
    ys[i] = p[1]!;
    th[i] = ((p[2] ?? 0) * Math.PI) / 180;
    if (i > 0) {
      const dx = xs[i]! - xs[i - 1]!;
      const dy = ys[i]! - ys[i - 1]!;
      at[i] = at[i - 1]! + Math.hypot(dx, dy);
      // Mean heading of the step's ends: a turn of less than 90° keeps the sign of the dot product.
      const c = Math.cos(th[i - 1]!) + Math.cos(th[i]!);
      const s = Math.sin(th[i - 1]!) + Math.sin(th[i]!);
      reverse[i - 1] = dx * c + dy * s < 0 ? 1 : 0;
    }
  }
  return { xs, ys, th, at, reverse, length: n > 0 ? at[n - 1]! : 0 };
}

/** Signed smallest angle (rad) from a to b, in (−π, π]. */
function angleBetween(a: number, b: number): number {
  let d = (b - a) % (2 * Math.PI);
  if (d > Math.PI) d -= 2 * Math.PI;
  if (d <= -Math.PI) d += 2 * Math.PI;
  return d;
}

/**
 * The pose at distance `s` (m) along the track, clamped to its ends, written to `out` as
 * [x, y, θ rad, reversing 0/1]. Position is linear along the step; heading turns by the smaller
 * angle between the step's end headings, so it never jumps.
 */
export function poseAt(track: DriveTrack, s: number, out: Float64Array): Float64Array {
  const n = track.xs.length;
  if (n === 0) {
    out.fill(0);
    return out;
  }
  if (n === 1 || s <= 0) {
    out[0] = track.xs[0]!;
    out[1] = track.ys[0]!;
    out[2] = track.th[0]!;
    out[3] = n > 1 ? track.reverse[0]! : 0;
    return out;
  }
  if (s >= track.length) {
    out[0] = track.xs[n - 1]!;
    out[1] = track.ys[n - 1]!;
    out[2] = track.th[n - 1]!;
    out[3] = track.reverse[n - 2]!;
    return out;
  }
  // Binary search for the step holding s: at[i] <= s < at[i + 1].
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (track.at[mid]! <= s) lo = mid;
    else hi = mid;
  }
  const len = track.at[hi]! - track.at[lo]!;
  const f = len > 0 ? (s - track.at[lo]!) / len : 1;
  out[0] = track.xs[lo]! + f * (track.xs[hi]! - track.xs[lo]!);
  out[1] = track.ys[lo]! + f * (track.ys[hi]! - track.ys[lo]!);
  out[2] = track.th[lo]! + f * angleBetween(track.th[lo]!, track.th[hi]!);
  out[3] = track.reverse[lo]!;
  return out;
}

/** How long (s) a drive plays: about 8–12 s whatever its length, so long routes are not tedious. */
export function driveDuration(length: number): number {
  return Math.min(12, Math.max(8, 8 + length / 50));
}
