/**
 * Reversing at planner level (hybrid-astar.ts with its Reeds–Shepp shots, reeds-shepp.ts): a tender
 * that must end up nose-out in a dead-end bay beside its lane can only get there by backing in. The
 * planner finds that manoeuvre (≥ 1 change of direction), every pose of the path is free by Rapier
 * itself, the path never turns tighter than the vehicle's minimum radius, and it ends in the bay
 * facing out. With reversing disallowed, or a bay narrower than the body, it says there is no route.
 *
 * Analytic facts used: a forward-only vehicle cannot face out of a dead end it entered nose first;
 * a U-turn in the lane would need the lane to be at least the turning circle's width, 2(R + W/2),
 * which this lane is not; a body of inflated width 2·halfWidth cannot lie in a narrower bay. Along
 * any curve of curvature ≤ 1/R, two points a chord d apart differ in heading by at most
 * 2·asin(d / 2R) (Schur's comparison theorem, for arcs shorter than πR).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Point } from '../../../models/schema/common.ts';
import { VEHICLE_CATALOGUE } from '../../../models/vehicles/catalogue.ts';
import { loadRapier, type Rapier } from '../../../sim-core/access/rapier.ts';
import { drivableRegion } from '../../../sim-core/access/drivable-region.ts';
import { createCollisionWorld, type VehicleProbe } from '../../../sim-core/access/collision-world.ts';
import {
  bodyCorners,
  vehicleGeometry,
  type VehicleGeometry,
} from '../../../sim-core/access/vehicle-geometry.ts';
import type { SiteGoal } from '../../../sim-core/access/goals.ts';
import { planRoute } from '../../../sim-core/access/route.ts';
import { wrapAngle } from '../../../sim-core/access/motion.ts';
import { rect } from '../../unit/shapes.ts';

let rapier: Rapier;
beforeAll(async () => {
  rapier = await loadRapier();
});

const pumper = VEHICLE_CATALOGUE.find((v) => v.id === 'pumper-CB10/60')!;
/** Node budgets decide, never the clock (see hybrid-astar.ts `maxMillis`). */
const DETERMINISTIC = { maxMillis: Infinity };

/** The lane: y ∈ [−LANE/2, LANE/2], x ∈ [0, 60]; the bay opens north of it at x ∈ [BAY_X, BAY_X + w]. */
const LANE = 8;
const BAY_X = 30;
const BAY_DEPTH = 12;
/** Facing out of the bay: nose south. */
const OUT = -Math.PI / 2;
const HEADING_TOL = (5 * Math.PI) / 180;

/**
 * Goal: the whole inflated body inside the bay (north of the lane's kerb line), facing out within 5°.
 * Goal poses for the analytic shots: rear axle on a 0.25 × 0.5 m lattice, heading exactly out.
 */
function bayGoal(g: VehicleGeometry, probe: VehicleProbe, w: number): SiteGoal {
  const x0 = BAY_X;
  const x1 = BAY_X + w;
  const y0 = LANE / 2;
  const y1 = LANE / 2 + BAY_DEPTH;
  const c = new Float64Array(8);
  const inBay = (x: number, y: number, th: number): boolean => {
    bodyCorners(g, x, y, th, c);
    for (let k = 0; k < 8; k += 2)
      if (c[k]! < x0 - 1e-9 || c[k]! > x1 + 1e-9 || c[k + 1]! < y0 - 1e-9 || c[k + 1]! > y1 + 1e-9)
        return false;
    return true;
  };
  const poses: number[] = [];
  // Across the bay: from its centre line outwards in 0.25 m steps (a body flush with a wall touches it).
  for (let k = 0; k <= 4 * w; k++) {
    const x = (x0 + x1) / 2 + (k % 2 === 0 ? 1 : -1) * 0.25 * Math.ceil(k / 2);
    for (let y = y0; y <= y1; y += 0.5)
      if (inBay(x, y, OUT) && probe.bodyFree(x, y, OUT)) poses.push(x, y, OUT);
  }
  return {
    test: (x, y, th) => Math.abs(wrapAngle(th - OUT)) <= HEADING_TOL && inBay(x, y, th),
    poses: Float64Array.from(poses),
    cell: (x, y, slack) => x >= x0 - slack && x <= x1 + slack && y >= y0 - slack && y <= y1 + slack,
  };
}

function bay(w: number) {
  const region = drivableRegion([
    rect(0, -LANE / 2, 60, LANE / 2),
    rect(BAY_X, LANE / 2, BAY_X + w, LANE / 2 + BAY_DEPTH),
  ]);
  const world = createCollisionWorld(rapier, region, []);
  const g = vehicleGeometry(pumper);
  const probe = world.probe(g);
  const goal = bayGoal(g, probe, w);
  const gate = { id: 'gate', at: [0, 0] as Point, heading: 0 };
  return { world, g, probe, goal, gate };
}

describe('backing into a dead-end bay', () => {
  it('the lane is too narrow for a U-turn and the bay wide enough for the body (premises)', () => {
    const g = vehicleGeometry(pumper);
    expect(LANE).toBeLessThan(2 * (g.minRadius + g.halfWidth));
    expect(6).toBeGreaterThan(2 * g.halfWidth);
  });

  it('found with reversing: ≥ 1 change of direction, free at every pose, within the turning radius, ends in the bay facing out', () => {
    const { world, g, probe, goal, gate } = bay(6);
    expect(goal.poses.length).toBeGreaterThan(0);
    const r = planRoute(world, g, probe, gate, goal, DETERMINISTIC);
    expect(r.outcome).toBe('reached');
    expect(r.reversals).toBeGreaterThanOrEqual(1);
    expect(r.reverseLength).toBeGreaterThan(0);
    const n = r.path.length / 4;
    expect(n).toBeGreaterThan(5);
    // Some pose is driven in reverse (dir −1).
    let reversed = 0;
    for (let k = 0; k < n; k++) if (r.path[4 * k + 3] === -1) reversed++;
    expect(reversed).toBeGreaterThan(0);
    // Every pose after the straight entry from the gate (whose first pose has the nose at the gate
    // line, half outside the site) is free by Rapier itself, not by the 2-D contact test.
    for (let k = 1; k < n; k++)
      expect(probe.bodyFree(r.path[4 * k]!, r.path[4 * k + 1]!, r.path[4 * k + 2]!), `pose ${k}`).toBe(true);
    // Turning radius: heading change between neighbouring poses ≤ 2·asin(d / 2R) (+ rounding).
    let worst = 0;
    for (let k = 1; k < n; k++) {
      const d = Math.hypot(r.path[4 * k]! - r.path[4 * k - 4]!, r.path[4 * k + 1]! - r.path[4 * k - 3]!);
      const turn = Math.abs(wrapAngle(r.path[4 * k + 2]! - r.path[4 * k - 2]!));
      expect(d).toBeLessThan(Math.PI * g.minRadius);
      if (d > 1e-6) worst = Math.max(worst, turn / (2 * Math.asin(Math.min(1, d / (2 * g.minRadius)))));
      else expect(turn).toBeLessThan(1e-6);
    }
    expect(worst).toBeLessThanOrEqual(1 + 1e-6);
    // Ends in the bay, nose out.
    expect(goal.test(r.path[4 * n - 4]!, r.path[4 * n - 3]!, r.path[4 * n - 2]!)).toBe(true);
    world.dispose();
  });

  it('forward only: no route, and the planner says why', () => {
    const { world, g, probe, goal, gate } = bay(6);
    const r = planRoute(world, g, probe, gate, goal, { ...DETERMINISTIC, allowReverse: false });
    expect(r.outcome).not.toBe('reached');
    expect(['no-route', 'node-budget']).toContain(r.outcome);
    expect(r.reason.length).toBeGreaterThan(10);
    expect(r.stuck.every(Number.isFinite)).toBe(true);
    world.dispose();
  });

  it('a bay 0.1 m narrower than the inflated body: no route even reversing', () => {
    const g = vehicleGeometry(pumper);
    const { world, probe, goal, gate } = bay(2 * g.halfWidth - 0.1);
    expect(goal.poses.length).toBe(0);
    const r = planRoute(world, g, probe, gate, goal, DETERMINISTIC);
    expect(r.outcome).not.toBe('reached');
    expect(r.reason.length).toBeGreaterThan(10);
    world.dispose();
  });
});
