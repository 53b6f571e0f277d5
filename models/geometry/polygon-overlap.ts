/**
 * How much two simple polygons overlap: the area of A ∩ B and the length of each boundary inside the
 * other, exactly (no rasterising), and a yes/no "do their interiors overlap" with a tolerance so that
 * spaces which merely share walls, or share them up to drawing noise, do not count.
 *
 * Method: ∂(A ∩ B) is made of the pieces of ∂A inside B and of ∂B inside A, so by Green's theorem
 * area(A ∩ B) = Σ ∫ x dy over those pieces, each polygon traversed counter-clockwise. Edges are split
 * where the other boundary meets them and each piece is classified by its midpoint. Pieces lying on
 * the other boundary count half from each side: same-direction coincident edges (interiors on the
 * same side) then add up once, opposite-direction ones (a shared wall) cancel.
 */
import { edgeBoxes, sweepCrossPairs } from './box-sweep.ts';
import type { BBox, Ring } from './polygon.ts';
import { bbox, bboxesOverlap, perimeter, signedArea } from './polygon.ts';
import { ON_BOUNDARY_EPS, pointLocator } from './point-locator.ts';

/** Overlaps thinner than this on average (m) are drawing noise along a shared wall, not an overlap. */
export const OVERLAP_TOLERANCE = 0.01;

export interface IntersectionMeasure {
  /** Area of A ∩ B (m²). */
  area: number;
  /** Length of A's boundary inside B (m); pieces on B's boundary count half. */
  aInB: number;
  /** Length of B's boundary inside A (m); pieces on A's boundary count half. */
  bInA: number;
}

/** Areas below this (m², a square millimetre) are rounding noise. */
const AREA_EPS = 1e-6;

const NONE: IntersectionMeasure = { area: 0, aInB: 0, bInA: 0 };

/** Relative slack on the other edge's parameter when splitting at a crossing. */
const PARAM_SLACK = 1e-9;

function clipBox(a: BBox, b: BBox): BBox {
  const eps = ON_BOUNDARY_EPS;
  return {
    minX: Math.max(a.minX, b.minX) - eps,
    minY: Math.max(a.minY, b.minY) - eps,
    maxX: Math.min(a.maxX, b.maxX) + eps,
    maxY: Math.min(a.maxY, b.maxY) + eps,
  };
}

/** Indices of the ring's edges whose boxes meet `box`: edges elsewhere lie outside the other polygon. */
function edgesMeeting(ring: Ring, box: BBox): number[] {
  const out: number[] = [];
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const [ax, ay] = ring[i]!;
    const [bx, by] = ring[(i + 1) % n]!;
    if (
      Math.max(ax, bx) >= box.minX &&
      Math.min(ax, bx) <= box.maxX &&
      Math.max(ay, by) >= box.minY &&
      Math.min(ay, by) <= box.maxY
    )
      out.push(i);
  }
  return out;
}

function pick(boxes: Float64Array, indices: readonly number[]): Float64Array {
  const out = new Float64Array(4 * indices.length);
  indices.forEach((e, k) => out.set(boxes.subarray(4 * e, 4 * e + 4), 4 * k));
  return out;
}

/**
 * Parameters t ∈ (0, 1) along a→b where segment c→d meets it: the crossing point, or, for a
 * collinear c→d, where c and d project.
 */
function pushSplits(ring: Ring, e: number, other: Ring, f: number, out: number[]): void {
  const [ax, ay] = ring[e]!;
  const [bx, by] = ring[(e + 1) % ring.length]!;
  const [cx, cy] = other[f]!;
  const [dx, dy] = other[(f + 1) % other.length]!;
  const rx = bx - ax;
  const ry = by - ay;
  const sx = dx - cx;
  const sy = dy - cy;
  const rr = rx * rx + ry * ry;
  const ss = sx * sx + sy * sy;
  if (rr === 0 || ss === 0) return;
  const denom = rx * sy - ry * sx;
  const qx = cx - ax;
  const qy = cy - ay;
  if (Math.abs(denom) > 1e-12 * Math.sqrt(rr * ss)) {
    const t = (qx * sy - qy * sx) / denom;
    const u = (qx * ry - qy * rx) / denom;
    if (t > 0 && t < 1 && u >= -PARAM_SLACK && u <= 1 + PARAM_SLACK) out.push(t);
    return;
  }
  if (Math.abs(rx * qy - ry * qx) / Math.sqrt(rr) > ON_BOUNDARY_EPS) return; // parallel, apart
  for (const t of [(qx * rx + qy * ry) / rr, ((dx - ax) * rx + (dy - ay) * ry) / rr]) {
    if (t > 0 && t < 1) out.push(t);
  }
}

/** ∫ x dy (relative to x = ox) and length of the pieces of ∂p inside q, p taken counter-clockwise. */
function boundaryInside(p: Ring, q: Ring, box: BBox, ox: number): { xdy: number; length: number } {
  const pEdges = edgesMeeting(p, box);
  if (pEdges.length === 0) return { xdy: 0, length: 0 };
  const qEdges = edgesMeeting(q, box);
  const splits: number[][] = pEdges.map(() => []);
  const eps = ON_BOUNDARY_EPS;
  sweepCrossPairs(pick(edgeBoxes(p, eps), pEdges), pick(edgeBoxes(q, eps), qEdges), (i, j) =>
    pushSplits(p, pEdges[i]!, q, qEdges[j]!, splits[i]!),
  );
  const locator = pointLocator(q);
  const sign = signedArea(p) >= 0 ? 1 : -1;
  let xdy = 0;
  let length = 0;
  pEdges.forEach((e, k) => {
    const [ax, ay] = p[e]!;
    const [bx, by] = p[(e + 1) % p.length]!;
    const ts = splits[k]!;
    ts.push(0, 1);
    ts.sort((u, v) => u - v);
    const edgeLength = Math.hypot(bx - ax, by - ay);
    for (let s = 1; s < ts.length; s++) {
      const t0 = ts[s - 1]!;
      const t1 = ts[s]!;
      if (t1 - t0 <= 1e-12) continue;
      const tm = (t0 + t1) / 2;
      const where = locator.locate(ax + tm * (bx - ax), ay + tm * (by - ay));
      const w = where === 1 ? 1 : where === 0 ? 0.5 : 0;
      if (w === 0) continue;
      const x0 = ax + t0 * (bx - ax) - ox;
      const x1 = ax + t1 * (bx - ax) - ox;
      xdy += sign * w * ((x0 + x1) / 2) * (t1 - t0) * (by - ay);
      length += w * (t1 - t0) * edgeLength;
    }
  });
  return { xdy, length };
}

/** Area of A ∩ B and the lengths of each boundary inside the other. A and B must be simple. */
export function intersectionMeasure(a: Ring, b: Ring): IntersectionMeasure {
  const boxA = bbox(a);
  const boxB = bbox(b);
  if (!bboxesOverlap(boxA, boxB, ON_BOUNDARY_EPS)) return NONE;
  const box = clipBox(boxA, boxB);
  const fromA = boundaryInside(a, b, box, box.minX);
  const fromB = boundaryInside(b, a, box, box.minX);
  return { area: Math.max(0, fromA.xdy + fromB.xdy), aInB: fromA.length, bInA: fromB.length };
}

/**
 * Average thickness of a region of this area and boundary length (2·area / perimeter): a thin strip
 * w wide gives ≈ w, a square of side s gives s/2.
 */
export function meanWidth(area: number, boundaryLength: number): number {
  return boundaryLength > 0 ? (2 * area) / boundaryLength : 0;
}

/**
 * Whether the interiors of A and B overlap by more than a sliver: the mean width of A ∩ B exceeds
 * `tolerance`. Its boundary length is taken as ∂A inside B plus ∂B inside A, which over-counts shared
 * walls; that only makes a sliver along a shared wall look thinner, never an overlap look bigger.
 */
export function polygonsOverlap(a: Ring, b: Ring, tolerance = OVERLAP_TOLERANCE): boolean {
  // A region inside a strip w wide has a mean width of at most w: boxes meeting in a strip no wider
  // than the tolerance (neighbours sharing a wall) are settled without any edge work.
  const boxA = bbox(a);
  const boxB = bbox(b);
  const w = Math.min(boxA.maxX, boxB.maxX) - Math.max(boxA.minX, boxB.minX);
  const h = Math.min(boxA.maxY, boxB.maxY) - Math.max(boxA.minY, boxB.minY);
  if (w <= tolerance || h <= tolerance) return false;
  const m = intersectionMeasure(a, b);
  return m.area > AREA_EPS && meanWidth(m.area, m.aInB + m.bInA) > tolerance;
}

/**
 * Whether `inner` lies inside `outer` but for a sliver: the part of `inner` outside `outer` has a mean
 * width of at most `tolerance` (or no area).
 */
export function polygonWithin(inner: Ring, outer: Ring, tolerance = OVERLAP_TOLERANCE): boolean {
  const m = intersectionMeasure(inner, outer);
  const outsideArea = Math.abs(signedArea(inner)) - m.area;
  const outsideBoundary = perimeter(inner) - m.aInB + m.bInA;
  return outsideArea <= AREA_EPS || meanWidth(outsideArea, outsideBoundary) <= tolerance;
}
