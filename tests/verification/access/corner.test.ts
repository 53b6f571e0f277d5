/**
 * 90° corners.
 *
 * Curved corner (analytic): a quarter-annulus lane about C with tangent straight approach and exit
 * lanes of the same radial band [r_in, r_in + w]. A vehicle turning at full lock about C keeps its
 * inner body side at ≥ R_i = R − W/2 and its outer front corner at ≤ R_of = √((R + W/2)² + (L + a_f)²)
 * (water-and-access.md §5.2; W, L + a_f including the clearance margin); entering and leaving the arc
 * from the tangents sweeps nothing wider (the body is then partly on a straight, where every point is
 * closer to C). With the inner edge at r_in = R_i − s, the concentric full-lock turn therefore fits
 * iff r_in + w ≥ R_of, i.e. w ≥ B = R_of − R_i + s. A larger radius sweeps farther out
 * (R_of grows with R faster than R_i), so a forward-only vehicle cannot do better with a constant
 * radius; it can gain a little by shifting its turning centre into the inner slack s (up to s·√2) and
 * by chaining arcs about different centres, and the planner samples collisions every 0.5 m. So the
 * verification states the bound with a tolerance: forward only, w = B + 0.1 m passes and
 * w = B − 0.25 m does not (measured: the planner's threshold lies within about 0.15 m below B).
 *
 * Square corner (no analytic iff: the body can cut the corner, and reversing changes the answer):
 * only monotonic behaviour is asserted — a wider lane passes whenever a narrower one does, and
 * allowing reverse never turns a pass into a fail.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Point } from '../../../models/schema/common.ts';
import type { Vehicle } from '../../../models/schema/vehicle.ts';
import { VEHICLE_CATALOGUE } from '../../../models/vehicles/catalogue.ts';
import { loadRapier, type Rapier } from '../../../sim-core/access/rapier.ts';
import { drivableRegion } from '../../../sim-core/access/drivable-region.ts';
import { createCollisionWorld } from '../../../sim-core/access/collision-world.ts';
import { steadyTurnRadii, vehicleGeometry } from '../../../sim-core/access/vehicle-geometry.ts';
import { rescueSiteGoal } from '../../../sim-core/access/goals.ts';
import { planRoute } from '../../../sim-core/access/route.ts';
import { rect } from '../../unit/shapes.ts';

let rapier: Rapier;
beforeAll(async () => {
  rapier = await loadRapier();
});

const byId = (id: string): Vehicle => VEHICLE_CATALOGUE.find((v) => v.id === id)!;

/** Plans from the start of `polys[0]` to the goal rectangle `site` (the last polygon); true if reached. */
function passes(v: Vehicle, polys: Point[][], entrance: { at: Point; heading: number }, reverse: boolean) {
  const world = createCollisionWorld(rapier, drivableRegion(polys), []);
  try {
    const g = vehicleGeometry(v);
    const probe = world.probe(g);
    const goal = rescueSiteGoal(g, probe, polys[polys.length - 1]!, undefined);
    const r = planRoute(world, g, probe, { id: 'gate', ...entrance }, goal, { allowReverse: reverse });
    return r.outcome === 'reached';
  } finally {
    world.dispose();
  }
}

/** Approach along +x at y ∈ [−r_out, −r_in], left turn about the origin, exit along +y. */
function curvedCorner(v: Vehicle, rIn: number, w: number): boolean {
  const rOut = rIn + w;
  const L = 30;
  // 90 chords over 90°: the outer arc's sagitta is r·(1 − cos 0.5°) < 1 mm.
  const n = 90;
  const arc: Point[] = [];
  for (let i = 0; i <= n; i++) {
    const a = -Math.PI / 2 + (i / n) * (Math.PI / 2);
    arc.push([rOut * Math.cos(a), rOut * Math.sin(a)]);
  }
  for (let i = n; i >= 0; i--) {
    const a = -Math.PI / 2 + (i / n) * (Math.PI / 2);
    arc.push([rIn * Math.cos(a), rIn * Math.sin(a)]);
  }
  const polys = [rect(-L, -rOut, 0, -rIn), arc, rect(rIn, 0, rOut, L), rect(rIn, L, rOut, L + 20)];
  return passes(v, polys, { at: [-L, -(rIn + w / 2)], heading: 0 }, false);
}

describe('curved 90° corner, forward only: passes iff w ≥ R_of − R_i (+ inner slack)', () => {
  const slack = 0.02;
  for (const id of ['pumper-CB10/60', 'aerial-54', 'aerial-101']) {
    it(`${id}`, () => {
      const v = byId(id);
      const g = vehicleGeometry(v);
      // Recomputed here from the catalogue figures, not read from the code under test.
      const R = v.wheelbase / Math.tan((v.maxSteer * Math.PI) / 180);
      const halfW = v.width / 2 + g.margin;
      const front = v.wheelbase + v.frontOverhang + g.margin;
      const Ri = R - halfW;
      const Rof = Math.hypot(R + halfW, front);
      expect(steadyTurnRadii(g).sweptWidth).toBeCloseTo(Rof - Ri, 9);
      const rIn = Ri - slack;
      const bound = Rof - rIn;
      expect(curvedCorner(v, rIn, bound + 0.1)).toBe(true);
      expect(curvedCorner(v, rIn, bound - 0.25)).toBe(false);
    });
  }
});

/** An L of two lanes of width w meeting in a w × w square: along +x, then left along +y. */
function squareCorner(v: Vehicle, w: number, reverse: boolean): boolean {
  const polys = [rect(-30, 0, w, w), rect(0, w, w, 40), rect(0, 40, w, 60)];
  return passes(v, polys, { at: [-30, w / 2], heading: 0 }, reverse);
}

describe('square 90° corner: monotonic in the lane width', () => {
  it('pumper: a wider lane passes whenever a narrower one does; reversing never hurts', () => {
    const v = byId('pumper-CB10/60');
    const widths = [3.2, 4, 5, 6, 8];
    const forward = widths.map((w) => squareCorner(v, w, false));
    const reverse = widths.map((w) => squareCorner(v, w, true));
    for (const list of [forward, reverse])
      for (let i = 1; i < list.length; i++) if (list[i - 1]) expect(list[i]).toBe(true);
    forward.forEach((f, i) => {
      if (f) expect(reverse[i]).toBe(true);
    });
    // Not vacuous: the 3.2 m lane (body + margins 3.0 m) is too tight to turn, 8 m is ample.
    expect(reverse[0]).toBe(false);
    expect(forward[widths.length - 1]).toBe(true);
  });
});
