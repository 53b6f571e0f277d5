/**
 * Routes through the flow network. Where to go is decided exactly as in the agent mode's route
 * graph (navigation/route-plan.ts): on a floor, a goal (exit door, refuge, stair landing); on a
 * landing, the plan's action (down, up, or step off and walk to another goal). The doors on the
 * way follow the goal's distance field downhill: from each space the door with the least field
 * value at its midpoint. The walking length inside a space is the drop of the field between the
 * door entered by and the door left by (the field is the agent mode's, obstacles and door widths
 * included). A route is shared by everyone starting in the same space with the same goal; only
 * the first walk (from the person's position) is personal. A route to a fire-lift stop (lifts.ts)
 * ends in the stop space.
 */
import { REFERENCE_SPEED } from '../constants.ts';
import { fieldAt, GOAL_EXIT, GOAL_LANDING, GOAL_LIFT, GOAL_REFUGE, type Goal } from '../navigation/goals.ts';
import { ACTION_DOWN, ACTION_LEAVE, ACTION_UP } from '../navigation/route-plan.ts';
import {
  doorCap,
  doorOtherSide,
  entryServer,
  exitServer,
  flightCap,
  lane,
  laneNode,
  type FlowNetwork,
} from './network.ts';

export interface Route {
  /** Per hop: the server crossed, the node entered (−1 outside), the walk (m) in that node to the
   * next hop's server, and the stream it joins there (1: came off a flight, for the landing merge). */
  server: number[];
  node: number[];
  dist: number[];
  origin: number[];
  /** Exit door id or refuge space id reached by the last hop (a lift route: the stop space id). */
  exit: string;
  /** The last hop enters a fire-lift stop space, where the person waits for the car (lifts.ts). */
  toLift: boolean;
  /** The first walk: from the person's position to the first server, = their field value at the
   * goal minus `firstField` when `fromPosition`; else the constant `firstField` (m). */
  fromPosition: boolean;
  firstField: number;
  goal: number;
}

const doorMidField = (net: FlowNetwork, goal: Goal, k: number): number => {
  const d = net.layout.doors[k]!;
  return fieldAt(net.layout, goal, (d.ax + d.bx) / 2, (d.ay + d.by) / 2);
};

/** The route from space `start` (a person there, or arriving on its landing) towards goal g0. */
export function buildRoute(net: FlowNetwork, g0: number, start: number): Route | null {
  const { goals, plan, layout, stairs } = net;
  const r: Route = {
    server: [],
    node: [],
    dist: [],
    origin: [],
    exit: '',
    toLift: false,
    fromPosition: true,
    firstField: 0,
    goal: g0,
  };
  let g = g0;
  let cur = start;
  let prevField = NaN;
  let origin = 0;
  const walk = (w: number, field: number): void => {
    if (r.server.length > 0) r.dist[r.dist.length - 1] = Math.max(0, w);
    else if (Number.isNaN(prevField) && r.fromPosition) r.firstField = field;
    else {
      r.fromPosition = false;
      r.firstField = Math.max(0, w);
    }
  };
  const hop = (server: number, node: number, dist: number, o: number): void => {
    r.server.push(server);
    r.node.push(node);
    r.dist.push(dist);
    r.origin.push(o);
  };
  const limit = 4 * (layout.spaces.length + net.laneCount) + 16;
  for (let it = 0; it < limit; it++) {
    const goal = goals.goals[g]!;
    if (goal.kind === GOAL_LANDING && cur === goal.space) {
      if (r.server.length === 0 && Number.isNaN(prevField)) r.fromPosition = false;
      walk(0, 0);
      const act = plan.action[g];
      if (!Number.isFinite(plan.goalCost[g]!)) return null;
      if (act === ACTION_LEAVE) {
        g = plan.leaveGoal[g]!;
        const land = stairs[goal.stair]!.landings[goal.landing]!;
        const x = land.spawnX[0];
        const y = land.spawnY[0];
        if (x === undefined || y === undefined) return null;
        prevField = fieldAt(layout, goals.goals[g]!, x, y);
        continue;
      }
      const up = act === ACTION_UP;
      if (!up && act !== ACTION_DOWN) return null;
      const j = goal.landing;
      const l = lane(net, goal.stair, up ? j : j - 1, up);
      hop(entryServer(net, l), laneNode(net, l), net.laneLength[l]!, origin);
      g = goals.landingGoal[goal.stair]![up ? j + 1 : j - 1]!;
      if (g === undefined || g < 0) return null;
      cur = goals.goals[g]!.space;
      hop(exitServer(net, l), cur, 0, 0);
      origin = 1;
      prevField = 0;
      continue;
    }
    // Floor leg: the door of `cur` nearest to the goal along its field.
    let best = -1;
    let bestField = Infinity;
    layout.doors.forEach((d, k) => {
      if (d.spaceA !== cur && d.spaceB !== cur) return;
      const f = doorMidField(net, goal, k);
      if (f < bestField) {
        best = k;
        bestField = f;
      }
    });
    if (best < 0 || !Number.isFinite(bestField)) return null;
    walk(prevField - bestField, bestField);
    const other = doorOtherSide(net, best, cur);
    const reaches = goal.portals.includes(best);
    if (reaches && goal.kind === GOAL_EXIT && other === -1) {
      hop(best, -1, 0, 0);
      r.exit = layout.doors[best]!.id;
      return r;
    }
    if (reaches && goal.kind === GOAL_REFUGE && other === goal.space) {
      hop(best, other, 0, 0);
      r.exit = layout.spaces[other]!.id;
      return r;
    }
    if (reaches && goal.kind === GOAL_LIFT && other === goal.space) {
      hop(best, other, 0, 0);
      r.exit = layout.spaces[other]!.id;
      r.toLift = true;
      return r;
    }
    if (other < 0) return null;
    hop(best, other, 0, 0);
    origin = 0;
    cur = other;
    prevField = bestField;
  }
  return null;
}

/** The shared resource a goal loads and its capacity (p/s), for the static exit allocation. */
export function goalResource(net: FlowNetwork, g: number): { key: string; cap: number } {
  const { goals, plan } = net;
  for (let guard = 0; guard < goals.goals.length + 1; guard++) {
    const goal = goals.goals[g]!;
    if (goal.kind === GOAL_EXIT)
      return { key: `door:${goal.portals[0]}`, cap: doorCap(net.layout.doors[goal.portals[0]!]!.width) };
    if (goal.kind === GOAL_REFUGE) {
      let cap = 0;
      for (const p of goal.portals) cap += doorCap(net.layout.doors[p]!.width);
      return { key: `refuge:${goal.space}`, cap };
    }
    if (plan.action[g] === ACTION_LEAVE && plan.leaveGoal[g]! >= 0) {
      g = plan.leaveGoal[g]!;
      continue;
    }
    const st = net.stairs[goal.stair]!;
    return { key: `stair:${goal.stair}`, cap: flightCap(st, plan.action[g] === ACTION_UP) };
  }
  return { key: 'none', cap: 1 };
}

/** Cost (s) of heading for goal g from (x, y): walk at the reference speed + the goal's time to
 * safety (route plan) + the queue already allocated to its resource; Infinity if unreachable. */
export function goalCost(
  net: FlowNetwork,
  g: number,
  x: number,
  y: number,
  queued: number,
  cap: number,
): number {
  const goal = net.goals.goals[g]!;
  const c = net.plan.goalCost[g]!;
  if (!Number.isFinite(c)) return Infinity;
  const d = fieldAt(net.layout, goal, x, y);
  return d / REFERENCE_SPEED + c + queued / Math.max(0.1, cap);
}
