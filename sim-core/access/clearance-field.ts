/**
 * A conservative clearance field that lets the planner skip Rapier queries for poses that are free
 * beyond doubt. The obstacles the vehicle could touch (every ground obstacle, overhead ones with a
 * clearance below the vehicle's height) and the drivable-union boundary are rasterised onto a grid,
 * over-approximated: every point of them lies in a marked cell. The exact Euclidean distance transform
 * of the marked cell centres (Felzenszwalb & Huttenlocher, "Distance Transforms of Sampled
 * Functions", Theory of Computing 8, 2012) then bounds the clearance of any point q from below by
 * D(cell of q) − 2h (h: half the cell diagonal; each of q and the obstacle point is within h of its
 * cell centre).
 *
 * The body is covered by k discs along its axis (Ziegler & Stiller, "Fast collision checking for
 * intelligent vehicle motion planning", IEEE IV 2010): radius √((L/2k)² + (W/2)²) each. If every disc
 * centre has clearance ≥ that radius, the body hits nothing and lies inside the drivable union (the
 * outside of the union is marked like an obstacle). Otherwise Rapier decides, so answers are the
 * same as Rapier's wherever the field is not certain, and a "free" is never wrong.
 *
 * A second transform bounds the distance to a point the body certainly hits from above: cells whose
 * centre lies outside the union (the body then crosses a boundary wall) or strictly inside an obstacle
 * that overlaps the body's height range. From a point q that distance is at most D(cell of q) + h; if
 * it is below the half width for a point on the body's axis (a disc inside the body), the body
 * certainly collides and Rapier is not asked either: a "hit" is never wrong.
 */
import type { SiteObstacle } from '../../models/schema/site.ts';
import { pointLocator } from '../../models/geometry/point-locator.ts';
import type { Ring } from '../../models/geometry/polygon.ts';
import type { VehicleProbe } from './collision-world.ts';
import type { DrivableRegion } from './drivable-region.ts';
import type { VehicleGeometry } from './vehicle-geometry.ts';

/** Cell size of the field (m): the clearance bound loses 2h = 0.35 m to it. */
export const CLEARANCE_CELL = 0.25;
/** Underside of the body (m), as in collision-world.ts, and the height overlap counted as certain. */
const BODY_BOTTOM = 0.05;
const SURE = 0.01;
/** Discs covering the body (more discs: radii closer to the half width, more lookups). */
const DISCS = 8;
const BIG = 1e20;

export interface ClearanceField {
  /** Lower bound on the distance (m) from (x, y) to anything the vehicle could touch; 0 off the grid. */
  at(x: number, y: number): number;
  /** Upper bound on the distance (m) from (x, y) to a point the body certainly hits; Infinity if none. */
  hitAt(x: number, y: number): number;
}

export function clearanceField(
  region: DrivableRegion,
  obstacles: readonly SiteObstacle[],
  removed: Uint8Array,
  height: number,
  cell = CLEARANCE_CELL,
): ClearanceField {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const r of region.rings)
    for (const [x, y] of r) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  // One cell of margin: everything beyond the union's bounding box is outside it.
  minX -= cell;
  minY -= cell;
  const nx = Math.max(1, Math.ceil((maxX - minX) / cell) + 2);
  const ny = Math.max(1, Math.ceil((maxY - minY) / cell) + 2);
  // Everything starts outside the union; cells whose centre one of its polygons holds are inside.
  const occ = new Uint8Array(nx * ny).fill(1);
  // Certainly hit: centre outside the union, or strictly inside an obstacle overlapping the body.
  const sure = new Uint8Array(nx * ny).fill(1);
  const mark = (x: number, y: number): void => {
    // The 3 × 3 block around the cell of a sample: covers every point within one cell of it.
    const i = Math.floor((x - minX) / cell);
    const j = Math.floor((y - minY) / cell);
    for (let b = j - 1; b <= j + 1; b++)
      for (let a = i - 1; a <= i + 1; a++) if (a >= 0 && b >= 0 && a < nx && b < ny) occ[b * nx + a] = 1;
  };
  const segment = (ax: number, ay: number, bx: number, by: number): void => {
    // Samples every cell/2: each point of the segment is within cell/4 of one.
    const n = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / (cell / 2)));
    for (let k = 0; k <= n; k++) mark(ax + ((bx - ax) * k) / n, ay + ((by - ay) * k) / n);
  };
  const cells = (ring: Ring, each: (k: number, x: number, y: number) => void): void => {
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (const [x, y] of ring) {
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
    const i0 = Math.max(0, Math.floor((x0 - minX) / cell));
    const i1 = Math.min(nx - 1, Math.floor((x1 - minX) / cell));
    const j0 = Math.max(0, Math.floor((y0 - minY) / cell));
    const j1 = Math.min(ny - 1, Math.floor((y1 - minY) / cell));
    for (let j = j0; j <= j1; j++)
      for (let i = i0; i <= i1; i++) each(j * nx + i, minX + (i + 0.5) * cell, minY + (j + 0.5) * cell);
  };
  // The union's own (raster-accelerated) test: the same answer as asking each polygon.
  for (const ring of region.rings)
    cells(ring, (k, x, y) => {
      if (occ[k] && region.contains(x, y)) occ[k] = sure[k] = 0;
    });
  // Then the boundary itself (cells straddling it) and the obstacles are marked.
  const w = region.walls;
  for (let k = 0; k + 3 < w.length; k += 4) segment(w[k]!, w[k + 1]!, w[k + 2]!, w[k + 3]!);
  obstacles.forEach((o, index) => {
    if (removed[index]) return;
    if (o.kind === 'overhead' && (o.clearance ?? 0) >= height) return;
    const ring = o.polygon;
    // A point inside the polygon lies in a cell whose centre is inside, or in a cell an edge crosses.
    for (let k = 0; k < ring.length; k++) {
      const [ax, ay] = ring[k]!;
      const [bx, by] = ring[(k + 1) % ring.length]!;
      segment(ax, ay, bx, by);
    }
    const loc = pointLocator(ring);
    const certain =
      o.kind === 'overhead'
        ? (o.clearance ?? 0) < height - SURE
        : o.height === undefined || o.height > BODY_BOTTOM + SURE;
    cells(ring, (k, x, y) => {
      const at = loc.locate(x, y);
      if (at >= 0) occ[k] = 1;
      if (certain && at > 0) sure[k] = 1;
    });
  });
  const d2 = squaredDistanceTransform(occ, nx, ny);
  const h2 = squaredDistanceTransform(sure, nx, ny);
  const loss = cell * Math.SQRT2;
  const half = loss / 2;
  return {
    at(x, y) {
      const i = Math.floor((x - minX) / cell);
      const j = Math.floor((y - minY) / cell);
      if (i < 0 || j < 0 || i >= nx || j >= ny) return 0;
      return Math.max(0, Math.sqrt(d2[j * nx + i]!) * cell - loss);
    },
    hitAt(x, y) {
      const i = Math.floor((x - minX) / cell);
      const j = Math.floor((y - minY) / cell);
      // Off the grid is outside the union's bounding box: outside the union.
      if (i < 0 || j < 0 || i >= nx || j >= ny) return 0;
      const d = h2[j * nx + i]!;
      return d >= BIG ? Infinity : Math.sqrt(d) * cell + half;
    },
  };
}

/**
 * Squared distances (in cells²) from each cell centre to the nearest marked one: two 1D passes. Each
 * pass transforms only the runs of unmarked cells, each with the marked cell at either end: a point
 * of the run is nearer to that cell than to anything beyond it (f ≥ 0 there), so the result is the
 * same as over the whole line, and a site drawn in a large box (a ring road round a block) costs its
 * drivable cells, not its bounding box.
 */
function squaredDistanceTransform(occ: Uint8Array, nx: number, ny: number): Float64Array {
  const out = new Float64Array(nx * ny);
  for (let k = 0; k < nx * ny; k++) out[k] = occ[k] ? 0 : BIG;
  const n = Math.max(nx, ny);
  const f = new Float64Array(n);
  const d = new Float64Array(n);
  const v = new Int32Array(n);
  const z = new Float64Array(n + 1);
  /** Transforms f[0 … len) run by run into d (cells with f = 0 keep 0). */
  const line = (len: number): void => {
    let a = 0;
    while (a < len) {
      if (f[a] === 0) {
        d[a] = 0;
        a++;
        continue;
      }
      let b = a;
      while (b + 1 < len && f[b + 1] !== 0) b++;
      const lo = Math.max(0, a - 1);
      const hi = Math.min(len - 1, b + 1);
      edt1d(f, lo, hi - lo + 1, d, v, z);
      a = b + 1;
    }
  };
  for (let i = 0; i < nx; i++) {
    for (let j = 0; j < ny; j++) f[j] = out[j * nx + i]!;
    line(ny);
    for (let j = 0; j < ny; j++) out[j * nx + i] = d[j]!;
  }
  for (let j = 0; j < ny; j++) {
    const row = j * nx;
    for (let i = 0; i < nx; i++) f[i] = out[row + i]!;
    line(nx);
    for (let i = 0; i < nx; i++) out[row + i] = d[i]!;
  }
  return out;
}

/**
 * Lower envelope of the parabolas (q − p)² + f(p) (Felzenszwalb & Huttenlocher 2012, Algorithm 1),
 * over f[lo … lo + n), written to d[lo … lo + n).
 */
function edt1d(
  f: Float64Array,
  lo: number,
  n: number,
  d: Float64Array,
  v: Int32Array,
  z: Float64Array,
): void {
  let k = 0;
  v[0] = 0;
  z[0] = -Infinity;
  z[1] = Infinity;
  for (let q = 1; q < n; q++) {
    let s: number;
    const fq = f[lo + q]!;
    for (;;) {
      const p = v[k]!;
      s = (fq + q * q - (f[lo + p]! + p * p)) / (2 * q - 2 * p);
      if (s > z[k]!) break;
      k--;
    }
    k++;
    v[k] = q;
    z[k] = s;
    z[k + 1] = Infinity;
  }
  k = 0;
  for (let q = 0; q < n; q++) {
    while (z[k + 1]! < q) k++;
    const p = v[k]!;
    d[lo + q] = (q - p) * (q - p) + f[lo + p]!;
  }
}

/**
 * The probe with `bodyFree` answered from the field where it is certain (and `bodyClear` likewise,
 * for the grown body); every other question goes to Rapier.
 */
export function fieldProbe(probe: VehicleProbe, g: VehicleGeometry, field: ClearanceField): VehicleProbe {
  const len = g.front + g.rear;
  const seg = len / DISCS;
  const certain = (x: number, y: number, th: number, margin: number): boolean => {
    const c = Math.cos(th);
    const s = Math.sin(th);
    const r = Math.hypot(seg / 2 + margin / DISCS, g.halfWidth + margin);
    const sg = seg + (2 * margin) / DISCS;
    for (let k = 0; k < DISCS; k++) {
      const u = -g.rear - margin + (k + 0.5) * sg;
      if (field.at(x + u * c, y + u * s) < r) return false;
    }
    return true;
  };
  // Axis points of the discs inside the body (radius half width + margin), ends included.
  const HIT_POINTS = 7;
  const hit = (x: number, y: number, th: number, margin: number): boolean => {
    const r = g.halfWidth + margin;
    const a = -g.rear - margin + r;
    const b = g.front + margin - r;
    if (b < a) return false;
    const c = Math.cos(th);
    const s = Math.sin(th);
    for (let k = 0; k < HIT_POINTS; k++) {
      const u = a + ((b - a) * k) / (HIT_POINTS - 1);
      if (field.hitAt(x + u * c, y + u * s) < r) return true;
    }
    return false;
  };
  return {
    ...probe,
    bodyFree: (x, y, th) => certain(x, y, th, 0) || (!hit(x, y, th, 0) && probe.bodyFree(x, y, th)),
    bodyClear: (x, y, th, m) => certain(x, y, th, m) || (!hit(x, y, th, m) && probe.bodyClear(x, y, th, m)),
    discFree: (x, y, r) => field.at(x, y) >= r || (field.hitAt(x, y) >= r && probe.discFree(x, y, r)),
  };
}
