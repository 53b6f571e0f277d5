/**
 * The union of the site's drivable polygons (`site.drivable`): where a vehicle body may be. Its
 * boundary becomes walls in the collision world; shared or overlapping edges between two drivable
 * areas (a rescue site touching its lane) drop out, so a body may straddle them.
 *
 * Method: every edge is split where other polygons' edges cross it; a piece is boundary iff exactly
 * one side of it (a point offset by ε along its normal) lies in the union.
 */
import type { Point } from '../../models/schema/common.ts';
import { pointLocator, type PointLocator } from '../../models/geometry/point-locator.ts';
import { segmentIntersectionXY } from '../../models/geometry/segments.ts';
import { bbox, cleanRing, type Ring } from '../../models/geometry/polygon.ts';

/** Side offset used to classify an edge piece (m): far below drawing precision, far above rounding. */
const SIDE_EPS = 1e-4;

/**
 * Cell of the inside raster (m), and the most cells it may have (larger sites get larger cells).
 * The planner asks `contains` before every Rapier query; the exact test walks every polygon's edges.
 */
const RASTER_CELL = 1;
const RASTER_MAX_CELLS = 1 << 22;

/**
 * `exact` answered from a raster where that is certain: a cell no ring edge comes near lies wholly
 * inside or wholly outside each polygon, so its centre's answer holds for every point in it. Cells an
 * edge crosses (and their neighbours: the edge is sampled every quarter cell and the 3 × 3 block
 * around each sample is marked) are asked exactly. Same answers as `exact`, far fewer edge walks.
 */
function insideRaster(
  rings: readonly Ring[],
  exact: (x: number, y: number) => boolean,
): (x: number, y: number) => boolean {
  const box = bbox(rings.flat());
  const { maxX, maxY } = box;
  let { minX, minY } = box;
  if (!Number.isFinite(minX)) return exact;
  let cell = RASTER_CELL;
  while (((maxX - minX) / cell + 3) * ((maxY - minY) / cell + 3) > RASTER_MAX_CELLS) cell *= 2;
  minX -= cell;
  minY -= cell;
  const nx = Math.ceil((maxX - minX) / cell) + 2;
  const ny = Math.ceil((maxY - minY) / cell) + 2;
  // 0: ask exactly; 1: inside; 2: outside.
  const state = new Uint8Array(nx * ny);
  const edge = new Uint8Array(nx * ny);
  for (const r of rings)
    for (let k = 0; k < r.length; k++) {
      const [ax, ay] = r[k]!;
      const [bx, by] = r[(k + 1) % r.length]!;
      const n = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / (cell / 4)));
      for (let t = 0; t <= n; t++) {
        const i = Math.floor((ax + ((bx - ax) * t) / n - minX) / cell);
        const j = Math.floor((ay + ((by - ay) * t) / n - minY) / cell);
        for (let b = j - 1; b <= j + 1; b++)
          for (let a = i - 1; a <= i + 1; a++) if (a >= 0 && b >= 0 && a < nx && b < ny) edge[b * nx + a] = 1;
      }
    }
  // Neighbouring unmarked cells of a row share their state (an edge between them would cross one).
  for (let j = 0; j < ny; j++)
    for (let i = 0, run = 0; i < nx; i++) {
      const k = j * nx + i;
      if (edge[k]) run = 0;
      else state[k] = run = run || (exact(minX + (i + 0.5) * cell, minY + (j + 0.5) * cell) ? 1 : 2);
    }
  return (x, y) => {
    const i = Math.floor((x - minX) / cell);
    const j = Math.floor((y - minY) / cell);
    if (i < 0 || j < 0 || i >= nx || j >= ny) return false;
    const s = state[j * nx + i]!;
    return s === 0 ? exact(x, y) : s === 1;
  };
}

export interface DrivableRegion {
  rings: readonly Ring[];
  /** Boundary pieces of the union as x0 y0 x1 y1 quadruples. */
  walls: Float64Array;
  /** Point strictly inside at least one drivable polygon (or on its boundary). */
  contains(x: number, y: number): boolean;
}

export function drivableRegion(polygons: readonly (readonly Point[])[]): DrivableRegion {
  const rings = polygons.map((p) => cleanRing(p));
  const locators: PointLocator[] = rings.map((r) => pointLocator(r));
  const inside = (x: number, y: number): boolean => locators.some((l) => l.locate(x, y) === 1);
  const exact = (x: number, y: number): boolean => locators.some((l) => l.locate(x, y) >= 0);
  const contains = insideRaster(rings, exact);
  const walls: number[] = [];
  rings.forEach((ring, ri) => {
    for (let i = 0; i < ring.length; i++) {
      const [ax, ay] = ring[i]!;
      const [bx, by] = ring[(i + 1) % ring.length]!;
      const len = Math.hypot(bx - ax, by - ay);
      if (len === 0) continue;
      const ts = [0, 1];
      rings.forEach((other, oi) => {
        if (oi === ri) return;
        for (let j = 0; j < other.length; j++) {
          const [cx, cy] = other[j]!;
          const [dx, dy] = other[(j + 1) % other.length]!;
          for (const [px, py] of [
            [cx, cy],
            [dx, dy],
          ] as const) {
            // Endpoints of collinear or touching edges split too.
            const t = ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / (len * len);
            const ex = ax + t * (bx - ax) - px;
            const ey = ay + t * (by - ay) - py;
            if (t > 0 && t < 1 && Math.hypot(ex, ey) < 1e-9) ts.push(t);
          }
          const hit = segmentIntersectionXY(ax, ay, bx, by, cx, cy, dx, dy);
          if (hit) {
            const t =
              Math.abs(bx - ax) > Math.abs(by - ay) ? (hit[0] - ax) / (bx - ax) : (hit[1] - ay) / (by - ay);
            if (t > 0 && t < 1) ts.push(t);
          }
        }
      });
      ts.sort((p, q) => p - q);
      const nx = -(by - ay) / len;
      const ny = (bx - ax) / len;
      for (let k = 0; k + 1 < ts.length; k++) {
        const t0 = ts[k]!;
        const t1 = ts[k + 1]!;
        if ((t1 - t0) * len < 1e-9) continue;
        const tm = (t0 + t1) / 2;
        const mx = ax + tm * (bx - ax);
        const my = ay + tm * (by - ay);
        const left = inside(mx + SIDE_EPS * nx, my + SIDE_EPS * ny);
        const right = inside(mx - SIDE_EPS * nx, my - SIDE_EPS * ny);
        if (left !== right)
          walls.push(ax + t0 * (bx - ax), ay + t0 * (by - ay), ax + t1 * (bx - ax), ay + t1 * (by - ay));
      }
    }
  });
  return { rings, walls: Float64Array.from(walls), contains };
}
