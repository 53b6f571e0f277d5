/** Axis-aligned plan geometry for the generator: rectangles, segments and millimetre rounding. */
import type { Point, Polygon, Segment } from '../schema/common.ts';

/** An axis-aligned rectangle, x0 < x1 and y0 < y1 (m). */
export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Rounds to the millimetre so generated files are stable and free of 0.30000000000000004. */
export function r3(v: number): number {
  const r = Math.round(v * 1000) / 1000;
  return r === 0 ? 0 : r; // no -0 in the JSON
}

export function pt(x: number, y: number): Point {
  return [r3(x), r3(y)];
}

/** Counter-clockwise, starting at the south-west corner. */
export function rectPolygon(r: Rect): Polygon {
  return [pt(r.x0, r.y0), pt(r.x1, r.y0), pt(r.x1, r.y1), pt(r.x0, r.y1)];
}

/** A horizontal segment on the line y from x0 to x1. */
export function hSeg(y: number, x0: number, x1: number): Segment {
  return [pt(x0, y), pt(x1, y)];
}

/** A vertical segment on the line x from y0 to y1. */
export function vSeg(x: number, y0: number, y1: number): Segment {
  return [pt(x, y0), pt(x, y1)];
}

export function rect(x0: number, y0: number, x1: number, y1: number): Rect {
  return { x0, y0, x1, y1 };
}

/** The bounding rectangle of some polygons. */
export function bounds(polygons: readonly Polygon[]): Rect {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const poly of polygons) {
    for (const [x, y] of poly) {
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  }
  return { x0, y0, x1, y1 };
}
