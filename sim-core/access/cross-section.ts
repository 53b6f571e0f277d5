/**
 * Cross-sections of lanes and sites: where a straight line runs inside a polygon (even–odd crossing
 * parameters along the line), the free pieces once obstacles are cut out, and distances between
 * polygons. Used by the fire-lane and rescue-site checks, which measure clear widths this way —
 * exactly for straight lanes, which is what site lanes are drawn as.
 */
import type { Point } from '../../models/schema/common.ts';
import type { Ring } from '../../models/geometry/polygon.ts';
import { pointSegmentDistanceXY, segmentsIntersectXY } from '../../models/geometry/segments.ts';

/** Parameter intervals [t0, t1] (t along the unit direction u from p) where the line is inside the ring. */
export function lineIntervals(
  ring: Ring,
  px: number,
  py: number,
  ux: number,
  uy: number,
): [number, number][] {
  const ts: number[] = [];
  for (let i = 0; i < ring.length; i++) {
    const [ax, ay] = ring[i]!;
    const [bx, by] = ring[(i + 1) % ring.length]!;
    // Solve p + t·u = a + s·(b − a), s ∈ [0, 1): half-open so a vertex on the line counts once.
    const ex = bx - ax;
    const ey = by - ay;
    const den = ux * ey - uy * ex;
    if (Math.abs(den) < 1e-12) continue;
    const s = ((ax - px) * uy - (ay - py) * ux) / den;
    if (s < 0 || s >= 1) continue;
    ts.push(((ax - px) * ey - (ay - py) * ex) / den);
  }
  ts.sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (let k = 0; k + 1 < ts.length; k += 2) if (ts[k + 1]! > ts[k]!) out.push([ts[k]!, ts[k + 1]!]);
  return out;
}

/** `intervals` minus the union of `cuts`, sorted. */
export function subtractIntervals(
  intervals: readonly [number, number][],
  cuts: readonly [number, number][],
): [number, number][] {
  const sorted = [...cuts].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [a, b] of intervals) {
    let t = a;
    for (const [c, d] of sorted) {
      if (d <= t || c >= b) continue;
      if (c > t) out.push([t, c]);
      t = Math.max(t, d);
    }
    if (t < b) out.push([t, b]);
  }
  return out;
}

export const longest = (iv: readonly [number, number][]): number =>
  iv.reduce((m, [a, b]) => Math.max(m, b - a), 0);

/** Shortest distance between two polygons' boundaries (0 if their edges meet). */
export function ringDistance(a: Ring, b: Ring): number {
  let d = Infinity;
  for (let i = 0; i < a.length; i++) {
    const p = a[i]!;
    const q = a[(i + 1) % a.length]!;
    for (let j = 0; j < b.length; j++) {
      const r = b[j]!;
      const s = b[(j + 1) % b.length]!;
      d = Math.min(d, segmentDistance(p, q, r, s));
      if (d === 0) return 0;
    }
  }
  return d;
}

export function segmentDistance(p: Point, q: Point, r: Point, s: Point): number {
  if (segmentsIntersectXY(p[0], p[1], q[0], q[1], r[0], r[1], s[0], s[1])) return 0;
  return Math.min(
    pointSegmentDistanceXY(p[0], p[1], r[0], r[1], s[0], s[1]),
    pointSegmentDistanceXY(q[0], q[1], r[0], r[1], s[0], s[1]),
    pointSegmentDistanceXY(r[0], r[1], p[0], p[1], q[0], q[1]),
    pointSegmentDistanceXY(s[0], s[1], p[0], p[1], q[0], q[1]),
  );
}

/**
 * The frame of a polygon's longest edge: unit axis u, normal v, and the polygon's extent along each
 * (its bounding box in that frame). For a drawn lane this is its running direction and width.
 */
export interface EdgeFrame {
  ux: number;
  uy: number;
  vx: number;
  vy: number;
  ox: number;
  oy: number;
  /** Extents: s along u, t along v, from the origin o (the longest edge's start). */
  s0: number;
  s1: number;
  t0: number;
  t1: number;
}

export function edgeFrame(ring: Ring): EdgeFrame {
  let best = 0;
  let bl = -1;
  for (let i = 0; i < ring.length; i++) {
    const [ax, ay] = ring[i]!;
    const [bx, by] = ring[(i + 1) % ring.length]!;
    const l = Math.hypot(bx - ax, by - ay);
    if (l > bl) {
      bl = l;
      best = i;
    }
  }
  const [ox, oy] = ring[best]!;
  const [bx, by] = ring[(best + 1) % ring.length]!;
  const ux = (bx - ox) / bl;
  const uy = (by - oy) / bl;
  const vx = -uy;
  const vy = ux;
  let s0 = Infinity;
  let s1 = -Infinity;
  let t0 = Infinity;
  let t1 = -Infinity;
  for (const [x, y] of ring) {
    const s = (x - ox) * ux + (y - oy) * uy;
    const t = (x - ox) * vx + (y - oy) * vy;
    s0 = Math.min(s0, s);
    s1 = Math.max(s1, s);
    t0 = Math.min(t0, t);
    t1 = Math.max(t1, t);
  }
  return { ux, uy, vx, vy, ox, oy, s0, s1, t0, t1 };
}
