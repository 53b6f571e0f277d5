/**
 * Which obstacles keep a vehicle out, and which must go. When a route fails:
 * 1. plan again with every `removable` obstacle removed; if that fails too, no removal suffices
 *    (the lane is too narrow, an arch too low, a fixed obstacle in the way): name the obstacles
 *    around the stuck pose and the fixed obstacles whose removal alone reconnects the distance grid
 *    (heuristic-grid.ts) from the gate to the goal;
 * 2. otherwise the removable obstacles that the clear-site path runs through are sufficient; search
 *    their subsets by increasing size (bounded by MAX_PLANS plans) for the smallest that still opens
 *    a route. `minimal` says whether that search finished.
 * Subsets of the obstacles on the clear-site path only: a smaller set that opens a different route
 * could exist; the report says so.
 */
import type { CollisionWorld, VehicleProbe } from './collision-world.ts';
import type { SiteGoal } from './goals.ts';
import { DEFAULT_PLAN_OPTIONS, type PlanOptions } from './hybrid-astar.ts';
import { fastProbe, planRoute, type RouteResult } from './route.ts';
import { arcStep } from './motion.ts';
import { heuristicGrid } from './heuristic-grid.ts';
import type { Entrance } from '../../models/schema/site.ts';
import type { VehicleGeometry } from './vehicle-geometry.ts';

/** Most re-plans one blocking analysis may spend on shrinking the set. */
export const MAX_PLANS = 40;
/** Most fixed obstacles (nearest the stuck pose first) tested one by one on the distance grid. */
export const MAX_FIXED_TESTS = 24;

export interface BlockingResult {
  /** Obstacle indices in the way (of the clear-site path, or around the stuck pose). */
  blockedBy: number[];
  /** Smallest removable set found that opens a route, or undefined if none suffices. */
  removeToPass: number[] | undefined;
  minimal: boolean;
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

/**
 * Goals per factory and removed set: the same object for every gate, so route.ts can share the
 * distance grid and exhausted spaces between them (a goal depends on the world's removed set only).
 */
const factoryIds = new WeakMap<(probe: VehicleProbe) => SiteGoal, number>();
let nextFactoryId = 0;

function goalOf(
  world: CollisionWorld,
  g: VehicleGeometry,
  makeGoal: (probe: VehicleProbe) => SiteGoal,
): (p: VehicleProbe) => SiteGoal {
  let id = factoryIds.get(makeGoal);
  if (id === undefined) factoryIds.set(makeGoal, (id = nextFactoryId++));
  return (p) => world.memo(`goal ${id} ${g.id} ${world.removedKey()}`, () => makeGoal(p));
}

const removableOf = (world: CollisionWorld): number[] =>
  world.obstacles.flatMap((o, i) => (o.removable === true ? [i] : []));

function setRemovedIn(world: CollisionWorld, ids: readonly number[]): void {
  world.removed.fill(0);
  for (const i of ids) world.removed[i] = 1;
}

/**
 * The route with every `removable` obstacle removed (the "clear site"), forward shots only (the
 * named set follows the route found: PlanOptions.reedsShepp). Removing obstacles only adds moves, so
 * where this fails the site as it stands fails too, and nothing towed helps. With nothing removable
 * the clear site is the site: `original`, the route that failed, already searched it. Otherwise the
 * search starts from every pose `original` exhausted, if it did: only what the removed obstacles open
 * up is searched move by move (and a route found that way is planned again from the gate, below).
 * The world's removed set is empty again afterwards.
 */
export function clearSiteRoute(
  world: CollisionWorld,
  g: VehicleGeometry,
  probe: VehicleProbe,
  entrance: Entrance,
  makeGoal: (probe: VehicleProbe) => SiteGoal,
  options: Partial<PlanOptions> = {},
  original?: RouteResult,
): RouteResult {
  const removable = removableOf(world);
  if (removable.length === 0 && original !== undefined) return original;
  setRemovedIn(world, removable);
  const goal = goalOf(world, g, makeGoal)(probe);
  const opts = { ...options, reedsShepp: false };
  const seeds = original?.outcome === 'no-route' ? original.explored : undefined;
  let r = planRoute(world, g, probe, entrance, goal, opts, seeds, seeds && original?.exploredSoft);
  // A seeded search that reaches the goal proves a way exists but may run where a search from the
  // gate does not (its roots come from another search's grid): the obstacles it would name could
  // then not be confirmed by planning with just those removed. The named set comes from a plain
  // search; the seeds only make "nothing removable helps" fast.
  if (seeds && r.outcome === 'reached') r = planRoute(world, g, probe, entrance, goal, opts);
  setRemovedIn(world, []);
  return r;
}

export function analyseBlocking(
  world: CollisionWorld,
  g: VehicleGeometry,
  probe: VehicleProbe,
  entrance: Entrance,
  makeGoal: (probe: VehicleProbe) => SiteGoal,
  stuck: readonly [number, number, number],
  options: Partial<PlanOptions> = {},
  original?: RouteResult,
): BlockingResult {
  const goal = goalOf(world, g, makeGoal);
  const removable = removableOf(world);
  const setRemoved = (ids: readonly number[]): void => setRemovedIn(world, ids);
  let plans = 0;
  // The users' wall-clock safety net (PlanOptions.maxMillis) bounds the whole analysis too: past it,
  // no further subset is tried (the set found so far stands, marked not minimal). MAX_PLANS is the
  // deterministic bound.
  const maxMillis = options.maxMillis ?? DEFAULT_PLAN_OPTIONS.maxMillis;
  const t0 = performance.now();
  // Forward shots only: the named set follows the route found (PlanOptions.reedsShepp).
  const opts: Partial<PlanOptions> = { ...options, reedsShepp: false };
  const clear = clearSiteRoute(world, g, probe, entrance, makeGoal, options, original);
  if (clear !== original) plans++;
  setRemoved(removable);
  const clearGoal = goal(probe);
  if (clear.outcome !== 'reached') {
    // Nothing removable helps: name what surrounds the place the vehicle got stuck.
    const hits = new Set<number>();
    const [x, y, th] = clear.outcome === 'start-blocked' ? stuck : clear.stuck;
    // Nudge the body forward and back (straight and at full lock) up to 3 m from where it stopped.
    const p = new Float64Array(3);
    setRemoved([]);
    for (let s = -3; s <= 3; s += 0.5) {
      for (const k of [0, g.maxCurvature, -g.maxCurvature]) {
        arcStep(x, y, th, k, s, p);
        probe.bodyHits(p[0]!, p[1]!, p[2]!, hits);
      }
    }
    // Fixed obstacles that cut the route: with everything removable gone, the distance grid (a
    // relaxation: the vehicle turning on the spot) connects the gate to the goal once that obstacle
    // is gone too. An arch too low or a wall across the lane is named this way even when the planner
    // never got near it.
    const fixed = world.obstacles
      .map((o, i) => ({ o, i }))
      .filter(({ o }) => o.removable !== true)
      .map(({ o, i }) => ({
        i,
        d: Math.min(...o.polygon.map(([px, py]) => Math.hypot(px - x, py - y))),
      }))
      .sort((a, b) => a.d - b.d || a.i - b.i)
      .slice(0, MAX_FIXED_TESTS);
    const th0 = (entrance.heading * Math.PI) / 180;
    const sx = entrance.at[0] + Math.cos(th0);
    const sy = entrance.at[1] + Math.sin(th0);
    setRemoved(removable);
    const baseGrid = heuristicGrid(fastProbe(world, g, probe), g, world.region.rings, clearGoal.cell);
    if (!Number.isFinite(baseGrid.at(sx, sy)))
      for (const { i } of fixed) {
        setRemoved([...removable, i]);
        const grid = heuristicGrid(fastProbe(world, g, probe), g, world.region.rings, clearGoal.cell);
        if (Number.isFinite(grid.at(sx, sy))) hits.add(i);
      }
    setRemoved([]);
    return {
      blockedBy: [...hits].sort((a, b) => a - b),
      removeToPass: undefined,
      minimal: true,
      plans,
    };
  }
  setRemoved([]);
  const inWay = [...obstaclesOnPath(probe, clear.path)].filter((i) => world.obstacles[i]?.removable === true);
  inWay.sort((a, b) => a - b);
  let found: number[] = inWay;
  let minimal = true;
  search: for (let size = 1; size < inWay.length; size++) {
    for (const subset of subsets(inWay, size)) {
      if (plans >= MAX_PLANS || (maxMillis < Infinity && performance.now() - t0 > maxMillis)) {
        minimal = false;
        break search;
      }
      setRemoved(subset);
      const r = planRoute(world, g, probe, entrance, goal(probe), opts);
      plans++;
      if (r.outcome === 'reached') {
        found = subset;
        break search;
      }
    }
  }
  setRemoved([]);
  return { blockedBy: inWay, removeToPass: found, minimal, plans };
}
