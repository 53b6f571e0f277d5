/**
 * One route: a vehicle from a site entrance to a goal, with the current set of removed obstacles.
 * The vehicle enters along the entrance heading: its start pose is the first collision-free pose on
 * that line (it drives in straight from the street), searched up to ENTRY_SEARCH metres.
 */
import type { Entrance } from '../../models/schema/site.ts';
import type { CollisionWorld, VehicleProbe } from './collision-world.ts';
import { heuristicGrid } from './heuristic-grid.ts';
import { bodyContact, contactProbe } from './body-contact.ts';
import { DEFAULT_PLAN_OPTIONS, planPath, type PlanOptions, type PlanResult } from './hybrid-astar.ts';
import { wrapAngle } from './motion.ts';
import type { SiteGoal } from './goals.ts';
import type { VehicleGeometry } from './vehicle-geometry.ts';

/** How far past the gate the body may first fit (m): a vehicle longer than this cannot enter. */
const ENTRY_SEARCH = 30;
const ENTRY_STEP = 0.25;

export interface RouteResult extends PlanResult {
  /** Straight entry from the gate to the start pose (m), included in `length`. */
  entry: number;
}

/** An explored pose within this distance (m) and heading (rad) of a start stands for it. */
const SAME_DISTANCE = 1.5;
const SAME_HEADING = Math.PI / 12;

function near(explored: Float64Array, [x, y, th]: readonly [number, number, number]): boolean {
  for (let k = 0; k + 2 < explored.length; k += 3) {
    const dx = explored[k]! - x;
    const dy = explored[k + 1]! - y;
    if (dx * dx + dy * dy > SAME_DISTANCE * SAME_DISTANCE) continue;
    if (Math.abs(wrapAngle(explored[k + 2]! - th)) <= SAME_HEADING) return true;
  }
  return false;
}

/**
 * The probe answered exactly in 2-D where that is certain, Rapier deciding close calls
 * (body-contact.ts): one per vehicle and removed set, kept in the world's memo.
 */
export function fastProbe(world: CollisionWorld, g: VehicleGeometry, probe: VehicleProbe): VehicleProbe {
  const key = `contact ${g.id} ${g.front} ${g.rear} ${g.halfWidth} ${g.height} ${world.removedKey()}`;
  const contact = world.memo(key, () => bodyContact(world.region, world.obstacles, world.removed, g));
  return contactProbe(probe, contact);
}

/** A number per goal object, for memo keys (goals are built per vehicle and removed set). */
const goalIds = new WeakMap<SiteGoal, number>();
let nextGoalId = 0;
function goalId(goal: SiteGoal): number {
  let id = goalIds.get(goal);
  if (id === undefined) goalIds.set(goal, (id = nextGoalId++));
  return id;
}

export function planRoute(
  world: CollisionWorld,
  g: VehicleGeometry,
  probe: VehicleProbe,
  entrance: Entrance,
  goal: SiteGoal,
  options: Partial<PlanOptions> = {},
  seeds?: Float64Array,
  seedSoft?: Uint8Array,
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
  // The search asks far more questions than the grid: nearly all are answered exactly in 2-D,
  // close calls by Rapier (body-contact.ts). Built once per vehicle and removed set, for every gate.
  const removed = world.removedKey();
  const fast = fastProbe(world, g, probe);
  const grid = world.memo(`grid ${goalId(goal)} ${removed}`, () =>
    heuristicGrid(fast, g, world.region.rings, goal.cell, 1, world.region.contains),
  );
  // A gate whose start lies in a space another gate's search exhausted shares its answer (and its
  // stuck pose: the pose of that space nearest the goal). Only with reverse allowed: symmetric.
  const shareable = options.allowReverse ?? DEFAULT_PLAN_OPTIONS.allowReverse;
  const shared = world.memo(`shared ${goalId(goal)} ${removed} ${JSON.stringify(options)}`, () => ({}));
  const spaces = world.memo(
    `spaces ${goalId(goal)} ${removed} ${JSON.stringify(options)}`,
    () => [] as PlanResult[],
  );
  if (shareable)
    for (const s of spaces)
      if (s.explored && near(s.explored, start))
        return {
          ...s,
          expanded: 0,
          reason: `${s.reason} (the same space as an earlier gate's search: its start is among the poses explored)`,
          entry,
        };
  const r = planPath(g, fast, grid, start, goal, options, shared, seeds, seedSoft);
  if (r.explored && r.outcome === 'no-route') spaces.push(r);
  if (r.outcome !== 'reached') return { ...r, entry };
  const path = new Float64Array(r.path.length + 4);
  path.set([ex - g.front * Math.cos(th), ey - g.front * Math.sin(th), th, 1]);
  path.set(r.path, 4);
  return { ...r, path: entry > 0 ? path : r.path, length: r.length + entry, entry };
}
