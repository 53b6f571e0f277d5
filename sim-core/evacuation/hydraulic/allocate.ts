/**
 * Routes by start space and goal, shared by everyone with the same pair (cached on the state), and
 * the least-cost goal for a person who starts walking mid-run (someone a fire lift brought down).
 */
import { buildRoute, goalCost, goalResource, type Route } from './routes.ts';
import type { HydraulicState } from './state.ts';

/** Index of the route from space `sp` towards goal g in s.routes (built once), −1 if none. */
export function routeIndex(s: HydraulicState, g: number, sp: number): number {
  if (g < 0) return -1;
  const key = `${g}:${sp}`;
  let ri = s.routeCache.get(key);
  if (ri === undefined) {
    const r: Route | null = buildRoute(s.net, g, sp);
    ri = r ? s.routes.push(r) - 1 : -1;
    s.routeCache.set(key, ri);
  }
  return ri;
}

/** The goal on storey `storey` with the least cost from (x, y) (walk + time to safety; no queue
 * term: the static allocation is over), −1 if none is reachable. */
export function leastCostGoal(s: HydraulicState, storey: number, x: number, y: number): number {
  let best = -1;
  let bestCost = Infinity;
  for (const g of s.net.goals.byStorey[storey]!) {
    const c = goalCost(s.net, g, x, y, 0, goalResource(s.net, g).cap);
    if (c < bestCost) {
      best = g;
      bestCost = c;
    }
  }
  return best;
}
