/**
 * One route: a vehicle from a site entrance to a goal, with the current set of removed obstacles.
 * The vehicle enters along the entrance heading: its start pose is the first collision-free pose on
 * that line (it drives in straight from the street), searched up to ENTRY_SEARCH metres.
 */
import type { Entrance } from '../../models/schema/site.ts';
import type { CollisionWorld, VehicleProbe } from './collision-world.ts';
import { heuristicGrid } from './heuristic-grid.ts';
import { clearanceField, fieldProbe } from './clearance-field.ts';
import { planPath, type PlanOptions, type PlanResult } from './hybrid-astar.ts';
import type { SiteGoal } from './goals.ts';
import type { VehicleGeometry } from './vehicle-geometry.ts';

/** How far past the gate the body may first fit (m): a vehicle longer than this cannot enter. */
const ENTRY_SEARCH = 30;
const ENTRY_STEP = 0.25;

export interface RouteResult extends PlanResult {
  /** Straight entry from the gate to the start pose (m), included in `length`. */
  entry: number;
}

export function planRoute(
  world: CollisionWorld,
  g: VehicleGeometry,
  probe: VehicleProbe,
  entrance: Entrance,
  goal: SiteGoal,
  options: Partial<PlanOptions> = {},
): RouteResult {
  const th = (entrance.heading * Math.PI) / 180;
  const [ex, ey] = entrance.at;
  // The rear axle starts with the (inflated) front at the gate and moves in.
  let entry = -1;
  for (let d = 0; d <= ENTRY_SEARCH; d += ENTRY_STEP) {
    const s = d - g.front;
    if (probe.bodyFree(ex + s * Math.cos(th), ey + s * Math.sin(th), th)) {
      entry = d;
      break;
    }
  }
  if (entry < 0) {
    return {
      outcome: 'start-blocked',
      path: new Float64Array(0),
      length: 0,
      reverseLength: 0,
      reversals: 0,
      expanded: 0,
      stuck: [ex, ey, th],
      reason: `the body fits nowhere on the first ${ENTRY_SEARCH} m of the entrance line`,
      entry: 0,
    };
  }
  const s = entry - g.front;
  const start = [ex + s * Math.cos(th), ey + s * Math.sin(th), th] as const;
  const grid = heuristicGrid(probe, g, world.region.rings, goal.cell, 1, world.region.contains);
  // The search asks far more questions than the grid: most are answered from the clearance field.
  const fast = fieldProbe(probe, g, clearanceField(world.region, world.obstacles, world.removed, g.height));
  const r = planPath(g, fast, grid, start, goal, options);
  if (r.outcome !== 'reached') return { ...r, entry };
  const path = new Float64Array(r.path.length + 4);
  path.set([ex - g.front * Math.cos(th), ey - g.front * Math.sin(th), th, 1]);
  path.set(r.path, 4);
  return { ...r, path: entry > 0 ? path : r.path, length: r.length + entry, entry };
}
