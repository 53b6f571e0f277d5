/**
 * Where a vehicle is trying to get to, as a goal test plus a few verified goal poses:
 * - a rescue site (登高操作场地): the whole body inside the site polygon and, for an aerial appliance,
 *   its outrigger footprint (pads and beams, centred on the body) inside the site and clear of
 *   obstacles;
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
function edgeHeadings(ring: Ring, out: number[] = []): number[] {
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
  /** Rescue sites of aerial appliances: the outrigger check over the set-up poses. */
  setup?: OutriggerSetup;
}

/** The outrigger fields of an aerial appliance (models/schema/vehicle.ts `Aerial`). */
export interface Outriggers {
  outriggerSpread: number;
  outriggerLength?: number | undefined;
  padSize?: number | undefined;
}

/** Why set-up poses were refused: one entry per distinct reason, most frequent first. */
export interface SetupRefusal {
  en: string;
  'zh-CN': string;
  /** Set-up poses refused for this reason. */
  poses: number;
}

/** The outrigger check over a rescue site's set-up poses (rescueSiteGoal). */
export interface OutriggerSetup {
  /** Set-up poses tried: body inside the site and clear of obstacles. */
  tried: number;
  /** Of those, the poses where the outriggers fit too (the goal poses). */
  fit: number;
  refused: SetupRefusal[];
  /** Obstacles (indices) under a pad or beam at some refused pose. */
  obstacles: number[];
  /**
   * When no pose fits (and some were tried): how much narrower (`across`) and shorter (`along`) the
   * outrigger footprint would have to be to fit at the best pose (m, to 0.01 m); null otherwise.
   * Measured when first read (it costs a few thousand queries).
   */
  readonly shortfall: { across: number; along: number } | null;
  /** The footprint checked: outer width and length (m) and pad side (m, 0: no pads given). */
  footprint: { width: number; length: number; pad: number };
}

/** Bisection tolerance of the shortfall (m). */
const SHORTFALL_TOL = 0.005;

const PAD_NAMES: readonly { en: string; zh: string; fx: number; fy: number }[] = [
  { en: 'front-left', zh: '左前', fx: 1, fy: 1 },
  { en: 'front-right', zh: '右前', fx: 1, fy: -1 },
  { en: 'rear-left', zh: '左后', fx: -1, fy: 1 },
  { en: 'rear-right', zh: '右后', fx: -1, fy: -1 },
];

/**
 * A rescue-site goal. For an aerial appliance (`outriggers` given) a set-up pose — body inside the
 * site and clear — also needs its outrigger footprint inside the site and clear of obstacles at
 * ground level: `outriggerSpread` wide across the pads, `outriggerLength + padSize` long (the body
 * length without `outriggerLength`), centred on the body centre (where the turntable is taken:
 * aerial-reach.ts). A pose that fails is refused with a reason (which pad or beam, off the site or on
 * which obstacle) and the next one is tried; `setup` tallies the reasons and, when none fits, the
 * shortfall.
 */
export function rescueSiteGoal(
  g: VehicleGeometry,
  probe: VehicleProbe,
  polygon: readonly Point[],
  outriggers: Outriggers | undefined,
  obstacleIds: readonly string[] = [],
): SiteGoal {
  const ring = cleanRing(polygon);
  const loc = pointLocator(ring);
  const off = centreOffset(g);
  const hl = g.length / 2;
  const hw = g.width / 2;
  const width = Math.max(g.width, outriggers?.outriggerSpread ?? 0);
  const pad = Math.min(outriggers?.padSize ?? 0, width);
  const length = outriggers?.outriggerLength !== undefined ? outriggers.outriggerLength + pad : g.length;
  const ohl = length / 2;
  const ohw = width / 2;
  const bodyOff = (g.wheelbase + g.frontOverhang - g.rearOverhang) / 2;
  const fits = (cx: number, cy: number, th: number, l: number, w: number): boolean =>
    rectInsideRing(cx, cy, th, l, w, ring, loc) && probe.footprintFree(cx, cy, th, l, w);
  const test = (x: number, y: number, th: number): boolean => {
    if (loc.locate(x, y) < 0) return false;
    const cx = x + bodyOff * Math.cos(th);
    const cy = y + bodyOff * Math.sin(th);
    if (!rectInsideRing(cx, cy, th, hl, hw, ring, loc)) return false;
    if (outriggers === undefined) return true;
    return fits(cx, cy, th, ohl, ohw);
  };
  const reasons = new Map<string, SetupRefusal>();
  const blamed = new Set<number>();
  const hits = new Set<number>();
  const name = (i: number): string => obstacleIds[i] ?? `#${i}`;
  const refuse = (en: string, zh: string): void => {
    const r = reasons.get(en);
    if (r) r.poses++;
    else reasons.set(en, { en, 'zh-CN': zh, poses: 1 });
  };
  /** Records why the outriggers do not fit at body centre (cx, cy, θ); false if they do fit. */
  const refused = (cx: number, cy: number, th: number): boolean => {
    const c = Math.cos(th);
    const s = Math.sin(th);
    const inside = rectInsideRing(cx, cy, th, ohl, ohw, ring, loc);
    if (inside && probe.footprintFree(cx, cy, th, ohl, ohw)) return false;
    let named = false;
    if (pad > 0)
      for (const p of PAD_NAMES) {
        const ax = p.fx * (ohl - pad / 2);
        const ay = p.fy * (ohw - pad / 2);
        const px = cx + ax * c - ay * s;
        const py = cy + ax * s + ay * c;
        if (!inside && !rectInsideRing(px, py, th, pad / 2, pad / 2, ring, loc)) {
          refuse(`${p.en} pad off the site`, `${p.zh}支腿垫板超出场地`);
          named = true;
          continue;
        }
        hits.clear();
        const { wall } = probe.footprintHits(px, py, th, pad / 2, pad / 2, hits);
        for (const i of hits) {
          blamed.add(i);
          refuse(`${p.en} pad on obstacle ${name(i)}`, `${p.zh}支腿垫板压在障碍物 ${name(i)} 上`);
          named = true;
        }
        if (wall && inside) {
          refuse(`${p.en} pad on the drivable-area edge`, `${p.zh}支腿垫板压在可行驶区域边界上`);
          named = true;
        }
      }
    if (named) return true;
    if (!inside) {
      refuse('outriggers reach outside the site', '支腿超出登高操作场地');
      return true;
    }
    hits.clear();
    const { wall } = probe.footprintHits(cx, cy, th, ohl, ohw, hits);
    for (const i of hits) {
      blamed.add(i);
      refuse(`outrigger beams over obstacle ${name(i)}`, `支腿横梁下有障碍物 ${name(i)}`);
    }
    if (wall || hits.size === 0) refuse('outriggers cross the drivable-area edge', '支腿越过可行驶区域边界');
    return true;
  };
  /**
   * Largest a in [0, max] with fitsAt(a) true (fitsAt monotone: a larger a is a larger rectangle);
   * 0 when even a → 0 fails.
   */
  const largest = (max: number, fitsAt: (a: number) => boolean): number => {
    if (fitsAt(max)) return max;
    if (!fitsAt(SHORTFALL_TOL)) return 0;
    let lo = SHORTFALL_TOL;
    let hi = max;
    while (hi - lo > SHORTFALL_TOL) {
      const mid = (lo + hi) / 2;
      if (fitsAt(mid)) lo = mid;
      else hi = mid;
    }
    return lo;
  };
  /**
   * Shortfall at body centre (cx, cy, θ). The room for the footprint is measured from the centre
   * lines outwards on each side (bisection; strips as long / wide as the other dimension), and the
   * body may be moved as far as it still fits on the site and clear (its play, also by bisection),
   * taking the footprint with it: the widest footprint that fits is 2·min(o + r, l − o) for the room
   * [−r, l] and the best offset o within the play. Across first, then along within the width found,
   * and the other way round; the order that needs less shrinking wins.
   */
  const shortfallAt = (cx: number, cy: number, th: number): { across: number; along: number } => {
    const c = Math.cos(th);
    const s = Math.sin(th);
    const at = (u: number, v: number): [number, number] => [cx + u * c - v * s, cy + u * s + v * c];
    // A rectangle spanning [u0, u1] along the heading and [v0, v1] across it.
    const box = (u0: number, u1: number, v0: number, v1: number): boolean => {
      const [x, y] = at((u0 + u1) / 2, (v0 + v1) / 2);
      return fits(x, y, th, (u1 - u0) / 2, (v1 - v0) / 2);
    };
    const bodyAt = (u: number, v: number): boolean => {
      const [x, y] = at(u, v);
      return (
        rectInsideRing(x, y, th, hl, hw, ring, loc) && probe.bodyFree(x - bodyOff * c, y - bodyOff * s, th)
      );
    };
    const playAcross: [number, number] = [
      largest(width, (a) => bodyAt(0, -a)),
      largest(width, (a) => bodyAt(0, a)),
    ];
    const playAlong: [number, number] = [
      largest(length, (a) => bodyAt(-a, 0)),
      largest(length, (a) => bodyAt(a, 0)),
    ];
    /** Widest extent (≤ full) in room [−r, l] with its centre in [−p0, p1]; and that centre. */
    const best = (r: number, l: number, [p0, p1]: [number, number], full: number): [number, number] => {
      const o = Math.min(p1, Math.max(-p0, (l - r) / 2));
      return [Math.min(full, 2 * Math.max(0, Math.min(o + r, l - o))), o];
    };
    const acrossIn = (u0: number, u1: number): [number, number] =>
      best(
        largest(width, (a) => box(u0, u1, -a, 0)),
        largest(width, (a) => box(u0, u1, 0, a)),
        playAcross,
        width,
      );
    const alongIn = (v0: number, v1: number): [number, number] =>
      best(
        largest(length, (a) => box(-a, 0, v0, v1)),
        largest(length, (a) => box(0, a, v0, v1)),
        playAlong,
        length,
      );
    const none = { across: width, along: length };
    let a1 = none;
    const [w1, o1] = acrossIn(-ohl, ohl);
    if (w1 >= SHORTFALL_TOL) {
      const [l1] = alongIn(o1 - w1 / 2, o1 + w1 / 2);
      a1 = { across: width - w1, along: length - l1 };
    }
    let a2 = none;
    const [l2, o2] = alongIn(-ohw, ohw);
    if (l2 >= SHORTFALL_TOL) {
      const [w2] = acrossIn(o2 - l2 / 2, o2 + l2 / 2);
      a2 = { across: width - w2, along: length - l2 };
    }
    return a1.across + a1.along <= a2.across + a2.along ? a1 : a2;
  };
  const poses: number[] = [];
  const tried: number[] = [];
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
        // (x, y) is the body centre.
        const rx = x - off * Math.cos(th);
        const ry = y - off * Math.sin(th);
        if (loc.locate(rx, ry) < 0) continue;
        const cx = rx + bodyOff * Math.cos(th);
        const cy = ry + bodyOff * Math.sin(th);
        if (!rectInsideRing(cx, cy, th, hl, hw, ring, loc) || !probe.bodyFree(rx, ry, th)) continue;
        if (outriggers !== undefined) {
          tried.push(cx, cy, th);
          if (refused(cx, cy, th)) continue;
        }
        poses.push(rx, ry, th);
      }
  let setup: OutriggerSetup | undefined;
  if (outriggers !== undefined) {
    // Measured on first read only: the blocking analysis rebuilds goals many times and never asks.
    let shortfall: OutriggerSetup['shortfall'] | undefined;
    const measure = (): OutriggerSetup['shortfall'] => {
      if (poses.length > 0 || tried.length === 0) return null;
      let best = { across: Infinity, along: Infinity };
      for (let k = 0; k + 2 < tried.length; k += 3) {
        const sf = shortfallAt(tried[k]!, tried[k + 1]!, tried[k + 2]!);
        if (sf.across + sf.along < best.across + best.along) best = sf;
      }
      const cm = (v: number): number => Math.max(0, Math.round(v * 100) / 100);
      return { across: cm(best.across), along: cm(best.along) };
    };
    setup = {
      tried: tried.length / 3,
      fit: poses.length / 3,
      refused: [...reasons.values()].sort((a, b) => b.poses - a.poses || (a.en < b.en ? -1 : 1)),
      obstacles: [...blamed].sort((a, b) => a - b),
      get shortfall() {
        if (shortfall === undefined) shortfall = measure();
        return shortfall;
      },
      footprint: { width, length, pad },
    };
  }
  return {
    test,
    poses: Float64Array.from(poses),
    cell: (x, y, slack) => loc.locate(x, y) >= 0 || nearRing(ring, x, y, slack),
    ...(setup ? { setup } : {}),
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
  // One list over every ring: the same street direction in several drivable polygons is one heading.
  const headings: number[] = [];
  for (const r of region.rings) edgeHeadings(r, headings);
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
