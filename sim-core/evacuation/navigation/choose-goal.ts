/**
 * Route choice on a floor: the goal with the least estimated time to safety from where the walker
 * stands — field distance / REFERENCE_SPEED, plus the wait for the people already heading there
 * (their number / the goal's flow capacity), plus, at a stair landing, the wait of those already
 * queued there for the flight, plus the goal's route cost beyond it (route-plan.ts).
 * A landing whose plan is to step off again is never a floor goal (walking through it is just
 * walking). Walkers re-think every REROUTE_PERIOD seconds and switch when another goal is better by
 * REROUTE_GAIN seconds.
 *
 * Each person's own view of those times (`personalTime`, applied whenever a goal is assigned):
 *   - groups (NIST TN 1822 Verif.2.9): a group walks one route — a member on the same storey as an
 *     earlier member who is walking takes that member's goal, and the first such member (the
 *     leader) re-thinks for them all;
 *   - familiarity (Verif.3.3; Sime 1985, "Movement toward the familiar", Environment and Behavior
 *     17(6):697–724: people head for the exits and routes they know, even past nearer ones): the
 *     time to reach the person's familiar exit, stair or refuge counts FAMILIAR_FACTOR of itself
 *     (groups/familiar-goals.ts);
 *   - social influence (Verif.3.2; herding in exit choice, Lovreglio, Fonzone, dell'Olio & Borri
 *     2016, Safety Science 82:421–431: the more people seen heading for an exit, the likelier it is
 *     chosen): every walker in the same space within SOCIAL_RANGE who heads for a goal takes
 *     SOCIAL_PULL seconds off it, for at most SOCIAL_MAX of them per goal. Option
 *     `socialInfluence: false` turns it off.
 */
import { REFERENCE_SPEED } from '../constants.ts';
import type { Sim } from '../run/sim-state.ts';
import { WALKING } from '../population/agent-arrays.ts';
import { GOAL_LANDING, fieldAt } from './goals.ts';
import { ACTION_LEAVE, ACTION_UP } from './route-plan.ts';
import type { GroupState } from '../groups/group-state.ts';
import { familiarTime } from '../groups/familiar-goals.ts';

export const REROUTE_PERIOD = 3;
export const REROUTE_GAIN = 3;

/** Social influence: walkers in the same space within this distance (m) are seen; each heading for
 * a goal takes SOCIAL_PULL s off its estimated time, counting at most SOCIAL_MAX per goal, and the
 * nearest SOCIAL_LOOK walkers only (a glance, and a bounded cost). Lifeline's constants
 * (UNVERIFIED; Lovreglio et al. 2016 fit the herding effect, not these numbers). */
export const SOCIAL_RANGE = 5;
export const SOCIAL_PULL = 3;
export const SOCIAL_MAX = 5;
export const SOCIAL_LOOK = 12;

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

/**
 * Sets walker i's goal (−1: none), keeping the per-goal load counts. A free walker's goal g (from
 * chooseGoal) is first replaced by its group's goal or by its own best choice (`personalGoal`).
 */
export function assignGoal(sim: Sim, i: number, g: number): void {
  if (g >= 0 && sim.fixedGoal[i]! < 0) g = personalGoal(sim, i, g);
  setGoal(sim, i, g);
}

function setGoal(sim: Sim, i: number, g: number): void {
  const old = sim.a.goal[i]!;
  if (old >= 0) sim.goalLoad[old]!--;
  sim.a.goal[i] = g;
  if (g >= 0) sim.goalLoad[g]!++;
}

/** Periodic re-think: switch goals when another is clearly better now (a group's leader for all). */
export function reconsiderGoal(sim: Sim, i: number): void {
  const a = sim.a;
  const cur = a.goal[i]!;
  if (cur < 0) return;
  const gs = sim.pop.groups;
  const x = a.x[i]!;
  const y = a.y[i]!;
  const s = a.storey[i]!;
  if (a.group[i]! >= 0) {
    const lead = groupLeaderOn(sim, gs, i, s);
    if (lead >= 0) {
      // A follower keeps to the leader's goal.
      const lg = a.goal[lead]!;
      if (lg !== cur && lg >= 0 && usable(sim, i, lg, x, y)) setGoal(sim, i, lg);
      return;
    }
  }
  countSeen(sim, gs, i, s);
  let best = cur;
  let bestCost = personalTime(sim, gs, i, cur, goalTime(sim, cur, x, y, true)) - REROUTE_GAIN;
  for (const g of sim.goals.byStorey[s]!) {
    if (g === cur || inOwnLanding(sim, i, g)) continue;
    const c = personalTime(sim, gs, i, g, goalTime(sim, g, x, y, false));
    if (c < bestCost) {
      bestCost = c;
      best = g;
    }
  }
  clearSeen(sim, gs, s);
  if (best === cur) return;
  setGoal(sim, i, best);
  const k = a.group[i]!;
  if (k >= 0) {
    // The rest of the group on this storey heading the old way follows at once.
    for (let m = gs.start[k]!; m < gs.start[k + 1]!; m++) {
      const j = gs.members[m]!;
      if (
        j !== i &&
        a.state[j] === WALKING &&
        a.storey[j] === s &&
        a.goal[j] === cur &&
        sim.fixedGoal[j]! < 0
      )
        setGoal(sim, j, best);
    }
  }
}

/**
 * Walker i's goal instead of g: the goal of the first walking member of its group on the same
 * storey (if it leads anywhere from here), else the least personal time on g's storey.
 */
function personalGoal(sim: Sim, i: number, g: number): number {
  const a = sim.a;
  const gs = sim.pop.groups;
  const s = sim.goals.goals[g]!.storey;
  const x = a.x[i]!;
  const y = a.y[i]!;
  if (a.group[i]! >= 0) {
    const lead = groupLeaderOn(sim, gs, i, s);
    if (lead >= 0) {
      const lg = a.goal[lead]!;
      if (lg >= 0 && usable(sim, i, lg, x, y)) return lg;
    }
  }
  if (a.familiar[i]! < 0 && !gs.social) return g;
  const seen = countSeen(sim, gs, i, s);
  if (a.familiar[i]! < 0 && seen === 0) return g;
  let best = g;
  let bestCost = personalTime(sim, gs, i, g, goalTime(sim, g, x, y, false));
  for (const h of sim.goals.byStorey[s]!) {
    if (h === g || inOwnLanding(sim, i, h)) continue;
    const c = personalTime(sim, gs, i, h, goalTime(sim, h, x, y, false));
    if (c < bestCost) {
      bestCost = c;
      best = h;
    }
  }
  clearSeen(sim, gs, s);
  return best;
}

/** A landing goal whose space walker i stands in: it is never reached by walking (arrival is a
 * crossing into it), so it is not a floor goal for i (the callers' `exclude`). */
function inOwnLanding(sim: Sim, i: number, g: number): boolean {
  const goal = sim.goals.goals[g]!;
  return goal.kind === GOAL_LANDING && goal.space === sim.a.space[i];
}

/** Goal g leads to safety from (x, y) and walker i can walk to it. */
function usable(sim: Sim, i: number, g: number, x: number, y: number): boolean {
  return !inOwnLanding(sim, i, g) && goalTime(sim, g, x, y, false) < Infinity;
}

/** The first member of i's group before i who walks on storey s with a goal; −1 if none (i leads). */
function groupLeaderOn(sim: Sim, gs: GroupState, i: number, s: number): number {
  const a = sim.a;
  const k = a.group[i]!;
  for (let m = gs.start[k]!; m < gs.start[k + 1]!; m++) {
    const j = gs.members[m]!;
    if (j === i) return -1;
    if (a.state[j] === WALKING && a.storey[j] === s && a.goal[j]! >= 0) return j;
  }
  return -1;
}

/** Walker i's own estimate for goal g from the common one (`time`): familiarity and social pull. */
function personalTime(sim: Sim, gs: GroupState, i: number, g: number, time: number): number {
  if (time === Infinity) return time;
  let t = familiarTime(gs, sim.goals, sim.building, sim.a.familiar[i]!, g, time, sim.plan.goalCost[g]!);
  const seen = gs.socialCount ? gs.socialCount[g]! : 0;
  if (seen > 0) t -= SOCIAL_PULL * (seen < SOCIAL_MAX ? seen : SOCIAL_MAX);
  return t;
}

/** Ring of neighbour-grid cell offsets, nearest first, covering SOCIAL_RANGE (built once). */
let ringDx: Int8Array | undefined;
let ringDy: Int8Array | undefined;
let ringCell = 0;

function ring(cell: number): void {
  if (ringDx && ringCell === cell) return;
  const r = Math.ceil(SOCIAL_RANGE / cell);
  const cells: [number, number, number][] = [];
  for (let dy = -r; dy <= r; dy++)
    for (let dx = -r; dx <= r; dx++) {
      const gx = Math.max(0, Math.abs(dx) - 1) * cell;
      const gy = Math.max(0, Math.abs(dy) - 1) * cell;
      if (gx * gx + gy * gy <= SOCIAL_RANGE * SOCIAL_RANGE) cells.push([dx, dy, dx * dx + dy * dy]);
    }
  cells.sort((p, q) => p[2] - q[2] || p[1] - q[1] || p[0] - q[0]);
  ringDx = Int8Array.from(cells, (c) => c[0]);
  ringDy = Int8Array.from(cells, (c) => c[1]);
  ringCell = cell;
}

/**
 * Social influence: counts, per goal, the walkers walker i sees heading there (same space, within
 * SOCIAL_RANGE, not of i's group; the nearest SOCIAL_LOOK walkers of the last neighbour grid).
 * Writes gs.socialCount (cleared by clearSeen) and returns how many walkers were seen.
 */
function countSeen(sim: Sim, gs: GroupState, i: number, s: number): number {
  if (!gs.social) return 0;
  const grid = sim.grid;
  if (grid.walkers[s]! === 0) return 0;
  const a = sim.a;
  let counts = gs.socialCount;
  if (!counts || counts.length !== sim.goals.goals.length)
    counts = gs.socialCount = new Int32Array(sim.goals.goals.length);
  ring(grid.cell);
  const dxs = ringDx!;
  const dys = ringDy!;
  const xi = a.x[i]!;
  const yi = a.y[i]!;
  const sp = a.space[i]!;
  const gi = a.group[i]!;
  const nx = grid.nx[s]!;
  const ny = grid.ny[s]!;
  const cx = Math.floor((xi - grid.ox[s]!) / grid.cell);
  const cy = Math.floor((yi - grid.oy[s]!) / grid.cell);
  const r2 = SOCIAL_RANGE * SOCIAL_RANGE;
  let seen = 0;
  for (let k = 0; k < dxs.length && seen < SOCIAL_LOOK; k++) {
    const x = cx + dxs[k]!;
    const y = cy + dys[k]!;
    if (x < 0 || y < 0 || x >= nx || y >= ny) continue;
    const c = grid.offset[s]! + y * nx + x;
    const end = grid.start[c]! + grid.count[c]!;
    for (let q = grid.start[c]!; q < end && seen < SOCIAL_LOOK; q++) {
      const j = grid.sorted[q]!;
      if (j === i || a.state[j] !== WALKING || a.storey[j] !== s || a.space[j] !== sp) continue;
      if (gi >= 0 && a.group[j] === gi) continue;
      const ddx = a.x[j]! - xi;
      const ddy = a.y[j]! - yi;
      if (ddx * ddx + ddy * ddy > r2) continue;
      const g = a.goal[j]!;
      if (g < 0) continue;
      counts[g]!++;
      seen++;
    }
  }
  return seen;
}

/** Zeroes the social counts of storey s's goals after a choice. */
function clearSeen(sim: Sim, gs: GroupState, s: number): void {
  const counts = gs.socialCount;
  if (!counts) return;
  for (const g of sim.goals.byStorey[s]!) counts[g] = 0;
}
