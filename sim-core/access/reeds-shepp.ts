/**
 * Shortest path between two poses for a vehicle with minimum turning radius ρ that may drive forward
 * and in reverse: Reeds & Shepp (1990), "Optimal paths for a car that goes both forwards and
 * backwards", Pacific J. Math. 145(2). The optimal path is one of 48 words of at most five pieces
 * (arcs of radius ρ, left L or right R, and straight S) with at most two cusps (changes of direction),
 * grouped in the families CSC, CCC, CCCC, CCSC and CCSCC. Each family is solved in closed form for a
 * normalised goal (start at the origin heading 0, lengths in units of ρ) by the paper's formulas
 * 8.1–8.11, and the other words of a family follow by symmetry: "timeflip" (x, y, φ) → (−x, y, −φ)
 * drives the same word backwards, "reflect" (x, y, φ) → (x, −y, −φ) swaps L and R, and "backwards"
 * (x cos φ + y sin φ, x sin φ − y cos φ, φ) reverses the order of the pieces. Written from the
 * formulas (the paper, and their presentation in the path-planning literature); no code was copied.
 *
 * The planner shoots one at the goal as its analytic expansion when the vehicle may reverse
 * (hybrid-astar.ts), next to the forward-only Dubins shot (dubins.ts).
 */
import { arcStep } from './motion.ts';

const PI = Math.PI;
const TWO_PI = 2 * PI;
const HALF_PI = PI / 2;

/** Angle wrapped to (−π, π]: the formulas' sign tests (t ≥ 0, u ≤ 0 …) read lengths in that range. */
function wrap(a: number): number {
  let v = a % TWO_PI;
  if (v <= -PI) v += TWO_PI;
  else if (v > PI) v -= TWO_PI;
  return v;
}

/** One piece: 'L' (curvature +1/ρ), 'R' (−1/ρ) or 'S'; signed length in units of ρ (< 0: reverse). */
export type PieceType = 'L' | 'R' | 'S';

export interface ReedsSheppPath {
  types: PieceType[];
  /** Signed length of each piece (m); negative pieces are driven in reverse. */
  lengths: number[];
  /** Signed curvature of each piece (1/m). */
  curvatures: number[];
  /** Total length (m). */
  total: number;
  /** Changes of direction between consecutive non-empty pieces. */
  cusps: number;
}

/** A word in normalised units: piece types and signed lengths. */
interface Word {
  types: PieceType[];
  lengths: number[];
}

const EPS = 1e-10;

function polar(x: number, y: number): [number, number] {
  return [Math.hypot(x, y), Math.atan2(y, x)];
}

/** The (τ, ω) pair of formulas 8.7–8.8. */
function tauOmega(u: number, v: number, xi: number, eta: number, phi: number): [number, number] {
  const delta = wrap(u - v);
  const a = Math.sin(u) - Math.sin(delta);
  const b = Math.cos(u) - Math.cos(delta) - 1;
  const t1 = Math.atan2(eta * a - xi * b, xi * a + eta * b);
  const t2 = 2 * (Math.cos(delta) - Math.cos(v) - Math.cos(u)) + 3;
  const tau = t2 < 0 ? wrap(t1 + PI) : wrap(t1);
  return [tau, wrap(tau - u + v - phi)];
}

// Base words, each for a normalised goal (x, y, φ); undefined when it does not exist there.

/** 8.1: L+ S+ L+. */
function lpSpLp(x: number, y: number, phi: number): number[] | undefined {
  const [u, t] = polar(x - Math.sin(phi), y - 1 + Math.cos(phi));
  if (t < -EPS) return undefined;
  const v = wrap(phi - t);
  return v >= -EPS ? [t, u, v] : undefined;
}

/** 8.2: L+ S+ R+. */
function lpSpRp(x: number, y: number, phi: number): number[] | undefined {
  const [u1, t1] = polar(x + Math.sin(phi), y - 1 - Math.cos(phi));
  const u2 = u1 * u1;
  if (u2 < 4) return undefined;
  const u = Math.sqrt(u2 - 4);
  const t = wrap(t1 + Math.atan2(2, u));
  const v = wrap(t - phi);
  return t >= -EPS && v >= -EPS ? [t, u, v] : undefined;
}

/** 8.3: L+ R− L (the third piece of either sign). */
function lpRmL(x: number, y: number, phi: number): number[] | undefined {
  const [u1, theta] = polar(x - Math.sin(phi), y - 1 + Math.cos(phi));
  if (u1 > 4) return undefined;
  const u = -2 * Math.asin(u1 / 4);
  const t = wrap(theta + u / 2 + PI);
  const v = wrap(phi - t + u);
  return t >= -EPS && u <= EPS ? [t, u, v] : undefined;
}

/** 8.7: L+ R+ L− R− (middle pieces of equal length). */
function lpRupLumRm(x: number, y: number, phi: number): number[] | undefined {
  const xi = x + Math.sin(phi);
  const eta = y - 1 - Math.cos(phi);
  const rho = (2 + Math.hypot(xi, eta)) / 4;
  if (rho > 1) return undefined;
  const u = Math.acos(rho);
  const [t, v] = tauOmega(u, -u, xi, eta, phi);
  return t >= -EPS && v <= EPS ? [t, u, -u, v] : undefined;
}

/** 8.8: L+ R− L− R+ (middle pieces of equal length). */
function lpRumLumRp(x: number, y: number, phi: number): number[] | undefined {
  const xi = x + Math.sin(phi);
  const eta = y - 1 - Math.cos(phi);
  const rho = (20 - xi * xi - eta * eta) / 16;
  if (rho < 0 || rho > 1) return undefined;
  const u = -Math.acos(rho);
  if (u < -HALF_PI) return undefined;
  const [t, v] = tauOmega(u, u, xi, eta, phi);
  return t >= -EPS && v >= -EPS ? [t, u, u, v] : undefined;
}

/** 8.9: L+ R−(π/2) S− L−. */
function lpRmSmLm(x: number, y: number, phi: number): number[] | undefined {
  const [rho, theta] = polar(x - Math.sin(phi), y - 1 + Math.cos(phi));
  if (rho < 2) return undefined;
  const r = Math.sqrt(rho * rho - 4);
  const u = 2 - r;
  const t = wrap(theta + Math.atan2(r, -2));
  const v = wrap(phi - HALF_PI - t);
  return t >= -EPS && u <= EPS && v <= EPS ? [t, -HALF_PI, u, v] : undefined;
}

/** 8.10: L+ R−(π/2) S− R−. */
function lpRmSmRm(x: number, y: number, phi: number): number[] | undefined {
  const xi = x + Math.sin(phi);
  const eta = y - 1 - Math.cos(phi);
  const [rho, theta] = polar(-eta, xi);
  if (rho < 2) return undefined;
  const t = theta;
  const u = 2 - rho;
  const v = wrap(t + HALF_PI - phi);
  return t >= -EPS && u <= EPS && v <= EPS ? [t, -HALF_PI, u, v] : undefined;
}

/** 8.11: L+ R−(π/2) S− L−(π/2) R+. */
function lpRmSLmRp(x: number, y: number, phi: number): number[] | undefined {
  const xi = x + Math.sin(phi);
  const eta = y - 1 - Math.cos(phi);
  const [rho] = polar(xi, eta);
  if (rho < 2) return undefined;
  const u = 4 - Math.sqrt(rho * rho - 4);
  if (u > EPS) return undefined;
  const t = wrap(Math.atan2((4 - u) * xi - 2 * eta, -2 * xi + (u - 4) * eta));
  const v = wrap(t - phi);
  return t >= -EPS && v >= -EPS ? [t, -HALF_PI, u, -HALF_PI, v] : undefined;
}

type Base = (x: number, y: number, phi: number) => number[] | undefined;

const swap = (types: readonly PieceType[]): PieceType[] =>
  types.map((c) => (c === 'L' ? 'R' : c === 'R' ? 'L' : 'S'));

/**
 * The four symmetric words of a base word: as is, timeflipped, reflected, both; `backwards` solves
 * the base word for the goal seen from the end, its pieces in reverse order.
 */
function family(
  out: Word[],
  base: Base,
  types: readonly PieceType[],
  x: number,
  y: number,
  phi: number,
  backwards: boolean,
): void {
  let gx = x;
  let gy = y;
  if (backwards) {
    gx = x * Math.cos(phi) + y * Math.sin(phi);
    gy = x * Math.sin(phi) - y * Math.cos(phi);
  }
  const variants: [number, number, number, boolean, boolean][] = [
    [gx, gy, phi, false, false],
    [-gx, gy, -phi, true, false],
    [gx, -gy, -phi, false, true],
    [-gx, -gy, phi, true, true],
  ];
  for (const [vx, vy, vphi, flip, reflect] of variants) {
    const l = base(vx, vy, vphi);
    if (!l) continue;
    let lengths = flip ? l.map((a) => -a) : l;
    let ts = reflect ? swap(types) : [...types];
    if (backwards) {
      lengths = [...lengths].reverse();
      ts = ts.reverse();
    }
    out.push({ types: ts, lengths });
  }
}

/** Every Reeds–Shepp word that exists for the normalised goal (x, y, φ) (units of ρ). */
function words(x: number, y: number, phi: number): Word[] {
  const out: Word[] = [];
  // CSC (8.1, 8.2)
  family(out, lpSpLp, ['L', 'S', 'L'], x, y, phi, false);
  family(out, lpSpRp, ['L', 'S', 'R'], x, y, phi, false);
  // CCC (8.3, 8.4): C|C|C, C|CC, and CC|C by the backwards symmetry.
  family(out, lpRmL, ['L', 'R', 'L'], x, y, phi, false);
  family(out, lpRmL, ['L', 'R', 'L'], x, y, phi, true);
  // CCCC (8.7, 8.8)
  family(out, lpRupLumRm, ['L', 'R', 'L', 'R'], x, y, phi, false);
  family(out, lpRumLumRp, ['L', 'R', 'L', 'R'], x, y, phi, false);
  // CCSC (8.9, 8.10) and CSCC (backwards)
  family(out, lpRmSmLm, ['L', 'R', 'S', 'L'], x, y, phi, false);
  family(out, lpRmSmRm, ['L', 'R', 'S', 'R'], x, y, phi, false);
  family(out, lpRmSmLm, ['L', 'R', 'S', 'L'], x, y, phi, true);
  family(out, lpRmSmRm, ['L', 'R', 'S', 'R'], x, y, phi, true);
  // CCSCC (8.11)
  family(out, lpRmSLmRp, ['L', 'R', 'S', 'L', 'R'], x, y, phi, false);
  return out;
}

function toPath(w: Word, rho: number): ReedsSheppPath {
  const lengths = w.lengths.map((l) => l * rho);
  const curvatures = w.types.map((c) => (c === 'L' ? 1 / rho : c === 'R' ? -1 / rho : 0));
  let total = 0;
  let cusps = 0;
  let last = 0;
  for (const l of lengths) {
    total += Math.abs(l);
    if (Math.abs(l) < EPS * rho) continue;
    const d = Math.sign(l);
    if (last !== 0 && d !== last) cusps++;
    last = d;
  }
  return { types: [...w.types], lengths, curvatures, total, cusps };
}

/** The goal (x1, y1, θ1) in the start's frame, in units of ρ. */
function normalise(
  x0: number,
  y0: number,
  th0: number,
  x1: number,
  y1: number,
  th1: number,
  rho: number,
): [number, number, number] {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const c = Math.cos(th0);
  const s = Math.sin(th0);
  return [(c * dx + s * dy) / rho, (-s * dx + c * dy) / rho, wrap(th1 - th0)];
}

/** Every Reeds–Shepp path (all words that exist) from (x0, y0, θ0) to (x1, y1, θ1), radius ρ. */
export function reedsSheppPaths(
  x0: number,
  y0: number,
  th0: number,
  x1: number,
  y1: number,
  th1: number,
  rho: number,
): ReedsSheppPath[] {
  const [x, y, phi] = normalise(x0, y0, th0, x1, y1, th1, rho);
  return words(x, y, phi).map((w) => toPath(w, rho));
}

/** Shortest Reeds–Shepp path, or undefined if none (the families always hold one for ρ > 0). */
export function reedsSheppPath(
  x0: number,
  y0: number,
  th0: number,
  x1: number,
  y1: number,
  th1: number,
  rho: number,
): ReedsSheppPath | undefined {
  if (!(rho > 0)) return undefined;
  const [x, y, phi] = normalise(x0, y0, th0, x1, y1, th1, rho);
  let best: Word | undefined;
  let bestLen = Infinity;
  for (const w of words(x, y, phi)) {
    let len = 0;
    for (const l of w.lengths) len += Math.abs(l);
    if (len < bestLen - 1e-12) {
      bestLen = len;
      best = w;
    }
  }
  return best ? toPath(best, rho) : undefined;
}

/**
 * Poses along the path every ≤ `spacing` m (excluding the start), written as x y θ dir quadruples
 * (dir +1 forward, −1 reverse) to `out`; `visit` may stop the walk (returns false) at a pose.
 */
export function sampleReedsShepp(
  x: number,
  y: number,
  th: number,
  path: ReedsSheppPath,
  spacing: number,
  visit: (x: number, y: number, th: number, dir: number) => boolean,
): boolean {
  const p = new Float64Array(3);
  let cx = x;
  let cy = y;
  let ct = th;
  for (let i = 0; i < path.lengths.length; i++) {
    const len = path.lengths[i]!;
    if (len === 0) continue;
    const k = path.curvatures[i]!;
    const dir = len < 0 ? -1 : 1;
    const n = Math.max(1, Math.ceil(Math.abs(len) / spacing));
    for (let j = 1; j <= n; j++) {
      arcStep(cx, cy, ct, k, (len * j) / n, p);
      if (!visit(p[0]!, p[1]!, p[2]!, dir)) return false;
    }
    arcStep(cx, cy, ct, k, len, p);
    cx = p[0]!;
    cy = p[1]!;
    ct = p[2]!;
  }
  return true;
}
