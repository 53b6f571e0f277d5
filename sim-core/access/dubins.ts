/**
 * Shortest forward path between two poses for a vehicle with minimum turning radius ρ: Dubins (1957),
 * "On curves of minimal length…", Amer. J. Math. 79: one of six words LSL, RSR, LSR, RSL, RLR, LRL.
 * Closed forms as in Shkel & Lumelsky (2001) and A. Walker's dubins.c. The planner shoots one at the
 * goal as its analytic expansion.
 */
const TWO_PI = 2 * Math.PI;
const mod2pi = (a: number): number => a - TWO_PI * Math.floor(a / TWO_PI);

/** A Dubins path: three segments of signed curvature (+κ left, 0 straight, −κ right) and length (m). */
export interface DubinsPath {
  curvature: [number, number, number];
  length: [number, number, number];
  total: number;
}

type Word = (a: number, b: number, d: number) => [number, number, number] | undefined;

const sa = Math.sin;
const ca = Math.cos;

const WORDS: readonly [Word, [number, number, number]][] = [
  [
    (a, b, d) => {
      const p2 = 2 + d * d - 2 * ca(a - b) + 2 * d * (sa(a) - sa(b));
      if (p2 < 0) return undefined;
      const t1 = Math.atan2(ca(b) - ca(a), d + sa(a) - sa(b));
      return [mod2pi(-a + t1), Math.sqrt(p2), mod2pi(b - t1)];
    },
    [1, 0, 1],
  ],
  [
    (a, b, d) => {
      const p2 = 2 + d * d - 2 * ca(a - b) + 2 * d * (sa(b) - sa(a));
      if (p2 < 0) return undefined;
      const t1 = Math.atan2(ca(a) - ca(b), d - sa(a) + sa(b));
      return [mod2pi(a - t1), Math.sqrt(p2), mod2pi(-b + t1)];
    },
    [-1, 0, -1],
  ],
  [
    (a, b, d) => {
      const p2 = -2 + d * d + 2 * ca(a - b) + 2 * d * (sa(a) + sa(b));
      if (p2 < 0) return undefined;
      const p = Math.sqrt(p2);
      const t2 = Math.atan2(-ca(a) - ca(b), d + sa(a) + sa(b)) - Math.atan2(-2, p);
      return [mod2pi(-a + t2), p, mod2pi(-mod2pi(b) + t2)];
    },
    [1, 0, -1],
  ],
  [
    (a, b, d) => {
      const p2 = -2 + d * d + 2 * ca(a - b) - 2 * d * (sa(a) + sa(b));
      if (p2 < 0) return undefined;
      const p = Math.sqrt(p2);
      const t2 = Math.atan2(ca(a) + ca(b), d - sa(a) - sa(b)) - Math.atan2(2, p);
      return [mod2pi(a - t2), p, mod2pi(b - t2)];
    },
    [-1, 0, 1],
  ],
  [
    (a, b, d) => {
      const tmp = (6 - d * d + 2 * ca(a - b) + 2 * d * (sa(a) - sa(b))) / 8;
      if (Math.abs(tmp) > 1) return undefined;
      const p = mod2pi(TWO_PI - Math.acos(tmp));
      const t = mod2pi(a - Math.atan2(ca(a) - ca(b), d - sa(a) + sa(b)) + p / 2);
      return [t, p, mod2pi(a - b - t + p)];
    },
    [-1, 1, -1],
  ],
  [
    (a, b, d) => {
      const tmp = (6 - d * d + 2 * ca(a - b) + 2 * d * (sa(b) - sa(a))) / 8;
      if (Math.abs(tmp) > 1) return undefined;
      const p = mod2pi(TWO_PI - Math.acos(tmp));
      const t = mod2pi(-a - Math.atan2(ca(a) - ca(b), d + sa(a) - sa(b)) + p / 2);
      return [t, p, mod2pi(mod2pi(b) - a - t + p)];
    },
    [1, -1, 1],
  ],
];

/** Shortest Dubins path from (x0, y0, θ0) to (x1, y1, θ1) with radius ρ, or undefined if none. */
export function dubinsPath(
  x0: number,
  y0: number,
  th0: number,
  x1: number,
  y1: number,
  th1: number,
  rho: number,
): DubinsPath | undefined {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const d = Math.hypot(dx, dy) / rho;
  const phi = d > 0 ? Math.atan2(dy, dx) : 0;
  const a = mod2pi(th0 - phi);
  const b = mod2pi(th1 - phi);
  let best: DubinsPath | undefined;
  for (const [word, signs] of WORDS) {
    const seg = word(a, b, d);
    if (!seg) continue;
    const total = (seg[0] + seg[1] + seg[2]) * rho;
    if (best && total >= best.total) continue;
    best = {
      curvature: [signs[0] / rho, signs[1] / rho, signs[2] / rho],
      length: [seg[0] * rho, seg[1] * rho, seg[2] * rho],
      total,
    };
  }
  return best;
}
