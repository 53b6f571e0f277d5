/**
 * The route graph across storeys: for every stair landing, the least expected time to safety of a
 * reference walker standing on it (T), and what to do there — go down, go up, or step onto the
 * floor and walk to another goal. Dijkstra backwards from the safe goals (exits, refuges, cost 0)
 * over flights (length / free stair speed) and floor walks (field distance from the landing's spawn
 * point / REFERENCE_SPEED). A goal's cost is 0 for exits and refuges and T for a landing.
 */
import { REFERENCE_SPEED } from '../constants.ts';
import type { BuildingLayout } from '../layout/building-layout.ts';
import { freeStairSpeed } from '../stairs/stair-speed.ts';
import type { StairInfo } from '../stairs/stair-network.ts';
import { fieldAt, GOAL_EXIT, GOAL_LANDING, GOAL_REFUGE, type GoalSet } from './goals.ts';

export const ACTION_LEAVE = 0;
export const ACTION_DOWN = -1;
export const ACTION_UP = 1;

export interface RoutePlan {
  /** Expected time to safety (s) from each goal once reached; Infinity if none. */
  goalCost: Float64Array;
  /** Per landing goal: ACTION_DOWN / ACTION_UP / ACTION_LEAVE, and for LEAVE the goal to walk to. */
  action: Int8Array;
  leaveGoal: Int32Array;
}

/** `closed` (optional, per goal): goals closed during the run (run/closures.ts) lead nowhere. */
export function planRoutes(
  layout: BuildingLayout,
  set: GoalSet,
  stairs: StairInfo[],
  closed?: Uint8Array,
): RoutePlan {
  const n = set.goals.length;
  const cost = new Float64Array(n).fill(Infinity);
  const action = new Int8Array(n);
  const leaveGoal = new Int32Array(n).fill(-1);
  const done = new Uint8Array(n);
  // Floor walk cost from landing goal g's spawn point to every other goal h on its storey.
  const floorCost = (g: number, h: number): number => {
    const goal = set.goals[g]!;
    const land = stairs[goal.stair]!.landings[goal.landing]!;
    const x = land.spawnX[0];
    const y = land.spawnY[0];
    if (x === undefined || y === undefined) return Infinity;
    return fieldAt(layout, set.goals[h]!, x, y) / REFERENCE_SPEED;
  };
  // Lift stops (GOAL_LIFT) are not sources: only lift users go there, by their own rule.
  for (const g of set.goals)
    if ((g.kind === GOAL_EXIT || g.kind === GOAL_REFUGE) && !closed?.[g.index]) cost[g.index] = 0;
  if (closed) for (let i = 0; i < n; i++) if (closed[i]) done[i] = 1;
  for (;;) {
    let best = -1;
    for (let i = 0; i < n; i++)
      if (!done[i] && cost[i]! < Infinity && (best < 0 || cost[i]! < cost[best]!)) best = i;
    if (best < 0) break;
    done[best] = 1;
    const reached = set.goals[best]!;
    const c = cost[best]!;
    // Landings on the same storey can step off and walk here.
    for (const g of set.byStorey[reached.storey]!) {
      const goal = set.goals[g]!;
      if (goal.kind !== GOAL_LANDING || done[g] || g === best) continue;
      const via = c + floorCost(g, best);
      if (via < cost[g]!) {
        cost[g] = via;
        action[g] = ACTION_LEAVE;
        leaveGoal[g] = best;
      }
    }
    // Neighbouring landings of the same stair can walk the flight to here.
    if (reached.kind === GOAL_LANDING) {
      const st = stairs[reached.stair]!;
      for (const dk of [-1, 1]) {
        const k = reached.landing + dk;
        const g = set.landingGoal[reached.stair]![k];
        if (g === undefined || g < 0 || done[g]) continue;
        const len = st.length[Math.min(k, reached.landing)]!;
        // From landing k to `reached`: down if reached is below (dk = −1 means k is below: going up).
        const up = dk === -1;
        const via = c + len / freeStairSpeed(st.k, 1, up);
        if (via < cost[g]!) {
          cost[g] = via;
          action[g] = up ? ACTION_UP : ACTION_DOWN;
          leaveGoal[g] = -1;
        }
      }
    }
  }
  return { goalCost: cost, action, leaveGoal };
}
