/**
 * Basic facts about a polygon given as a ring of `[x, y]` vertices (not closed: the edge from the
 * last vertex back to the first is implied, as in the building format). Either winding.
 */
import type { Point } from '../schema/common.ts';
import { orient, pointSegmentDistanceXY } from './segments.ts';

/** A polygon's vertices, in order, without a repeated closing vertex. */
export type Ring = readonly Point[];

/** An axis-aligned bounding box. */
export interface BBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Where a point is with respect to a polygon: outside, on its boundary, or inside. */
export type Location = -1 | 0 | 1;

/**
 * Shoelace area, positive for counter-clockwise rings. Coordinates are taken relative to the first
 * vertex so that rings far from the origin (site coordinates in the hundreds of metres) keep their
 * precision.
 */
export function signedArea(ring: Ring): number {
  const n = ring.length;
  if (n < 3) return 0;
  const [ox, oy] = ring[0]!;
  let twice = 0;
  let px = 0;
  let py = 0;
  for (let i = 1; i < n; i++) {
    const p = ring[i]!;
    const x = p[0] - ox;
    const y = p[1] - oy;
    twice += px * y - x * py;
    px = x;
    py = y;
  }
  return twice / 2;
}

/** Length of the closed boundary. */
export function perimeter(ring: Ring): number {
  let sum = 0;
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % n]!;
    sum += Math.hypot(b[0] - a[0], b[1] - a[1]);
  }
  return sum;
}

export function bbox(points: readonly Point[]): BBox {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of points) {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return { minX, minY, maxX, maxY };
}

/** Boxes overlap or touch, after growing both by `margin`. */
export function bboxesOverlap(a: BBox, b: BBox, margin = 0): boolean {
  return (
    a.minX - margin <= b.maxX + margin &&
    b.minX - margin <= a.maxX + margin &&
    a.minY - margin <= b.maxY + margin &&
    b.minY - margin <= a.maxY + margin
  );
}

export function growBBox(b: BBox, margin: number): BBox {
  return { minX: b.minX - margin, minY: b.minY - margin, maxX: b.maxX + margin, maxY: b.maxY + margin };
}

/** The smallest box holding both. */
export function unionBBox(a: BBox, b: BBox): BBox {
  return {
    minX: Math.min(a.minX, b.minX),
    minY: Math.min(a.minY, b.minY),
    maxX: Math.max(a.maxX, b.maxX),
    maxY: Math.max(a.maxY, b.maxY),
  };
}

/** The box as a counter-clockwise ring. */
export function bboxRing(b: BBox): Point[] {
  return [
    [b.minX, b.minY],
    [b.maxX, b.minY],
    [b.maxX, b.maxY],
    [b.minX, b.maxY],
  ];
}

function samePoint(a: Point, b: Point): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** The last vertex repeats the first (the format wants polygons left open). */
export function isClosed(points: readonly Point[]): boolean {
  return points.length >= 2 && samePoint(points[0]!, points[points.length - 1]!);
}

/**
 * Indices `i` whose vertex equals vertex `i − 1` exactly. A closing repeat of the first vertex is not
 * counted here (see isClosed).
 */
export function repeatedVertexIndices(points: readonly Point[]): number[] {
  const out: number[] = [];
  const end = isClosed(points) ? points.length - 1 : points.length;
  for (let i = 1; i < end; i++) if (samePoint(points[i]!, points[i - 1]!)) out.push(i);
  return out;
}

/** The ring without a closing repeat and without consecutive repeats; the input if already clean. */
export function cleanRing(points: readonly Point[]): Ring {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last === undefined || !samePoint(last, p)) out.push(p);
  }
  while (out.length > 1 && samePoint(out[0]!, out[out.length - 1]!)) out.pop();
  return out.length === points.length ? points : out;
}

/** Number of distinct vertices (exact coordinate equality). */
export function distinctVertexCount(points: readonly Point[]): number {
  const seen = new Set<string>();
  for (const [x, y] of points) seen.add(`${x},${y}`);
  return seen.size;
}

/**
 * Whether every vertex lies within `eps` of one straight line: the line from the first vertex to the
 * vertex farthest from it (any line through two far-apart vertices of a collinear set is that line).
 * Fewer than 2 distinct vertices count as collinear.
 */
export function allCollinear(points: readonly Point[], eps: number): boolean {
  const first = points[0];
  if (!first) return true;
  let far = first;
  let farD = 0;
  for (const p of points) {
    const d = Math.hypot(p[0] - first[0], p[1] - first[1]);
    if (d > farD) {
      far = p;
      farD = d;
    }
  }
  if (farD === 0) return true;
  for (const p of points) {
    const off = Math.abs(orient(first[0], first[1], far[0], far[1], p[0], p[1])) / farD;
    if (off > eps) return false;
  }
  return true;
}

/**
 * Even–odd point-in-polygon by casting a ray towards +x; a point exactly on the boundary may go either
 * way (use locatePoint when that matters).
 */
export function pointInPolygon(p: Point, ring: Ring): boolean {
  const [x, y] = p;
  let inside = false;
  const n = ring.length;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const [ax, ay] = ring[j]!;
    const [bx, by] = ring[i]!;
    if (ay > y !== by > y && x < ax + ((y - ay) * (bx - ax)) / (by - ay)) inside = !inside;
  }
  return inside;
}

/** Distance from a point to the polygon's boundary (0 on it, whichever side). */
export function distanceToBoundary(p: Point, ring: Ring): number {
  let best = Infinity;
  const n = ring.length;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const a = ring[j]!;
    const b = ring[i]!;
    const d = pointSegmentDistanceXY(p[0], p[1], a[0], a[1], b[0], b[1]);
    if (d < best) best = d;
  }
  return best;
}

/** Outside (−1), on the boundary within `eps` (0), or inside (1). Linear scan; see point-locator.ts. */
export function locatePoint(p: Point, ring: Ring, eps: number): Location {
  if (distanceToBoundary(p, ring) <= eps) return 0;
  return pointInPolygon(p, ring) ? 1 : -1;
}

/** Distance from a point to the polygon as a region: 0 inside or on it. */
export function distanceToPolygon(p: Point, ring: Ring): number {
  return pointInPolygon(p, ring) ? 0 : distanceToBoundary(p, ring);
}
