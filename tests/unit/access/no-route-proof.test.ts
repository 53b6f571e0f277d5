/**
 * Fast "no route" answers (hybrid-astar.ts, route.ts): the goal-rooted search that proves a site
 * unreachable from its own side when the start's side is large, the gates sharing one exhausted
 * space, and the exact 2-D contact test's certain answers (free / hit) agreeing with Rapier.
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
import { bodyContact, contactProbe } from '../../../sim-core/access/body-contact.ts';
import { rect } from '../shapes.ts';

let rapier: Rapier;
beforeAll(async () => {
  rapier = await loadRapier();
});

const pumper = VEHICLE_CATALOGUE.find((v) => v.id === 'pumper-CB10/60')!;
/**
 * No wall-clock limit: every answer here comes from the node budgets, so a loaded machine (load
 * average 20+) gives the same answers as an idle one, only later.
 */
const DETERMINISTIC = { maxMillis: Infinity };
/** vitest's own wall-clock limit (ms) for the exhaustive searches: generous, for a loaded machine. */
const SLOW = 300_000;

/**
 * An 80 × 80 m yard with two gates; from its east side a 12 m lane of width `w` leads to a 20 × 10 m
 * site. The tender's body with margins is 3.0 m wide: a 2.8 m lane keeps it out (the distance grid's
 * disc still passes, so only a search can tell), a 3.6 m lane lets it in.
 */
function yard(w: number) {
  const site = rect(92, -5, 112, 5);
  const world = createCollisionWorld(
    rapier,
    drivableRegion([rect(0, -40, 80, 40), rect(80, -w / 2, 92, w / 2), site]),
    [],
  );
  const g = vehicleGeometry(pumper);
  const probe = world.probe(g);
  const goal = rescueSiteGoal(g, probe, site, undefined);
  const gates = [
    { id: 'gate-S', at: [10, -40] as Point, heading: 90 },
    { id: 'gate-W', at: [0, 20] as Point, heading: 0 },
  ];
  return { world, g, probe, goal, gates };
}

describe('no route, proved from the goal side', () => {
  it('a site behind a lane narrower than the body: no-route from the goal-rooted search, shared by both gates', () => {
    const { world, g, probe, goal, gates } = yard(2.8);
    const first = planRoute(world, g, probe, gates[0]!, goal, DETERMINISTIC);
    expect(first.outcome).toBe('no-route');
    expect(first.reason).toMatch(/searching back from the \d+ goal poses/);
    // The stuck pose is the forward search's: in the yard, at the lane mouth.
    expect(first.stuck[0]).toBeGreaterThan(60);
    expect(first.stuck[0] + g.front).toBeLessThanOrEqual(92);
    const second = planRoute(world, g, probe, gates[1]!, goal, DETERMINISTIC);
    expect(second.outcome).toBe('no-route');
    expect(second.reason).toMatch(/searching back/);
    // The second gate re-uses the first one's goal-rooted space: it only searches until it stalls.
    expect(second.expanded).toBeLessThan(first.expanded);
    world.dispose();
  });

  it('never where there is a route: the same yard with a 3.6 m lane is reached from both gates', () => {
    const { world, g, probe, goal, gates } = yard(3.6);
    for (const gate of gates)
      expect(planRoute(world, g, probe, gate, goal, DETERMINISTIC).outcome).toBe('reached');
    world.dispose();
  });

  it(
    'without the proof the forward search alone agrees (exhausted or out of budget, never reached)',
    () => {
      const { world, g, probe, goal, gates } = yard(2.8);
      const r = planRoute(world, g, probe, gates[0]!, goal, { ...DETERMINISTIC, proofNodes: 0 });
      expect(r.outcome).not.toBe('reached');
      expect(r.reason).not.toMatch(/searching back/);
      world.dispose();
    },
    SLOW,
  );
});

describe('gates share an exhausted space', () => {
  it(
    'a second gate whose start lies in the space the first one exhausted gets its answer at once',
    () => {
      // A closed 20 × 20 m yard; the site lies beyond a 2.8 m lane. No detours, no goal-rooted proof,
      // so the forward search exhausts the yard.
      const site = rect(32, -5, 52, 5);
      const world = createCollisionWorld(
        rapier,
        drivableRegion([rect(0, -10, 20, 10), rect(20, -1.4, 32, 1.4), site]),
        [],
      );
      const g = vehicleGeometry(pumper);
      const probe = world.probe(g);
      const goal = rescueSiteGoal(g, probe, site, undefined);
      const options = { ...DETERMINISTIC, proofNodes: 0, maxDetours: 0, refine: null, maxNodes: 400000 };
      const a = planRoute(world, g, probe, { id: 'a', at: [0, 0], heading: 0 }, goal, options);
      expect(a.outcome).toBe('no-route');
      expect(a.reason).toMatch(/every reachable pose was explored/);
      const b = planRoute(world, g, probe, { id: 'b', at: [0, 5], heading: 0 }, goal, options);
      expect(b.outcome).toBe('no-route');
      expect(b.reason).toMatch(/same space as an earlier gate/);
      expect(b.expanded).toBe(0);
      expect(b.stuck).toEqual(a.stuck);
      world.dispose();
    },
    SLOW,
  );
});

describe('exact 2-D contact certainty (body-contact.ts)', () => {
  it('"hit" and "free" are never wrong against Rapier (random poses among random obstacles)', () => {
    const rng = mulberry32(11);
    const obstacles: SiteObstacle[] = [];
    for (let k = 0; k < 60; k++) {
      const x = rng() * 60;
      const y = rng() * 40;
      const s = 0.2 + rng() * 3;
      const kind = k % 5 === 0 ? 'overhead' : 'barrier';
      obstacles.push({
        id: `o${k}`,
        kind,
        polygon: rect(x, y, x + s, y + s * (0.5 + rng())),
        // Some too low to touch the body's underside, some overhead above and below its roof.
        ...(kind === 'overhead' ? { clearance: 2.5 + rng() * 2 } : { height: k % 7 === 0 ? 0.03 : 1.5 }),
      });
    }
    const world = createCollisionWorld(rapier, drivableRegion([rect(0, 0, 60, 40)]), obstacles);
    const g = vehicleGeometry(pumper);
    const probe = world.probe(g);
    const fast = contactProbe(probe, bodyContact(world.region, world.obstacles, world.removed, g));
    let decidedHit = 0;
    let checked = 0;
    for (let k = 0; k < 3000; k++) {
      const x = -5 + rng() * 70;
      const y = -5 + rng() * 50;
      const th = rng() * 2 * Math.PI;
      const truth = probe.bodyFree(x, y, th);
      const before = probe.queries();
      const fastAnswer = fast.bodyFree(x, y, th);
      if (probe.queries() === before && !fastAnswer) decidedHit++;
      expect(fastAnswer).toBe(truth);
      const clear = probe.bodyClear(x, y, th, 0.5);
      expect(fast.bodyClear(x, y, th, 0.5)).toBe(clear);
      const r = 0.5 + rng() * 1.5;
      expect(fast.discFree(x, y, r)).toBe(probe.discFree(x, y, r));
      checked++;
    }
    expect(checked).toBe(3000);
    // The hit test must actually decide some poses without Rapier (else it is dead weight).
    expect(decidedHit).toBeGreaterThan(300);
    world.dispose();
  });

  it('close calls go to Rapier: a body sliding past a wall, a car and height limits millimetre by millimetre', () => {
    // A 10 m wide yard; a parked car (1.5 m high), a kerb 0.04 / 0.05 / 0.06 m high (around the
    // body's 0.05 m underside) and a beam whose clearance is within 5 mm of the roof.
    const g = vehicleGeometry(pumper);
    const obstacles: SiteObstacle[] = [
      { id: 'car', kind: 'parked-car', polygon: rect(30, 2, 34.8, 3.8), height: 1.5 },
      { id: 'kerb-low', kind: 'barrier', polygon: rect(45, 2, 46, 3), height: 0.04 },
      { id: 'kerb-mid', kind: 'barrier', polygon: rect(55, 2, 56, 3), height: 0.05 },
      { id: 'kerb-high', kind: 'barrier', polygon: rect(65, 2, 66, 3), height: 0.06 },
      { id: 'beam-low', kind: 'overhead', polygon: rect(75, 0, 76, 10), clearance: g.height - 0.005 },
      { id: 'beam-high', kind: 'overhead', polygon: rect(85, 0, 86, 10), clearance: g.height + 0.005 },
    ];
    const world = createCollisionWorld(rapier, drivableRegion([rect(0, -8, 100, 10)]), obstacles);
    const probe = world.probe(g);
    const fast = contactProbe(probe, bodyContact(world.region, world.obstacles, world.removed, g));
    let asked = 0;
    let compared = 0;
    // The body's left side (y = yc + halfWidth) runs from 6 cm below the obstacles' line y = 2 to
    // 6 cm above it, and along the yard past every obstacle; then its right side past the wall y = −8.
    for (const th of [0, 0.004, -0.004])
      for (let x = 20; x < 90; x += 2.5)
        for (let d = -0.06; d <= 0.06; d += 0.001) {
          for (const y of [2 - g.halfWidth + d, -8 + g.halfWidth + d]) {
            const before = probe.queries();
            const answer = fast.bodyFree(x, y, th);
            if (probe.queries() > before) asked++;
            expect(answer).toBe(probe.bodyFree(x, y, th));
            compared++;
          }
        }
    expect(compared).toBeGreaterThan(20000);
    // Only poses within the band (2 cm each side) reach Rapier: about a third of these offsets.
    expect(asked).toBeGreaterThan(1000);
    expect(asked).toBeLessThan(compared / 2);
    world.dispose();
  });

  it('a certain hit says whether it stays with the removable obstacles gone (walls, fixed obstacles) or not', () => {
    const g = vehicleGeometry(pumper);
    const obstacles: SiteObstacle[] = [
      { id: 'car', kind: 'parked-car', polygon: rect(30, -1, 34.8, 0.8), height: 1.5, removable: true },
      { id: 'planter', kind: 'planter', polygon: rect(60, -1, 61.5, 0.5), height: 1 },
    ];
    const world = createCollisionWorld(rapier, drivableRegion([rect(0, -8, 100, 10)]), obstacles);
    const contact = bodyContact(world.region, world.obstacles, world.removed, g);
    // Body centred over the car, over the planter, half over the yard's south wall, and in the open.
    expect(contact.body(28, 0, 0, 0)).toBe(-1);
    expect(contact.hitFixed()).toBe(false);
    expect(contact.body(56, 0, 0, 0)).toBe(-1);
    expect(contact.hitFixed()).toBe(true);
    expect(contact.body(10, -8, 0, 0)).toBe(-1);
    expect(contact.hitFixed()).toBe(true);
    expect(contact.body(10, 4, 0, 0)).toBe(1);
    expect(contact.hitFixed()).toBe(false);
    world.dispose();
  });
});
