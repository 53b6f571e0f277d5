/**
 * Which obstacles keep a vehicle out, and which must go. When a route fails:
 * 1. plan again with every `removable` obstacle removed; if that fails too, no removal suffices
 *    (the lane is too narrow, an arch too low, a fixed obstacle in the way);
 * 2. otherwise the removable obstacles that the clear-site path runs through are sufficient; search
 *    their subsets by increasing size (bounded by MAX_PLANS plans) for the smallest that still opens
 *    a route. `minimal` says whether that search finished.
 * Subsets of the obstacles on the clear-site path only: a smaller set that opens a different route
 * could exist; the report says so.
 */
import type { CollisionWorld, VehicleProbe } from './collision-world.ts';
import type { SiteGoal } from './goals.ts';
import type { PlanOptions } from './hybrid-astar.ts';
import { planRoute, type RouteResult } from './route.ts';
import { arcStep } from './motion.ts';
import type { Entrance } from '../../models/schema/site.ts';
import type { VehicleGeometry } from './vehicle-geometry.ts';

/** Most re-plans one blocking analysis may spend on shrinking the set. */
export const MAX_PLANS = 40;

export interface BlockingResult {
  /** Obstacle indices in the way (of the clear-site path, or around the stuck pose). */
  blockedBy: number[];
  /** Smallest removable set found that opens a route, or undefined if none suffices. */
  removeToPass: number[] | undefined;
  minimal: boolean;
  /** The route once `removeToPass` is removed. */
  route: RouteResult | undefined;
  plans: number;
}

/** Obstacles touched by the body at any pose of the path (removed ones are ignored). */
function obstaclesOnPath(probe: VehicleProbe, path: Float64Array): Set<number> {
  const hits = new Set<number>();
  for (let k = 0; k + 3 < path.length; k += 4) probe.bodyHits(path[k]!, path[k + 1]!, path[k + 2]!, hits);
  return hits;
}

function* subsets(items: readonly number[], size: number, from = 0): Generator<number[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= items.length - size; i++)
    for (const rest of subsets(items, size - 1, i + 1)) yield [items[i]!, ...rest];
}

export function analyseBlocking(
  world: CollisionWorld,
  g: VehicleGeometry,
  probe: VehicleProbe,
  entrance: Entrance,
  goal: (probe: VehicleProbe) => SiteGoal,
  stuck: readonly [number, number, number],
  options: Partial<PlanOptions> = {},
): BlockingResult {
  const removable = world.obstacles.flatMap((o, i) => (o.removable === true ? [i] : []));
  const setRemoved = (ids: readonly number[]): void => {
    world.removed.fill(0);
    for (const i of ids) world.removed[i] = 1;
  };
  let plans = 0;
  setRemoved(removable);
  const clear = planRoute(world, g, probe, entrance, goal(probe), options);
  plans++;
  setRemoved([]);
  if (clear.outcome !== 'reached') {
    // Nothing removable helps: name what surrounds the place the vehicle got stuck.
    const hits = new Set<number>();
    const [x, y, th] = clear.outcome === 'start-blocked' ? stuck : clear.stuck;
    // Nudge the body forward and back (straight and at full lock) up to 3 m from where it stopped.
    const p = new Float64Array(3);
    for (let s = -3; s <= 3; s += 0.5) {
      for (const k of [0, g.maxCurvature, -g.maxCurvature]) {
        arcStep(x, y, th, k, s, p);
        probe.bodyHits(p[0]!, p[1]!, p[2]!, hits);
      }
    }
    return {
      blockedBy: [...hits].sort((a, b) => a - b),
      removeToPass: undefined,
      minimal: true,
      route: undefined,
      plans,
    };
  }
  const inWay = [...obstaclesOnPath(probe, clear.path)].filter((i) => world.obstacles[i]?.removable === true);
  inWay.sort((a, b) => a - b);
  let found: number[] = inWay;
  let route: RouteResult | undefined = clear;
  let minimal = true;
  search: for (let size = 1; size < inWay.length; size++) {
    for (const subset of subsets(inWay, size)) {
      if (plans >= MAX_PLANS) {
        minimal = false;
        break search;
      }
      setRemoved(subset);
      const r = planRoute(world, g, probe, entrance, goal(probe), options);
      plans++;
      if (r.outcome === 'reached') {
        found = subset;
        route = r;
        break search;
      }
    }
  }
  setRemoved([]);
  return { blockedBy: inWay, removeToPass: found, minimal, route, plans };
}
