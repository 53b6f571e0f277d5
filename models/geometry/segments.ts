/**
 * Straight segments: orientation, intersection and distance. The `…XY` forms take plain numbers so
 * that hot loops (simplicity sweeps over 10 000-vertex polygons) do not allocate.
 */
import type { Point } from '../schema/common.ts';

/** Twice the signed area of triangle a b c: > 0 if c is left of a→b, < 0 right, 0 collinear. */
export function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

/** c lies in the bounding box of a b (used once c is known to be collinear with a b). */
function inBox(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): boolean {
  return Math.min(ax, bx) <= cx && cx <= Math.max(ax, bx) && Math.min(ay, by) <= cy && cy <= Math.max(ay, by);
}

function opposite(u: number, v: number): boolean {
  return (u > 0 && v < 0) || (u < 0 && v > 0);
}

/**
 * Where closed segments a b and c d meet: their crossing point, or for a touch or a collinear overlap
 * one endpoint that lies on the other segment. `undefined` if they are disjoint. The classic
 * orientation test (Cormen et al., Introduction to Algorithms, §33.1).
 */
export function segmentIntersectionXY(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): Point | undefined {
  const d1 = orient(cx, cy, dx, dy, ax, ay);
  const d2 = orient(cx, cy, dx, dy, bx, by);
  const d3 = orient(ax, ay, bx, by, cx, cy);
  const d4 = orient(ax, ay, bx, by, dx, dy);
  if (opposite(d1, d2) && opposite(d3, d4)) {
    const t = d1 / (d1 - d2);
    return [ax + t * (bx - ax), ay + t * (by - ay)];
  }
  if (d1 === 0 && inBox(cx, cy, dx, dy, ax, ay)) return [ax, ay];
  if (d2 === 0 && inBox(cx, cy, dx, dy, bx, by)) return [bx, by];
  if (d3 === 0 && inBox(ax, ay, bx, by, cx, cy)) return [cx, cy];
  if (d4 === 0 && inBox(ax, ay, bx, by, dx, dy)) return [dx, dy];
  return undefined;
}

/** Whether closed segments a b and c d share at least one point (crossing, touching or overlapping). */
export function segmentsIntersectXY(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): boolean {
  const d1 = orient(cx, cy, dx, dy, ax, ay);
  const d2 = orient(cx, cy, dx, dy, bx, by);
  const d3 = orient(ax, ay, bx, by, cx, cy);
  const d4 = orient(ax, ay, bx, by, dx, dy);
  if (opposite(d1, d2) && opposite(d3, d4)) return true;
  return (
    (d1 === 0 && inBox(cx, cy, dx, dy, ax, ay)) ||
    (d2 === 0 && inBox(cx, cy, dx, dy, bx, by)) ||
    (d3 === 0 && inBox(ax, ay, bx, by, cx, cy)) ||
    (d4 === 0 && inBox(ax, ay, bx, by, dx, dy))
  );
}

export function segmentsIntersect(a: Point, b: Point, c: Point, d: Point): boolean {
  return segmentsIntersectXY(a[0], a[1], b[0], b[1], c[0], c[1], d[0], d[1]);
}

export function segmentIntersection(a: Point, b: Point, c: Point, d: Point): Point | undefined {
  return segmentIntersectionXY(a[0], a[1], b[0], b[1], c[0], c[1], d[0], d[1]);
}

/** Distance from point p to the closed segment a b (to a if the segment has zero length). */
export function pointSegmentDistanceXY(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const vx = bx - ax;
  const vy = by - ay;
  const len2 = vx * vx + vy * vy;
  let t = len2 > 0 ? ((px - ax) * vx + (py - ay) * vy) / len2 : 0;
  if (t < 0) t = 0;
  else if (t > 1) t = 1;
  return Math.hypot(px - (ax + t * vx), py - (ay + t * vy));
}

export function pointSegmentDistance(p: Point, a: Point, b: Point): number {
  return pointSegmentDistanceXY(p[0], p[1], a[0], a[1], b[0], b[1]);
}

export function distance(a: Point, b: Point): number {
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}
