/**
 * Reeds–Shepp paths (sim-core/access/reeds-shepp.ts): analytic cases, every word ends at the goal,
 * never shorter than the forward-only Dubins path's bound the other way round (RS ≤ Dubins), the
 * sampled path is continuous and within the curvature 1/R, and a parallel-parking goal needs reverse.
 */
import { describe, expect, it } from 'vitest';
import {
  reedsSheppPath,
  reedsSheppPaths,
  sampleReedsShepp,
  type ReedsSheppPath,
} from '../../../sim-core/access/reeds-shepp.ts';
import { dubinsPath } from '../../../sim-core/access/dubins.ts';
import { wrapAngle } from '../../../sim-core/access/motion.ts';
import { createRng } from '../../../sim-core/random/rng.ts';

const R = 7.5;

/** Walks the path every `spacing` m: end pose, largest jump between samples, curvature bound. */
function walk(x: number, y: number, th: number, p: ReedsSheppPath, spacing = 0.1) {
  let px = x;
  let py = y;
  let pt = th;
  let maxJump = 0;
  let maxTurn = 0;
  let end: [number, number, number] = [x, y, th];
  sampleReedsShepp(x, y, th, p, spacing, (qx, qy, qt) => {
    const d = Math.hypot(qx - px, qy - py);
    maxJump = Math.max(maxJump, d);
    // An arc of curvature ≤ 1/R over a chord d turns the heading by at most 2·asin(d / 2R): the
    // ratio of the turn to that bound never exceeds 1 (straight pieces: 0).
    if (d > 1e-9) maxTurn = Math.max(maxTurn, Math.abs(wrapAngle(qt - pt)) / (2 * Math.asin(d / (2 * R))));
    [px, py, pt] = [qx, qy, qt];
    end = [qx, qy, qt];
    return true;
  });
  return { end, maxJump, maxTurn };
}

describe('Reeds–Shepp analytic cases', () => {
  it('a straight line of length L has length L, forward or reverse', () => {
    for (const L of [0.5, 3, 40]) {
      expect(reedsSheppPath(0, 0, 0, L, 0, 0, R)!.total).toBeCloseTo(L, 9);
      const back = reedsSheppPath(0, 0, 0, -L, 0, 0, R)!;
      expect(back.total).toBeCloseTo(L, 9);
      expect(back.lengths.filter((l) => Math.abs(l) > 1e-9).every((l) => l < 0)).toBe(true);
    }
  });
  it('a pure 90° left turn at radius R has length πR/2', () => {
    const p = reedsSheppPath(0, 0, 0, R, R, Math.PI / 2, R)!;
    expect(p.total).toBeCloseTo((Math.PI * R) / 2, 9);
    expect(p.cusps).toBe(0);
  });
  it('a parallel-parking goal (3 m to the side, same heading) is reached with ≥ 1 reversal', () => {
    const p = reedsSheppPath(0, 0, 0, 0, 3, 0, R)!;
    expect(p.cusps).toBeGreaterThanOrEqual(1);
    const { end } = walk(0, 0, 0, p);
    expect(Math.hypot(end[0], end[1] - 3)).toBeLessThan(1e-6);
    expect(Math.abs(wrapAngle(end[2]))).toBeLessThan(1e-6);
    // Shorter than going round forwards.
    expect(p.total).toBeLessThan(dubinsPath(0, 0, 0, 0, 3, 0, R)!.total);
  });
  it('no path for a non-positive radius', () => {
    expect(reedsSheppPath(0, 0, 0, 1, 1, 0, 0)).toBeUndefined();
  });
});

describe('Reeds–Shepp on random pose pairs', () => {
  const rng = createRng(20240611);
  const pairs = Array.from({ length: 400 }, () => {
    const span = rng.next() < 0.5 ? 4 : 40;
    return [
      (rng.next() - 0.5) * span,
      (rng.next() - 0.5) * span,
      (rng.next() - 0.5) * 2 * Math.PI,
      (rng.next() - 0.5) * span,
      (rng.next() - 0.5) * span,
      (rng.next() - 0.5) * 2 * Math.PI,
    ] as const;
  });

  it('every word found ends at the goal (1e-6 m, 1e-6 rad)', () => {
    let words = 0;
    for (const [x0, y0, t0, x1, y1, t1] of pairs)
      for (const p of reedsSheppPaths(x0, y0, t0, x1, y1, t1, R)) {
        const { end } = walk(x0, y0, t0, p, 1);
        expect(Math.hypot(end[0] - x1, end[1] - y1)).toBeLessThan(1e-6);
        expect(Math.abs(wrapAngle(end[2] - t1))).toBeLessThan(1e-6);
        words++;
      }
    expect(words).toBeGreaterThan(pairs.length * 4);
  });

  it('the shortest is ≤ the Dubins length, continuous, within curvature 1/R, ends at the goal', () => {
    let shorter = 0;
    for (const [x0, y0, t0, x1, y1, t1] of pairs) {
      const p = reedsSheppPath(x0, y0, t0, x1, y1, t1, R)!;
      const d = dubinsPath(x0, y0, t0, x1, y1, t1, R)!;
      expect(p.total).toBeLessThanOrEqual(d.total + 1e-9);
      if (p.total < d.total - 1e-6) shorter++;
      const spacing = 0.1;
      const { end, maxJump, maxTurn } = walk(x0, y0, t0, p, spacing);
      expect(maxJump).toBeLessThanOrEqual(spacing + 1e-9);
      expect(maxTurn).toBeLessThanOrEqual(1 + 1e-6);
      expect(Math.hypot(end[0] - x1, end[1] - y1)).toBeLessThan(1e-6);
      expect(Math.abs(wrapAngle(end[2] - t1))).toBeLessThan(1e-6);
      // Lengths add up, and at most two cusps (Reeds & Shepp).
      expect(p.lengths.reduce((a, l) => a + Math.abs(l), 0)).toBeCloseTo(p.total, 9);
      expect(p.cusps).toBeLessThanOrEqual(2);
    }
    // Reversing pays off for most random pairs.
    expect(shorter).toBeGreaterThan(pairs.length / 2);
  });
});
