/**
 * Walls of one storey as straight segments: every space boundary edge, minus the stretches where a
 * passable door lies on it (doors lie on their spaces' boundary within 0.05 m, spec "Storeys"), plus
 * every obstacle edge. A blocked door is simply not cut out, so it is a wall.
 */
import type { Point } from '../../../models/schema/common.ts';
import type { Storey } from '../../../models/schema/storey.ts';
import { mergeIntervals, type Interval } from '../../../models/geometry/boundary.ts';

/** Tolerance (m) of a door on a wall: the spec's 0.05 m plus rounding. */
const DOOR_ON_WALL_TOL = 0.05 + 1e-6;

export interface Segments {
  ax: number[];
  ay: number[];
  bx: number[];
  by: number[];
}

function push(out: Segments, a: Point, b: Point): void {
  out.ax.push(a[0]);
  out.ay.push(a[1]);
  out.bx.push(b[0]);
  out.by.push(b[1]);
}

function lerp(a: Point, b: Point, t: number): Point {
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}

export function storeyWalls(storey: Storey): Segments {
  const out: Segments = { ax: [], ay: [], bx: [], by: [] };
  const doors = (storey.doors ?? []).filter((d) => d.passable !== false);
  for (const space of storey.spaces) {
    const mine = doors.filter((d) => d.spaces[0] === space.id || d.spaces[1] === space.id);
    const ring = space.polygon;
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i]!;
      const b = ring[(i + 1) % ring.length]!;
      const cuts: Interval[] = [];
      for (const d of mine) {
        // The door's projection onto this edge, if the door lies along it (both ends within the
        // tolerance of the edge's line). Exactly the door's extent: the portal (extended a little
        // in building-layout.ts) then overlaps the wall ends, so there is no gap to slip through.
        const iv = doorOnEdge(a, b, d.segment[0], d.segment[1]);
        if (iv && iv[1] - iv[0] > 1e-9) cuts.push(iv);
      }
      let t = 0;
      for (const [t0, t1] of mergeIntervals(cuts)) {
        if (t0 > t + 1e-9) push(out, lerp(a, b, t), lerp(a, b, t0));
        t = Math.max(t, t1);
      }
      if (t < 1 - 1e-9) push(out, lerp(a, b, t), b);
    }
  }
  for (const obstacle of storey.obstacles ?? []) {
    const ring = obstacle.polygon;
    for (let i = 0; i < ring.length; i++) push(out, ring[i]!, ring[(i + 1) % ring.length]!);
  }
  return out;
}

/** Parameter interval of edge a → b covered by the projection of door p → q lying along it. */
function doorOnEdge(a: Point, b: Point, p: Point, q: Point): Interval | undefined {
  const ux = b[0] - a[0];
  const uy = b[1] - a[1];
  const len = Math.hypot(ux, uy);
  if (len === 0) return undefined;
  const off = (x: number, y: number): number => Math.abs((x - a[0]) * uy - (y - a[1]) * ux) / len;
  if (off(p[0], p[1]) > DOOR_ON_WALL_TOL || off(q[0], q[1]) > DOOR_ON_WALL_TOL) return undefined;
  const tp = ((p[0] - a[0]) * ux + (p[1] - a[1]) * uy) / (len * len);
  const tq = ((q[0] - a[0]) * ux + (q[1] - a[1]) * uy) / (len * len);
  const t0 = Math.max(0, Math.min(tp, tq));
  const t1 = Math.min(1, Math.max(tp, tq));
  return t1 > t0 ? [t0, t1] : undefined;
}
