/**
 * Exact 2-D answers for the body queries that are not close calls, so Rapier is asked only about
 * poses within `BAND` of touching something.
 *
 * Seen from above, the inflated body is a rectangle and the site is segments: the drivable union's
 * boundary (a crossing one means the body leaves the union) and the edges of every obstacle the
 * vehicle's height range meets (as in collision-world.ts: ground obstacles taller than the body's
 * underside, overhead ones with a clearance below its roof). For a pose:
 * - a segment crossing the rectangle shrunk by BAND, an obstacle vertex inside it, or the body's
 *   centre inside an obstacle: it certainly hits (a "hit" is never wrong);
 * - no segment meets the rectangle grown by BAND, no obstacle vertex lies in it, the centre is in
 *   the union and in no obstacle: it is certainly free (so a body wholly inside an obstacle or wholly
 *   outside the union is never called free);
 * - anything else (something within BAND of the body's outline) goes to Rapier.
 * Obstacles whose height is within SURE of the body's underside or roof never count as a certain hit,
 * only as possible: Rapier decides those too. BAND covers Rapier's f32 coordinates (≈ 1e-5 m at
 * 300 m from the origin) by three orders of magnitude.
 *
 * Segments sit in a uniform grid (Ericson, "Real-Time Collision Detection", 2005, §7.1); a query visits
 * the cells under the rectangle's bounding box and tests each segment once (a stamp per segment), with
 * Liang–Barsky clipping in the body's frame. No allocation per query.
 */
import type { SiteObstacle } from '../../models/schema/site.ts';
import { pointLocator, type PointLocator } from '../../models/geometry/point-locator.ts';
import type { VehicleProbe } from './collision-world.ts';
import type { DrivableRegion } from './drivable-region.ts';
import { centreOffset, type VehicleGeometry } from './vehicle-geometry.ts';

/** Half width of the band Rapier decides (m). */
export const BAND = 0.02;
/** Underside of the body (m), as in collision-world.ts, and the height overlap counted as certain. */
const BODY_BOTTOM = 0.05;
const SURE = 0.01;
/** Grid cell (m): a body's bounding box spans a handful of cells, a lane wall a few dozen. */
const GRID = 4;

/** The clipped parameter range of `meets` (module state: no closure or allocation per call). */
let t0 = 0;
let t1 = 1;

/** One Liang–Barsky slab, p·t ≤ q: false once the range is empty. */
function clip(p: number, q: number): boolean {
  if (p === 0) return q >= 0;
  const t = q / p;
  if (p < 0) {
    if (t > t1) return false;
    if (t > t0) t0 = t;
  } else {
    if (t < t0) return false;
    if (t < t1) t1 = t;
  }
  return true;
}

/** Does segment (ax, ay)–(bx, by), given in the body frame, meet the box [−hl, hl] × [−hw, hw]? */
function meets(ax: number, ay: number, bx: number, by: number, hl: number, hw: number): boolean {
  t0 = 0;
  t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  return clip(-dx, ax + hl) && clip(dx, hl - ax) && clip(-dy, ay + hw) && clip(dy, hw - ay);
}

/** Distance from (x, y) to the segment (ax, ay)–(bx, by). */
function pointSegment(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const l2 = dx * dx + dy * dy;
  let t = l2 > 0 ? ((x - ax) * dx + (y - ay) * dy) / l2 : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const ex = ax + t * dx - x;
  const ey = ay + t * dy - y;
  return Math.sqrt(ex * ex + ey * ey);
}

/** 1: certainly free, −1: certainly hits, 0: a close call (ask Rapier). */
export type Contact = 1 | -1 | 0;

export interface BodyContact {
  /** The body at rear-axle pose (x, y, θ), grown by `margin` on every side. */
  body(x: number, y: number, th: number, margin: number): Contact;
  /**
   * After a certain hit (−1): whether what it hit stays when every `removable` obstacle is removed
   * (a wall, the outside of the union, a fixed obstacle). False after any other answer.
   */
  hitFixed(): boolean;
  /** A vertical cylinder of radius r at (x, y), as tall as the body (VehicleProbe.discFree). */
  disc(x: number, y: number, r: number): Contact;
}

export function bodyContact(
  region: DrivableRegion,
  obstacles: readonly SiteObstacle[],
  removed: Uint8Array,
  g: VehicleGeometry,
): BodyContact {
  // Segments: x0 y0 x1 y1, and whether crossing one is a certain hit.
  const seg: number[] = [];
  const certainSeg: number[] = [];
  const w = region.walls;
  for (let k = 0; k + 3 < w.length; k += 4) {
    seg.push(w[k]!, w[k + 1]!, w[k + 2]!, w[k + 3]!);
    certainSeg.push(1);
  }
  /** Obstacles the body may meet: their locators, bounding boxes and whether a hit is certain. */
  const locs: PointLocator[] = [];
  const boxes: number[] = [];
  const certainObs: number[] = [];
  const verts: number[] = [];
  const vertObs: number[] = [];
  obstacles.forEach((o, i) => {
    if (removed[i]) return;
    // Certain: 1 a fixed obstacle, 2 a removable one (BodyContact.hitFixed).
    const sure = o.removable === true ? 2 : 1;
    const overhead = o.kind === 'overhead';
    const c = o.clearance ?? 0;
    const possible = overhead ? c < g.height + SURE : o.height === undefined || o.height > BODY_BOTTOM - SURE;
    if (!possible) return;
    const certain = overhead ? c < g.height - SURE : o.height === undefined || o.height > BODY_BOTTOM + SURE;
    const ring = o.polygon;
    const index = locs.length;
    locs.push(pointLocator(ring));
    certainObs.push(certain ? sure : 0);
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let k = 0; k < ring.length; k++) {
      const [ax, ay] = ring[k]!;
      const [bx, by] = ring[(k + 1) % ring.length]!;
      seg.push(ax, ay, bx, by);
      certainSeg.push(certain ? sure : 0);
      verts.push(ax, ay);
      vertObs.push(index);
      x0 = Math.min(x0, ax);
      y0 = Math.min(y0, ay);
      x1 = Math.max(x1, ax);
      y1 = Math.max(y1, ay);
    }
    boxes.push(x0, y0, x1, y1);
  });
  const S = Float64Array.from(seg);
  const nSeg = S.length / 4;
  const V = Float64Array.from(verts);

  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let k = 0; k < S.length; k += 2) {
    minX = Math.min(minX, S[k]!);
    maxX = Math.max(maxX, S[k]!);
    minY = Math.min(minY, S[k + 1]!);
    maxY = Math.max(maxY, S[k + 1]!);
  }
  if (!Number.isFinite(minX)) {
    minX = minY = 0;
    maxX = maxY = 1;
  }
  const nx = Math.max(1, Math.ceil((maxX - minX) / GRID) + 1);
  const ny = Math.max(1, Math.ceil((maxY - minY) / GRID) + 1);
  // Cell lists in CSR form: segments (by bounding box) and obstacles (by bounding box).
  const cellsOf = (x0: number, y0: number, x1: number, y1: number, each: (c: number) => void): void => {
    const i0 = Math.max(0, Math.floor((x0 - minX) / GRID));
    const i1 = Math.min(nx - 1, Math.floor((x1 - minX) / GRID));
    const j0 = Math.max(0, Math.floor((y0 - minY) / GRID));
    const j1 = Math.min(ny - 1, Math.floor((y1 - minY) / GRID));
    for (let j = j0; j <= j1; j++) for (let i = i0; i <= i1; i++) each(j * nx + i);
  };
  const csr = (n: number, box: (k: number) => [number, number, number, number]): [Int32Array, Int32Array] => {
    const start = new Int32Array(nx * ny + 1);
    for (let k = 0; k < n; k++) cellsOf(...box(k), (c) => start[c + 1]!++);
    for (let c = 0; c < nx * ny; c++) start[c + 1]! += start[c]!;
    const fill = start.slice(0, nx * ny);
    const items = new Int32Array(start[nx * ny]!);
    for (let k = 0; k < n; k++) cellsOf(...box(k), (c) => (items[fill[c]!++] = k));
    return [start, items];
  };
  const [segStart, segItems] = csr(nSeg, (k) => [
    Math.min(S[4 * k]!, S[4 * k + 2]!),
    Math.min(S[4 * k + 1]!, S[4 * k + 3]!),
    Math.max(S[4 * k]!, S[4 * k + 2]!),
    Math.max(S[4 * k + 1]!, S[4 * k + 3]!),
  ]);
  const nObs = locs.length;
  const [obsStart, obsItems] = csr(nObs, (k) => [
    boxes[4 * k]!,
    boxes[4 * k + 1]!,
    boxes[4 * k + 2]!,
    boxes[4 * k + 3]!,
  ]);
  const segCertain = Uint8Array.from(certainSeg);
  const obsCertain = Uint8Array.from(certainObs);
  const vertStart = new Int32Array(nObs + 1);
  for (const o of vertObs) vertStart[o + 1]!++;
  for (let o = 0; o < nObs; o++) vertStart[o + 1]! += vertStart[o]!;
  const segStamp = new Uint32Array(nSeg);
  const obsStamp = new Uint32Array(nObs);
  let stamp = 0;

  const off = centreOffset(g);
  const hl0 = (g.front + g.rear) / 2;
  const hw0 = g.halfWidth;

  /** Grid cells (i0, i1, j0, j1) under a box, written to `range` (no allocation per query). */
  const range = new Int32Array(4);
  const cellRange = (x0: number, y0: number, x1: number, y1: number): void => {
    range[0] = Math.max(0, Math.floor((x0 - minX) / GRID));
    range[1] = Math.min(nx - 1, Math.floor((x1 - minX) / GRID));
    range[2] = Math.max(0, Math.floor((y0 - minY) / GRID));
    range[3] = Math.min(ny - 1, Math.floor((y1 - minY) / GRID));
  };
  /** See BodyContact.hitFixed: set by every certain hit, cleared by every query. */
  let fixed = false;
  /** A new query: each segment and obstacle is tested once per query (its stamp). */
  const nextStamp = (): void => {
    fixed = false;
    if (++stamp === 0xffffffff) {
      segStamp.fill(0);
      obsStamp.fill(0);
      stamp = 1;
    }
  };
  /** Point (x, y) in obstacle o: −1 a certain hit, 0 a close call (height), 1 not inside. */
  const inside = (o: number, x: number, y: number): Contact => {
    if (x < boxes[4 * o]! || x > boxes[4 * o + 2]! || y < boxes[4 * o + 1]! || y > boxes[4 * o + 3]!)
      return 1;
    if (locs[o]!.locate(x, y) < 0) return 1;
    return obsCertain[o] !== 0 ? -1 : 0;
  };

  return {
    hitFixed: () => fixed,
    body(x, y, th, margin) {
      const c = Math.cos(th);
      const s = Math.sin(th);
      const cx = x + off * c;
      const cy = y + off * s;
      const hl = hl0 + margin;
      const hw = hw0 + margin;
      // Bounding box of the grown rectangle.
      const ex = Math.abs(c) * (hl + BAND) + Math.abs(s) * (hw + BAND);
      const ey = Math.abs(s) * (hl + BAND) + Math.abs(c) * (hw + BAND);
      nextStamp();
      let close = false;
      cellRange(cx - ex, cy - ey, cx + ex, cy + ey);
      for (let j = range[2]!; j <= range[3]!; j++)
        for (let i = range[0]!; i <= range[1]!; i++) {
          const cell = j * nx + i;
          for (let q = segStart[cell]!; q < segStart[cell + 1]!; q++) {
            const k = segItems[q]!;
            if (segStamp[k] === stamp) continue;
            segStamp[k] = stamp;
            // Endpoints in the body frame (u along the body, v to its left).
            const px = S[4 * k]! - cx;
            const py = S[4 * k + 1]! - cy;
            const qx = S[4 * k + 2]! - cx;
            const qy = S[4 * k + 3]! - cy;
            const au = px * c + py * s;
            const av = py * c - px * s;
            const bu = qx * c + qy * s;
            const bv = qy * c - qx * s;
            if (!meets(au, av, bu, bv, hl + BAND, hw + BAND)) continue;
            if (segCertain[k] !== 0 && meets(au, av, bu, bv, hl - BAND, hw - BAND)) {
              fixed = segCertain[k] === 1;
              return -1;
            }
            close = true;
          }
          // Obstacles: a vertex inside the body, or the body's centre inside the obstacle.
          for (let q = obsStart[cell]!; q < obsStart[cell + 1]!; q++) {
            const o = obsItems[q]!;
            if (obsStamp[o] === stamp) continue;
            obsStamp[o] = stamp;
            for (let v = vertStart[o]!; v < vertStart[o + 1]!; v++) {
              const px = V[2 * v]! - cx;
              const py = V[2 * v + 1]! - cy;
              const u = Math.abs(px * c + py * s);
              const w2 = Math.abs(py * c - px * s);
              if (u > hl + BAND || w2 > hw + BAND) continue;
              if (obsCertain[o] !== 0 && u < hl - BAND && w2 < hw - BAND) {
                fixed = obsCertain[o] === 1;
                return -1;
              }
              close = true;
            }
            const a = inside(o, cx, cy);
            if (a < 0) {
              fixed = obsCertain[o] === 1;
              return -1;
            }
            if (a === 0) close = true;
          }
        }
      if (close) return 0;
      // Nothing within BAND of the outline: the body is wholly inside or wholly outside the union.
      const inUnion = region.contains(cx, cy);
      fixed = !inUnion;
      return inUnion ? 1 : -1;
    },
    disc(x, y, r) {
      nextStamp();
      const far = r + BAND;
      const near = Math.max(0, r - BAND);
      let close = false;
      cellRange(x - far, y - far, x + far, y + far);
      for (let j = range[2]!; j <= range[3]!; j++)
        for (let i = range[0]!; i <= range[1]!; i++) {
          const cell = j * nx + i;
          for (let q = segStart[cell]!; q < segStart[cell + 1]!; q++) {
            const k = segItems[q]!;
            if (segStamp[k] === stamp) continue;
            segStamp[k] = stamp;
            const d = pointSegment(x, y, S[4 * k]!, S[4 * k + 1]!, S[4 * k + 2]!, S[4 * k + 3]!);
            if (d > far) continue;
            if (segCertain[k] !== 0 && d < near) {
              fixed = segCertain[k] === 1;
              return -1;
            }
            close = true;
          }
          for (let q = obsStart[cell]!; q < obsStart[cell + 1]!; q++) {
            const o = obsItems[q]!;
            if (obsStamp[o] === stamp) continue;
            obsStamp[o] = stamp;
            const a = inside(o, x, y);
            if (a < 0) {
              fixed = obsCertain[o] === 1;
              return -1;
            }
            if (a === 0) close = true;
          }
        }
      if (close) return 0;
      const inUnion = region.contains(x, y);
      fixed = !inUnion;
      return inUnion ? 1 : -1;
    },
  };
}

/**
 * The probe with `bodyFree`, `bodyClear` and `discFree` answered exactly where that is certain; every
 * close call (within BAND of contact) goes to Rapier, so the answers are Rapier's wherever they could
 * differ.
 */
export function contactProbe(probe: VehicleProbe, contact: BodyContact): VehicleProbe {
  let fixed = false;
  return {
    ...probe,
    bodyFree: (x, y, th) => {
      const c = contact.body(x, y, th, 0);
      fixed = c < 0 && contact.hitFixed();
      return c === 0 ? probe.bodyFree(x, y, th) : c > 0;
    },
    lastHitFixed: () => fixed,
    bodyClear: (x, y, th, m) => {
      const c = contact.body(x, y, th, m);
      return c === 0 ? probe.bodyClear(x, y, th, m) : c > 0;
    },
    discFree: (x, y, r) => {
      const c = contact.disc(x, y, r);
      return c === 0 ? probe.discFree(x, y, r) : c > 0;
    },
  };
}
