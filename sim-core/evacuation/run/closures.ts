/**
 * Doors and stairs that close during a run (engine option `closures: [{ id, at }]`; NIST TN 1822
 * Verif.4.1: exit 1 closes at t = 1 s and the occupant must re-route to exit 2). At `at` seconds:
 *   a door becomes a wall (a step across it is cancelled); an inner door's storey gets a new
 *     navigation raster without it and its goals' distance fields are recomputed on next use;
 *   a stair takes nobody new from a floor (people already on it carry on; those who reach a landing
 *     whose route is gone step off and re-plan); a fire lift in use (`useFireLifts`) takes nobody
 *     new (lifts/fire-lifts.ts closeLift), any other lift id is accepted and ignored;
 *   every goal whose portals are all closed is closed, the route plan is recomputed without the
 *     closed goals, and every walker re-plans at once (a fixed exit allocation that closed is
 *     dropped); a walker with no route left is trapped.
 */
import { OUTSIDE_SPACE, measureWallDistance } from '../layout/building-layout.ts';
import { buildNavGrid } from '../layout/nav-grid.ts';
import { NAV_CELL } from '../constants.ts';
import { assignGoal, chooseGoal } from '../navigation/choose-goal.ts';
import { planRoutes } from '../navigation/route-plan.ts';
import { WALKING } from '../population/agent-arrays.ts';
import { markSafeOrTrapped } from './events.ts';
import type { Sim } from './sim-state.ts';
import { closeLift } from '../lifts/fire-lifts.ts';

export interface Closure {
  /** Door, stair or elevator id. */
  id: string;
  /** Seconds after the alarm. */
  at: number;
}

/** Checks the ids and sorts by time (stable), so a bad id fails before the run. */
export function prepareClosures(sim: Sim, closures: readonly Closure[]): Closure[] {
  for (const c of closures) {
    const known =
      sim.layout.doorIndex.has(c.id) ||
      sim.stairs.some((s) => s.id === c.id) ||
      (sim.building.elevators ?? []).some((e) => e.id === c.id);
    if (!known) throw new Error(`closures: no passable door, stair or elevator "${c.id}"`);
    if (!(c.at >= 0)) throw new Error(`closures: "${c.id}" at ${c.at} s (must be ≥ 0)`);
  }
  return closures
    .map((c, k) => [c, k] as const)
    .sort((p, q) => p[0].at - q[0].at || p[1] - q[1])
    .map((p) => p[0]);
}

/** Applies every closure due by sim.t (called at the start of each step). */
export function applyClosures(sim: Sim): void {
  let changed = false;
  while (sim.nextClosure < sim.closures.length && sim.closures[sim.nextClosure]!.at <= sim.t + 1e-9) {
    const c = sim.closures[sim.nextClosure++]!;
    const d = sim.layout.doorIndex.get(c.id);
    if (d !== undefined) {
      closeDoor(sim, d);
      changed = true;
      continue;
    }
    const s = sim.stairs.findIndex((st) => st.id === c.id);
    if (s >= 0) {
      for (const g of sim.goals.landingGoal[s]!) if (g >= 0) sim.goalClosed[g] = 1;
      changed = true;
    }
    const l = sim.lifts ? sim.lifts.lifts.findIndex((lift) => lift.id === c.id) : -1;
    if (sim.lifts && l >= 0) {
      closeLift(sim, sim.lifts, l);
      changed = true;
    }
  }
  if (!changed) return;
  sim.plan = planRoutes(sim.layout, sim.goals, sim.stairs, sim.goalClosed);
  const a = sim.a;
  for (let i = 0; i < a.n; i++) {
    if (a.state[i] !== WALKING) continue;
    const fixed = sim.fixedGoal[i]!;
    if (fixed >= 0) {
      if (!sim.goalClosed[fixed]) continue;
      sim.fixedGoal[i] = -1;
    }
    const g = chooseGoal(sim, a.storey[i]!, a.x[i]!, a.y[i]!, -1);
    if (g < 0) markSafeOrTrapped(sim, i, false, -1);
    else assignGoal(sim, i, g);
  }
}

function closeDoor(sim: Sim, d: number): void {
  const L = sim.layout;
  sim.doorClosed[d] = 1;
  const door = L.doors[d]!;
  for (const goal of sim.goals.goals)
    if (goal.portals.includes(d) && goal.portals.every((p) => sim.doorClosed[p] === 1))
      sim.goalClosed[goal.index] = 1;
  if (door.spaceB === OUTSIDE_SPACE) return;
  // An inner door: re-rasterise its storey without it, so fields no longer lead through it.
  const st = sim.building.storeys[door.storey]!;
  const closedIds = new Set(L.doors.filter((_, k) => sim.doorClosed[k] === 1).map((x) => x.id));
  const storey = {
    ...st,
    doors: (st.doors ?? []).map((x) => (closedIds.has(x.id) ? { ...x, passable: false } : x)),
  };
  const lay = L.storeys[door.storey]!;
  const nav = buildNavGrid(storey, L.spaceIndex, lay.box, NAV_CELL);
  measureWallDistance(nav, lay.segments);
  lay.nav = nav;
  // Landing goals' walk costs in the plan use these fields too: recomputed with the plan.
  for (const goal of sim.goals.goals) if (goal.storey === door.storey) goal.field = undefined;
}
