/**
 * Where a vehicle is trying to get to, as a goal test plus a few verified goal poses:
 * - a rescue site (登高操作场地): the whole body inside the site polygon and, for an aerial appliance,
 *   its set-up footprint (body length × outrigger spread, centred on the body) inside the site and
 *   clear of obstacles;
 * - a pump inlet (水泵接合器): the pump panel (taken at the body centre: TYPICAL) within hose reach.
 */
import type { Point } from '../../models/schema/common.ts';
import { pointLocator, type PointLocator } from '../../models/geometry/point-locator.ts';
import { cleanRing, type Ring } from '../../models/geometry/polygon.ts';
import { orient } from '../../models/geometry/segments.ts';
import type { VehicleProbe } from './collision-world.ts';
import type { DrivableRegion } from './drivable-region.ts';
import type { Goal } from './hybrid-astar.ts';
import { centreOffset, type VehicleGeometry } from './vehicle-geometry.ts';

/**
 * Hose reach from the pumper to an inlet (m): one standard 20 m length of supply hose (GB 6246 lengths
 * are 20 m; water-and-access.md §3.1 counts hose in 20 m lengths). TYPICAL, UNVERIFIED as a rule.
 */
export const HOSE_REACH = 20;

/** Spacing of sampled goal poses (m). */
const SAMPLE = 1;

/** Rectangle (centre, heading, half length, half width) lies inside the ring. */
export function rectInsideRing(
  cx: number,
  cy: number,
  th: number,
  hl: number,
  hw: number,
  ring: Ring,
  loc: PointLocator,
): boolean {
  const c = Math.cos(th);
  const s = Math.sin(th);
  const xs = [cx - hl * c + hw * s, cx + hl * c + hw * s, cx + hl * c - hw * s, cx - hl * c - hw * s];
  const ys = [cy - hl * s - hw * c, cy + hl * s - hw * c, cy + hl * s + hw * c, cy - hl * s + hw * c];
  for (let i = 0; i < 4; i++) if (loc.locate(xs[i]!, ys[i]!) < 0) return false;
  // A non-convex ring may still cut into the rectangle between its corners: a ring vertex strictly
  // inside it, or a ring edge properly crossing one of its sides.
  for (let j = 0; j < ring.length; j++) {
    const [ax, ay] = ring[j]!;
    const [bx, by] = ring[(j + 1) % ring.length]!;
    const dx = ax - cx;
    const dy = ay - cy;
    if (Math.abs(dx * c + dy * s) < hl - 1e-9 && Math.abs(-dx * s + dy * c) < hw - 1e-9) return false;
    for (let i = 0; i < 4; i++) {
      const k = (i + 1) % 4;
      const o1 = orient(xs[i]!, ys[i]!, xs[k]!, ys[k]!, ax, ay);
      const o2 = orient(xs[i]!, ys[i]!, xs[k]!, ys[k]!, bx, by);
      const o3 = orient(ax, ay, bx, by, xs[i]!, ys[i]!);
      const o4 = orient(ax, ay, bx, by, xs[k]!, ys[k]!);
      if (o1 * o2 < -1e-12 && o3 * o4 < -1e-12) return false;
    }
  }
  return true;
}

/** Headings worth trying in a polygon: along each edge, both ways, deduplicated to 5°. */
function edgeHeadings(ring: Ring): number[] {
  const out: number[] = [];
  for (let i = 0; i < ring.length; i++) {
    const [ax, ay] = ring[i]!;
    const [bx, by] = ring[(i + 1) % ring.length]!;
    const a = Math.atan2(by - ay, bx - ax);
    for (const h of [a, a + Math.PI]) {
      const w = Math.atan2(Math.sin(h), Math.cos(h));
      if (!out.some((o) => Math.abs(Math.atan2(Math.sin(o - w), Math.cos(o - w))) < Math.PI / 36))
        out.push(w);
    }
  }
  return out;
}

export interface SiteGoal extends Goal {
  /** Cell test for the heuristic grid: the rear axle could be here (within `slack`). */
  cell(x: number, y: number, slack: number): boolean;
}

export function rescueSiteGoal(
  g: VehicleGeometry,
  probe: VehicleProbe,
  polygon: readonly Point[],
  outriggerSpread: number | undefined,
): SiteGoal {
  const ring = cleanRing(polygon);
  const loc = pointLocator(ring);
  const off = centreOffset(g);
  const hl = g.length / 2;
  const hw = g.width / 2;
  const sw = Math.max(g.width, outriggerSpread ?? 0) / 2;
  const bodyOff = (g.wheelbase + g.frontOverhang - g.rearOverhang) / 2;
  const test = (x: number, y: number, th: number): boolean => {
    if (loc.locate(x, y) < 0) return false;
    const cx = x + bodyOff * Math.cos(th);
    const cy = y + bodyOff * Math.sin(th);
    if (!rectInsideRing(cx, cy, th, hl, hw, ring, loc)) return false;
    if (outriggerSpread === undefined) return true;
    return rectInsideRing(cx, cy, th, hl, sw, ring, loc) && probe.footprintFree(cx, cy, th, hl, sw);
  };
  const poses: number[] = [];
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of ring) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  const headings = edgeHeadings(ring);
  for (let y = minY + SAMPLE / 2; y < maxY; y += SAMPLE)
    for (let x = minX + SAMPLE / 2; x < maxX; x += SAMPLE)
      for (const th of headings) {
        const rx = x - off * Math.cos(th);
        const ry = y - off * Math.sin(th);
        if (test(rx, ry, th) && probe.bodyFree(rx, ry, th)) poses.push(rx, ry, th);
      }
  return {
    test,
    poses: Float64Array.from(poses),
    cell: (x, y, slack) => loc.locate(x, y) >= 0 || nearRing(ring, x, y, slack),
  };
}

function nearRing(ring: Ring, x: number, y: number, d: number): boolean {
  for (let i = 0; i < ring.length; i++) {
    const [ax, ay] = ring[i]!;
    const [bx, by] = ring[(i + 1) % ring.length]!;
    const vx = bx - ax;
    const vy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy || 1)));
    if (Math.hypot(ax + t * vx - x, ay + t * vy - y) <= d) return true;
  }
  return false;
}

export function inletGoal(
  g: VehicleGeometry,
  probe: VehicleProbe,
  region: DrivableRegion,
  inlets: readonly Point[],
  reach = HOSE_REACH,
): SiteGoal {
  const bodyOff = (g.wheelbase + g.frontOverhang - g.rearOverhang) / 2;
  const near = (x: number, y: number, r: number): boolean =>
    inlets.some(([ix, iy]) => Math.hypot(x - ix, y - iy) <= r);
  const test = (x: number, y: number, th: number): boolean =>
    near(x + bodyOff * Math.cos(th), y + bodyOff * Math.sin(th), reach);
  const poses: number[] = [];
  const headings = region.rings.flatMap((r) => edgeHeadings(r));
  const step = 2 * SAMPLE;
  for (const [ix, iy] of inlets)
    for (let y = iy - reach; y <= iy + reach; y += step)
      for (let x = ix - reach; x <= ix + reach; x += step) {
        if (Math.hypot(x - ix, y - iy) > reach || !region.contains(x, y)) continue;
        for (const th of headings) {
          const rx = x - bodyOff * Math.cos(th);
          const ry = y - bodyOff * Math.sin(th);
          if (probe.bodyFree(rx, ry, th)) poses.push(rx, ry, th);
        }
      }
  return {
    test,
    poses: Float64Array.from(poses),
    cell: (x, y, slack) => near(x, y, reach + Math.abs(bodyOff) + slack),
  };
}
