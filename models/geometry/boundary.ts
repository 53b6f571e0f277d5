/**
 * Does a segment lie on a polygon's boundary, within a tolerance? Doors must lie on the wall their
 * two spaces share (spec: tolerance 0.05 m) and facade openings on the outer wall line. A point is
 * within `tol` of an edge when it is in the edge's capsule (the edge swept by a disc of radius
 * `tol`); the capsule is convex, so the part of a segment inside it is one parameter interval, and the
 * segment lies on the boundary when those intervals, over all edges, cover it.
 */
import type { Point, Segment } from '../schema/common.ts';
import { segmentBoxes, sweepPairs } from './box-sweep.ts';
import type { Ring } from './polygon.ts';

/** A parameter interval [t0, t1] along a segment, 0 at its start and 1 at its end. */
export type Interval = [number, number];

/** Gaps narrower than this (as a fraction of the segment) between coverage intervals are rounding. */
const COVER_SLACK = 1e-9;

/** Interval of t where |p + t·v − c| ≤ r (a disc), merged into [lo, hi] as a pair; or unchanged. */
function discInterval(
  px: number,
  py: number,
  vx: number,
  vy: number,
  cx: number,
  cy: number,
  r: number,
  acc: Interval,
): void {
  const wx = px - cx;
  const wy = py - cy;
  const a = vx * vx + vy * vy;
  const c = wx * wx + wy * wy - r * r;
  if (a === 0) {
    if (c <= 0) widen(acc, -Infinity, Infinity);
    return;
  }
  const b = 2 * (vx * wx + vy * wy);
  const disc = b * b - 4 * a * c;
  if (disc < 0) return;
  const root = Math.sqrt(disc);
  widen(acc, (-b - root) / (2 * a), (-b + root) / (2 * a));
}

function widen(acc: Interval, lo: number, hi: number): void {
  if (lo < acc[0]) acc[0] = lo;
  if (hi > acc[1]) acc[1] = hi;
}

/** Narrows [lo, hi] to the t where f0 + f1·t ∈ [min, max] (one Liang–Barsky slab); false if empty. */
function slab(range: Interval, f0: number, f1: number, min: number, max: number): boolean {
  if (f1 === 0) return f0 >= min && f0 <= max;
  let t0 = (min - f0) / f1;
  let t1 = (max - f0) / f1;
  if (t0 > t1) [t0, t1] = [t1, t0];
  if (t0 > range[0]) range[0] = t0;
  if (t1 < range[1]) range[1] = t1;
  return range[0] <= range[1];
}

/**
 * The part of segment p → q (as t ∈ [0, 1]) within `tol` of segment a b, or undefined. Union of the
 * capsule's rectangle and its two end discs, which is one interval because the capsule is convex.
 */
export function nearInterval(p: Point, q: Point, a: Point, b: Point, tol: number): Interval | undefined {
  const [px, py] = p;
  const vx = q[0] - px;
  const vy = q[1] - py;
  const acc: Interval = [Infinity, -Infinity];
  discInterval(px, py, vx, vy, a[0], a[1], tol, acc);
  discInterval(px, py, vx, vy, b[0], b[1], tol, acc);
  const ex = b[0] - a[0];
  const ey = b[1] - a[1];
  const len = Math.hypot(ex, ey);
  if (len > 0) {
    const ux = ex / len;
    const uy = ey / len;
    const wx = px - a[0];
    const wy = py - a[1];
    const rect: Interval = [-Infinity, Infinity];
    const along = slab(rect, wx * ux + wy * uy, vx * ux + vy * uy, 0, len);
    if (along && slab(rect, wx * -uy + wy * ux, vx * -uy + vy * ux, -tol, tol)) widen(acc, rect[0], rect[1]);
  }
  const t0 = Math.max(0, acc[0]);
  const t1 = Math.min(1, acc[1]);
  return t0 <= t1 ? [t0, t1] : undefined;
}

/** Sorted, merged union of intervals. */
export function mergeIntervals(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((u, v) => u[0] - v[0]);
  const out: Interval[] = [];
  for (const [t0, t1] of sorted) {
    const last = out[out.length - 1];
    if (last && t0 <= last[1] + COVER_SLACK) last[1] = Math.max(last[1], t1);
    else out.push([t0, t1]);
  }
  return out;
}

/** Total parameter length of merged intervals (× the segment's length gives metres). */
export function intervalsLength(intervals: readonly Interval[]): number {
  return intervals.reduce((sum, [t0, t1]) => sum + (t1 - t0), 0);
}

/** The parts of segment p → q within `tol` of the ring's boundary, merged and sorted. */
export function boundaryCoverage(p: Point, q: Point, ring: Ring, tol: number): Interval[] {
  const minX = Math.min(p[0], q[0]) - tol;
  const maxX = Math.max(p[0], q[0]) + tol;
  const minY = Math.min(p[1], q[1]) - tol;
  const maxY = Math.max(p[1], q[1]) + tol;
  const found: Interval[] = [];
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % n]!;
    if (Math.max(a[0], b[0]) < minX || Math.min(a[0], b[0]) > maxX) continue;
    if (Math.max(a[1], b[1]) < minY || Math.min(a[1], b[1]) > maxY) continue;
    const near = nearInterval(p, q, a, b, tol);
    if (near) found.push(near);
  }
  return mergeIntervals(found);
}

/** Every point of segment p → q is within `tol` of the ring's boundary. */
export function segmentOnBoundary(p: Point, q: Point, ring: Ring, tol: number): boolean {
  const cover = boundaryCoverage(p, q, ring, tol);
  const first = cover[0];
  return cover.length === 1 && first !== undefined && first[0] <= COVER_SLACK && first[1] >= 1 - COVER_SLACK;
}

/**
 * Segment p → q lies on the boundary both rings share (within `tol` of each). Assumes the rings do
 * not overlap (space-overlap.ts), so near both boundaries means on the wall between them.
 */
export function segmentOnSharedBoundary(p: Point, q: Point, a: Ring, b: Ring, tol: number): boolean {
  return segmentOnBoundary(p, q, a, tol) && segmentOnBoundary(p, q, b, tol);
}

/**
 * The outer boundary of a set of non-overlapping rings (the spaces of a storey): every piece of their
 * edges that is not within `tol` of another ring's boundary. Shared walls drop out; a wall shared over
 * part of its length keeps the rest.
 */
export function outerBoundary(rings: readonly Ring[], tol: number): Segment[] {
  const edges: { ring: number; a: Point; b: Point }[] = [];
  rings.forEach((ring, r) => {
    ring.forEach((a, i) => edges.push({ ring: r, a, b: ring[(i + 1) % ring.length]! }));
  });
  const boxes = segmentBoxes(edges, tol);
  const covered: Interval[][] = edges.map(() => []);
  sweepPairs(boxes, (i, j) => {
    const e = edges[i]!;
    const f = edges[j]!;
    if (e.ring === f.ring) return;
    const onE = nearInterval(e.a, e.b, f.a, f.b, tol);
    if (onE) covered[i]!.push(onE);
    const onF = nearInterval(f.a, f.b, e.a, e.b, tol);
    if (onF) covered[j]!.push(onF);
  });
  const out: Segment[] = [];
  edges.forEach(({ a, b }, i) => {
    let t = 0;
    for (const [t0, t1] of mergeIntervals(covered[i]!)) {
      if (t0 > t + COVER_SLACK) out.push([lerp(a, b, t), lerp(a, b, t0)]);
      t = Math.max(t, t1);
    }
    if (t < 1 - COVER_SLACK) out.push([lerp(a, b, t), b]);
  });
  return out;
}

function lerp(a: Point, b: Point, t: number): Point {
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}
