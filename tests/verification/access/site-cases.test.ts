/**
 * Site cases with analytic answers: a straight lane passes iff it is wider than body width + 2 ×
 * margin; an arch 0.1 m lower than the vehicle blocks it and 0.1 m higher does not; removing exactly
 * the cars in the way opens the route. And the old tower sample (models/samples).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Building } from '../../../models/schema/building.ts';
import type { SiteObstacle } from '../../../models/schema/site.ts';
import { VEHICLE_CATALOGUE } from '../../../models/vehicles/catalogue.ts';
import { loadBuildingText } from '../../../models/load/load-building.ts';
import { applyScenario } from '../../../models/scenario/apply-scenario.ts';
import { loadRapier, type Rapier } from '../../../sim-core/access/rapier.ts';
import { drivableRegion } from '../../../sim-core/access/drivable-region.ts';
import { createCollisionWorld } from '../../../sim-core/access/collision-world.ts';
import { vehicleGeometry, DEFAULT_CLEARANCE_MARGIN } from '../../../sim-core/access/vehicle-geometry.ts';
import { rescueSiteGoal } from '../../../sim-core/access/goals.ts';
import { planRoute } from '../../../sim-core/access/route.ts';
import { analyseBlocking } from '../../../sim-core/access/blocking.ts';
import { analyseAccess } from '../../../sim-core/access/analyse-access.ts';

let rapier: Rapier;
beforeAll(async () => {
  rapier = await loadRapier();
});

const pumper = VEHICLE_CATALOGUE.find((v) => v.id === 'pumper-CB10/60')!;
const aerial = VEHICLE_CATALOGUE.find((v) => v.id === 'aerial-54')!;
const rect = (x0: number, y0: number, x1: number, y1: number): [number, number][] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];

/** A 60 m straight lane of width w along +x, with a 20 × 10 m "rescue site" beyond it as the goal. */
function laneRun(w: number, obstacles: SiteObstacle[], vehicle = pumper) {
  const lane = rect(0, -w / 2, 60, w / 2);
  const site = rect(60, -5, 80, 5);
  const world = createCollisionWorld(rapier, drivableRegion([lane, site]), obstacles);
  const g = vehicleGeometry(vehicle);
  const probe = world.probe(g);
  const entrance = { id: 'gate', at: [0, 0] as [number, number], heading: 0 };
  const goal = () => rescueSiteGoal(g, probe, site, undefined);
  const route = planRoute(world, g, probe, entrance, goal());
  return { world, g, probe, entrance, goal, route };
}

describe('straight lane width', () => {
  it('passes iff wider than body width + 2 × clearance margin', () => {
    const need = pumper.width + 2 * DEFAULT_CLEARANCE_MARGIN; // 3.0 m for the 2.5 m tender
    const narrow = laneRun(need - 0.05, []);
    expect(narrow.route.outcome).not.toBe('reached');
    const nb = analyseBlocking(
      narrow.world,
      narrow.g,
      narrow.probe,
      narrow.entrance,
      narrow.goal,
      narrow.route.stuck,
    );
    expect(nb.removeToPass).toBeUndefined();
    narrow.world.dispose();
    const wide = laneRun(need + 0.05, []);
    expect(wide.route.outcome).toBe('reached');
    expect(wide.route.length).toBeGreaterThan(60);
    wide.world.dispose();
  });
});

describe('overhead clearance', () => {
  const arch = (clearance: number): SiteObstacle => ({
    id: 'arch',
    kind: 'overhead',
    polygon: rect(30, -3, 31, 3),
    clearance,
  });
  it('an arch 0.1 m lower than the vehicle blocks it, and no removal helps; 0.1 m higher passes', () => {
    const low = laneRun(4, [arch(aerial.height - 0.1)], aerial);
    expect(low.route.outcome).not.toBe('reached');
    const b = analyseBlocking(low.world, low.g, low.probe, low.entrance, low.goal, low.route.stuck);
    expect(b.removeToPass).toBeUndefined();
    // The planner stops at once (the distance grid is cut), far from the arch: the grid test names it.
    expect(b.blockedBy.map((i) => low.world.obstacles[i]!.id)).toEqual(['arch']);
    low.world.dispose();
    const high = laneRun(4, [arch(aerial.height + 0.1)], aerial);
    expect(high.route.outcome).toBe('reached');
    high.world.dispose();
  });
});

describe('blocking analysis', () => {
  it('names exactly the cars in the way; removing them opens the route', () => {
    const car = (id: string, x: number, y: number, removable = true): SiteObstacle => ({
      id,
      kind: 'parked-car',
      polygon: rect(x, y, x + 4.8, y + 1.8),
      height: 1.5,
      removable,
    });
    // Lane 4 m wide (y ±2): car-a and car-b sit on its centre; car-c parks on the site's far corner.
    const obstacles = [car('car-a', 15, -0.9), car('car-b', 40, -0.9), car('car-c', 74, 3)];
    const run = laneRun(4, obstacles);
    expect(run.route.outcome).not.toBe('reached');
    const b = analyseBlocking(run.world, run.g, run.probe, run.entrance, run.goal, run.route.stuck);
    expect(b.removeToPass?.map((i) => obstacles[i]!.id)).toEqual(['car-a', 'car-b']);
    run.world.dispose();
    // Removing both (as a scenario would) opens it; removing one does not.
    expect(laneRun(4, [obstacles[2]!]).route.outcome).toBe('reached');
    expect(laneRun(4, [obstacles[1]!, obstacles[2]!]).route.outcome).not.toBe('reached');
  });
});

describe('sample old-tower-1998-24f', () => {
  const text = readFileSync(
    new URL('../../../models/samples/old-tower-1998-24f.json', import.meta.url),
    'utf8',
  );
  const b: Building = loadBuildingText(text).building!;
  it('baseline: the pumper from the west gate is blocked by parked cars that must be towed', () => {
    const r = analyseAccess(rapier, b, { vehicles: ['pumper-CB10/60'] });
    const west = r.vehicles.find((v) => v.entrance === 'gate-W')!;
    expect(west.reached).toBe(false);
    expect(west.removeToPass).not.toBeNull();
    expect(west.removeToPass!.every((id) => id.startsWith('car-'))).toBe(true);
    expect(r.facade.riskClass).toBe('high');
  });
  it('site-cleared: the pumper reaches a pump inlet from both gates', () => {
    const cleared = applyScenario(
      b,
      b.scenarios!.find((s) => s.id === 'site-cleared')!,
    );
    const r = analyseAccess(rapier, cleared, { vehicles: ['pumper-CB10/60'] });
    expect(r.vehicles.map((v) => v.reached)).toEqual([true, true]);
    expect(r.vehicles[0]!.arrivalTime).toBeGreaterThan(b.site!.station!.travelTime);
  });
});
