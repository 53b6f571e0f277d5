/**
 * The planner's own guarantees: where it says the vehicle gets stuck, that it always ends within its
 * budgets and says why (pathological sites), that the same input gives the same path, and that the
 * exact 2-D contact test it uses to skip Rapier queries gives Rapier's answer wherever it answers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Point } from '../../../models/schema/common.ts';
import type { SiteObstacle } from '../../../models/schema/site.ts';
import { VEHICLE_CATALOGUE } from '../../../models/vehicles/catalogue.ts';
import { mulberry32 } from '../../../models/generator/random.ts';
import { loadRapier, type Rapier } from '../../../sim-core/access/rapier.ts';
import { drivableRegion } from '../../../sim-core/access/drivable-region.ts';
import { createCollisionWorld } from '../../../sim-core/access/collision-world.ts';
import { vehicleGeometry } from '../../../sim-core/access/vehicle-geometry.ts';
import { rescueSiteGoal } from '../../../sim-core/access/goals.ts';
import { planRoute } from '../../../sim-core/access/route.ts';
import { heuristicGrid } from '../../../sim-core/access/heuristic-grid.ts';
import { planPath } from '../../../sim-core/access/hybrid-astar.ts';
import { bodyContact, contactProbe } from '../../../sim-core/access/body-contact.ts';
import { analyseBlocking } from '../../../sim-core/access/blocking.ts';
import { rect } from '../../unit/shapes.ts';

let rapier: Rapier;
beforeAll(async () => {
  rapier = await loadRapier();
});

const pumper = VEHICLE_CATALOGUE.find((v) => v.id === 'pumper-CB10/60')!;
const gate = { id: 'gate', at: [0, 0] as Point, heading: 0 };

/** A 4 m × `length` m lane along +x from the gate at the origin, a 20 × 10 m site beyond it. */
function lane(obstacles: SiteObstacle[], length = 60) {
  const site = rect(length, -5, length + 20, 5);
  const world = createCollisionWorld(rapier, drivableRegion([rect(0, -2, length, 2), site]), obstacles);
  const g = vehicleGeometry(pumper);
  const probe = world.probe(g);
  const goal = (p: typeof probe) => rescueSiteGoal(g, p, site, undefined);
  return { world, g, probe, goal };
}

describe('stuckAt', () => {
  it('a lane walled off halfway: the vehicle is stuck before the wall, not at the gate', () => {
    const wallX = 30;
    const wall: SiteObstacle = {
      id: 'wall',
      kind: 'wall',
      polygon: rect(wallX, -2, wallX + 0.5, 2),
      height: 2,
    };
    const { world, g, probe, goal } = lane([wall]);
    const r = planRoute(world, g, probe, gate, goal(probe));
    // The distance grid proves it at once; the stuck point still comes from driving up the lane.
    expect(r.outcome).toBe('no-route');
    expect(r.reason).toMatch(/distance grid/);
    const [x, y, th] = r.stuck;
    const noseX = x + g.front * Math.cos(th);
    expect(noseX).toBeLessThanOrEqual(wallX + 1e-6);
    // Within a few metres of the wall (a primitive is at most 3 m), far from the gate.
    expect(noseX).toBeGreaterThan(wallX - 4);
    expect(Math.abs(y)).toBeLessThan(2);
    expect(probe.bodyFree(x, y, th)).toBe(true);
    // The blocking analysis names the wall from there.
    const b = analyseBlocking(world, g, probe, gate, goal, r.stuck);
    expect(b.removeToPass).toBeUndefined();
    expect(b.blockedBy.map((i) => world.obstacles[i]!.id)).toEqual(['wall']);
    world.dispose();
  });

  it('a wall nearer the gate moves the stuck point with it', () => {
    const at = (wallX: number): number => {
      const wall: SiteObstacle = {
        id: 'wall',
        kind: 'wall',
        polygon: rect(wallX, -2, wallX + 0.5, 2),
        height: 2,
      };
      const { world, g, probe, goal } = lane([wall]);
      const r = planRoute(world, g, probe, gate, goal(probe));
      world.dispose();
      return r.stuck[0];
    };
    const near = at(20);
    const far = at(45);
    expect(near).toBeLessThan(20);
    expect(far).toBeGreaterThan(near + 15);
  });
});

describe('the planner always ends and says why', () => {
  /** 70 × 70 m yard full of 0.3 m bollards on a jittered 2.9 m lattice: gaps ≈ 2.6 m < 3.0 m body. */
  function bollardField() {
    const rng = mulberry32(5);
    const obstacles: SiteObstacle[] = [];
    for (let i = 0; i < 24; i++)
      for (let j = 0; j < 24; j++) {
        const x = 5 + i * 2.9 + (rng() - 0.5) * 0.2;
        const y = -35 + j * 2.9 + (rng() - 0.5) * 0.2;
        obstacles.push({
          id: `b-${i}-${j}`,
          kind: 'bollard',
          polygon: rect(x, y, x + 0.3, y + 0.3),
          height: 1,
        });
      }
    // …and 2000 pebbles (0.05 m, 0.03 m high: below the body's underside) strewn over the yard:
    // thousands more colliders, none of them blocking (and none a segment of the contact test).
    for (let k = 0; k < 2000; k++) {
      const x = 5 + rng() * 68;
      const y = -35 + rng() * 68;
      obstacles.push({
        id: `p-${k}`,
        kind: 'barrier',
        polygon: rect(x, y, x + 0.05, y + 0.05),
        height: 0.03,
      });
    }
    const site = rect(75, -5, 95, 5);
    const world = createCollisionWorld(rapier, drivableRegion([rect(-15, -36, 75, 36), site]), obstacles);
    const g = vehicleGeometry(pumper);
    const probe = world.probe(g);
    const goal = rescueSiteGoal(g, probe, site, undefined);
    const entrance = { id: 'gate', at: [-15, 0] as Point, heading: 0 };
    return { world, g, probe, goal, entrance };
  }

  it('node budget: stops at it, with the reason and a stuck pose', () => {
    const { world, g, probe, goal, entrance } = bollardField();
    expect(world.obstacles.length).toBeGreaterThan(2500);
    const r = planRoute(world, g, probe, entrance, goal, { maxNodes: 3000 });
    // The grid connects (the disc passes a 2.6 m gap), the body does not: the search floods the yard.
    expect(r.outcome).toBe('node-budget');
    expect(r.reason).toMatch(/3000 poses/);
    expect(r.expanded).toBeLessThan(3000);
    expect(r.stuck.every(Number.isFinite)).toBe(true);
    world.dispose();
  });

  it('time budget: the search stops soon after it (checked every 64 expansions)', () => {
    const { world, g, probe, goal, entrance } = bollardField();
    // A start in the yard's open west margin, facing the lattice.
    const grid = heuristicGrid(probe, g, world.region.rings, goal.cell, 1, world.region.contains);
    const fast = contactProbe(probe, bodyContact(world.region, world.obstacles, world.removed, g));
    const start = [entrance.at[0] + 4, 0, 0] as const;
    const t = performance.now();
    const r = planPath(g, fast, grid, start, goal, {
      maxMillis: 300,
      maxNodes: 5_000_000,
      stuckNodes: 5_000_000,
    });
    const ms = performance.now() - t;
    expect(r.outcome).toBe('time-budget');
    expect(r.reason).toMatch(/300 ms/);
    // Generous: the machine is shared; an unbounded search would run for minutes.
    expect(ms).toBeLessThan(300 + 10_000);
    world.dispose();
  });

  it('a serpentine maze of 12 m bays with 5 m doorways: ends within the budget with a reason', () => {
    // Walls across a 76 m yard every 12 m from x = 16, each with a doorway at alternating ends.
    const obstacles: SiteObstacle[] = [];
    for (let k = 1; k <= 5; k++) {
      const x = 4 + k * 12;
      const [y0, y1] = k % 2 === 1 ? [-20, 15] : [-15, 20];
      obstacles.push({ id: `w${k}`, kind: 'wall', polygon: rect(x, y0, x + 0.3, y1), height: 3 });
    }
    const site = rect(76, -5, 96, 5);
    const world = createCollisionWorld(rapier, drivableRegion([rect(0, -20, 76, 20), site]), obstacles);
    const g = vehicleGeometry(pumper);
    const probe = world.probe(g);
    const goal = rescueSiteGoal(g, probe, site, undefined);
    const r = planRoute(world, g, probe, { id: 'gate', at: [0, 0], heading: 0 }, goal, { maxNodes: 20000 });
    expect(r.outcome).not.toBe('start-blocked');
    if (r.outcome === 'reached') {
      // Then it is a real path: every pose free by Rapier itself, the last one on the site.
      const n = r.path.length / 4;
      for (let k = 1; k < n; k++)
        expect(probe.bodyFree(r.path[4 * k]!, r.path[4 * k + 1]!, r.path[4 * k + 2]!)).toBe(true);
      expect(goal.test(r.path[4 * n - 4]!, r.path[4 * n - 3]!, r.path[4 * n - 2]!)).toBe(true);
    } else expect(r.reason.length).toBeGreaterThan(0);
    expect(r.expanded).toBeLessThanOrEqual(20000);
    world.dispose();
  });
});

describe('determinism', () => {
  it('the same input gives the identical path', () => {
    const car = (id: string, x: number, y: number): SiteObstacle => ({
      id,
      kind: 'parked-car',
      polygon: rect(x, y, x + 4.8, y + 1.8),
      height: 1.5,
    });
    const run = (): number[] => {
      // A 7 m lane with cars on alternate kerbs: the truck has to weave.
      const site = rect(80, -5, 100, 5);
      const obstacles = [car('a', 15, -3.4), car('b', 35, 1.6), car('c', 55, -3.4)];
      const world = createCollisionWorld(rapier, drivableRegion([rect(0, -3.5, 80, 3.5), site]), obstacles);
      const g = vehicleGeometry(pumper);
      const probe = world.probe(g);
      const r = planRoute(world, g, probe, gate, rescueSiteGoal(g, probe, site, undefined));
      world.dispose();
      expect(r.outcome).toBe('reached');
      return Array.from(r.path);
    };
    const a = run();
    expect(a.length).toBeGreaterThan(40);
    expect(run()).toEqual(a);
  });
});

describe('exact 2-D contact (body-contact.ts)', () => {
  it('never calls a pose free that Rapier finds colliding, and certifies some', () => {
    const rng = mulberry32(11);
    const obstacles: SiteObstacle[] = [];
    for (let i = 0; i < 60; i++) {
      const x = rng() * 50;
      const y = rng() * 30;
      const p = rect(x, y, x + 0.3 + rng() * 2, y + 0.3 + rng() * 2);
      obstacles.push(
        i % 7 === 0
          ? { id: `o${i}`, kind: 'overhead', polygon: p, clearance: 3 + rng() * 2 }
          : { id: `o${i}`, kind: 'planter', polygon: p, height: 1, removable: i % 3 === 0 },
      );
    }
    const region = drivableRegion([
      rect(0, 0, 60, 40),
      [
        [10, 40],
        [30, 40],
        [20, 55],
      ],
    ]);
    const world = createCollisionWorld(rapier, region, obstacles);
    let certain = 0;
    let blocked = 0;
    for (const v of VEHICLE_CATALOGUE) {
      const g = vehicleGeometry(v);
      const probe = world.probe(g);
      for (const removed of [false, true]) {
        world.removed.fill(0);
        if (removed) obstacles.forEach((o, i) => (world.removed[i] = o.removable ? 1 : 0));
        const fast = contactProbe(probe, bodyContact(region, obstacles, world.removed, g));
        for (let k = 0; k < 3000; k++) {
          const x = rng() * 64 - 2;
          const y = rng() * 60 - 2;
          const th = rng() * 2 * Math.PI;
          const q = probe.queries();
          const f = fast.bodyFree(x, y, th);
          if (f && probe.queries() === q) certain++;
          const truth = probe.bodyFree(x, y, th);
          if (!truth) blocked++;
          expect(f).toBe(truth);
          expect(fast.bodyClear(x, y, th, 0.5)).toBe(probe.bodyClear(x, y, th, 0.5));
        }
      }
    }
    world.dispose();
    expect(certain).toBeGreaterThan(1000);
    expect(blocked).toBeGreaterThan(1000);
  });
});
