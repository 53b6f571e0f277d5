/**
 * Route choice on a floor: the goal with the least estimated time to safety from where the walker
 * stands — field distance / REFERENCE_SPEED, plus the wait for the people already heading there
 * (their number / the goal's flow capacity), plus, at a stair landing, the wait of those already
 * queued there for the flight, plus the goal's route cost beyond it (route-plan.ts).
 * A landing whose plan is to step off again is never a floor goal (walking through it is just
 * walking). Walkers re-think every REROUTE_PERIOD seconds and switch when another goal is better by
 * REROUTE_GAIN seconds.
 */
import { REFERENCE_SPEED } from '../constants.ts';
import type { Sim } from '../run/sim-state.ts';
import { fieldAt, GOAL_LANDING } from './goals.ts';
import { ACTION_LEAVE, ACTION_UP } from './route-plan.ts';

export const REROUTE_PERIOD = 3;
export const REROUTE_GAIN = 3;

/** Estimated time (s) to safety via goal g for a walker at (x, y); Infinity if g leads nowhere. */
export function goalTime(sim: Sim, g: number, x: number, y: number, self: boolean): number {
  const after = sim.plan.goalCost[g]!;
  if (after === Infinity) return Infinity;
  const goal = sim.goals.goals[g]!;
  if (goal.kind === GOAL_LANDING && sim.plan.action[g] === ACTION_LEAVE) return Infinity;
  const load = sim.goalLoad[g]! - (self ? 1 : 0);
  let queue = 0;
  if (goal.kind === GOAL_LANDING) {
    // Queue-aware across storeys: those already waiting at the landing for the flight the plan
    // takes (from the floor and from the flight above) wait their turn at the lane's entry rate.
    const lane = sim.laneBase[goal.stair]! + 2 * goal.landing + (sim.plan.action[g] === ACTION_UP ? 1 : 0);
    queue = (sim.qLen[2 * lane]! + sim.qLen[2 * lane + 1]!) / sim.laneRate[lane]!;
  }
  return fieldAt(sim.layout, goal, x, y) / REFERENCE_SPEED + load / sim.goalCapacity[g]! + queue + after;
}

/** Best goal for a walker at (x, y) on storey s, never `exclude`; −1 if none reaches safety. */
export function chooseGoal(sim: Sim, s: number, x: number, y: number, exclude: number): number {
  let best = -1;
  let bestCost = Infinity;
  for (const g of sim.goals.byStorey[s]!) {
    if (g === exclude) continue;
    const c = goalTime(sim, g, x, y, false);
    if (c < bestCost) {
      bestCost = c;
      best = g;
    }
  }
  return best;
}

/** Sets walker i's goal (−1: none), keeping the per-goal load counts. */
export function assignGoal(sim: Sim, i: number, g: number): void {
  const old = sim.a.goal[i]!;
  if (old >= 0) sim.goalLoad[old]!--;
  sim.a.goal[i] = g;
  if (g >= 0) sim.goalLoad[g]!++;
}

/** Periodic re-think: switch goals when another is clearly better now. */
export function reconsiderGoal(sim: Sim, i: number): void {
  const a = sim.a;
  const cur = a.goal[i]!;
  if (cur < 0) return;
  const x = a.x[i]!;
  const y = a.y[i]!;
  const now = goalTime(sim, cur, x, y, true);
  let best = cur;
  let bestCost = now - REROUTE_GAIN;
  for (const g of sim.goals.byStorey[a.storey[i]!]!) {
    if (g === cur) continue;
    const c = goalTime(sim, g, x, y, false);
    if (c < bestCost) {
      bestCost = c;
      best = g;
    }
  }
  if (best !== cur) assignGoal(sim, i, best);
}
