/**
 * People on stairs, between floors, as 1-D lanes (documented simplification: floors are 2-D, flights
 * are queues). A lane runs from one landing to the next in one direction; its length is the dog-leg
 * travel length (stair-speed.ts). Each step:
 *   1. entry — a token bucket at the design specific flow × clear width (IMO: down 1.1, up 0.88
 *      p/(m·s)) lets people onto the lane; the tokens are shared between people arriving from the
 *      flight above (or below) and people entering from the floor, served alternately when both
 *      wait (a 50/50 merge, Lifeline's choice);
 *   2. travel — everyone on a lane moves at min(own free stair speed, SFPE S(D)) where D is the
 *      lane's people over its length × effective width;
 *   3. arrival — at the far landing the route plan says: carry on (queue for the next lane) or step
 *      off onto the floor (wait for a free spot at the landing's spawn points, one per step).
 * Counterflow between evacuees: a flight's up lane and down lane share its width. While people wait
 * for or walk both lanes of a flight, each lane gets a share of the width (laneShare): in proportion
 * to the people it serves, but never less than one stair traffic lane (Fruin: a minor reverse flow
 * takes a whole lane) or half the width. Its entry rate and its hold (SFPE maximum-flow density) are
 * scaled by that share, and everyone on the flight, either way, counts in the SFPE density that sets
 * speed. Both shares stay above zero and nobody arriving at a landing is ever held, so opposing
 * streams slow each other but can never lock the flight.
 */
import { FRUIN_E_DENSITY } from '../constants.ts';

const LANE_ADMIT_DENSITY = SFPE_MAX_FLOW_DENSITY;
/** Width (m) of one traffic lane on a stair: 30 in (Fruin 1971, "Pedestrian Planning and Design",
 * stairs chapter, where a minor reverse flow is said to take a whole lane and so cut a two-lane
 * stair's capacity for the main flow by about half). UNVERIFIED: from a secondary recollection of
 * Fruin; the same 0.76 m (30 in) lane is the unit of older egress codes' "units of exit width". */
export const STAIR_TRAFFIC_LANE = 0.76;
import { ACTION_LEAVE, ACTION_UP } from '../navigation/route-plan.ts';
import { assignGoal, chooseGoal } from '../navigation/choose-goal.ts';
import { QUEUED, ON_STAIR, STEPPING_OFF, WALKING, type AgentArrays } from '../population/agent-arrays.ts';
import type { Sim } from '../run/sim-state.ts';
import { freeStairSpeed, SFPE_MAX_FLOW_DENSITY, sfpeSpeed, stairWalkSpeed } from './stair-speed.ts';
import { STAIR_UP_FACTOR } from '../constants.ts';
import { neighbourCell } from '../movement/neighbour-grid.ts';
import { markLeftStorey, markSafeOrTrapped } from '../run/events.ts';

function push(
  head: Int32Array,
  tail: Int32Array,
  len: Int32Array,
  q: number,
  a: AgentArrays,
  i: number,
): void {
  a.queueNext[i] = -1;
  if (tail[q]! < 0) head[q] = i;
  else a.queueNext[tail[q]!] = i;
  tail[q] = i;
  len[q]!++;
}

function pop(head: Int32Array, tail: Int32Array, len: Int32Array, q: number, a: AgentArrays): number {
  const i = head[q]!;
  head[q] = a.queueNext[i]!;
  if (head[q]! < 0) tail[q] = -1;
  a.queueNext[i] = -1;
  len[q]!--;
  return i;
}

/** Lane leaving landing j of stair s in direction `action` (ACTION_UP or ACTION_DOWN). */
export function laneOf(sim: Sim, s: number, j: number, action: number): number {
  return sim.laneBase[s]! + 2 * j + (action === ACTION_UP ? 1 : 0);
}

/** Can one more person step from the floor onto landing goal g? (landing hold not full) */
export function landingHasRoom(sim: Sim, g: number): boolean {
  const goal = sim.goals.goals[g]!;
  const act = sim.plan.action[g]!;
  if (act === ACTION_LEAVE) return true;
  const lane = laneOf(sim, goal.stair, goal.landing, act);
  return sim.qLen[2 * lane + 1]! < sim.landingHold[sim.landingBase[goal.stair]! + goal.landing]!;
}

/** Walker i has crossed into landing goal g from the floor: queue for the lane the plan says. */
export function enterLandingFromFloor(sim: Sim, i: number, g: number): void {
  const goal = sim.goals.goals[g]!;
  boardLane(sim, i, laneOf(sim, goal.stair, goal.landing, sim.plan.action[g]!));
}

/** Walker i, standing at the lane's landing, queues with the floor entrants for lane `lane`. */
export function boardLane(sim: Sim, i: number, lane: number): void {
  const a = sim.a;
  a.state[i] = QUEUED;
  a.vx[i] = 0;
  a.vy[i] = 0;
  markLeftStorey(sim, i);
  assignGoal(sim, i, -1);
  push(sim.qHead, sim.qTail, sim.qLen, 2 * lane + 1, a, i);
}

/** Unlinks person i from queue q wherever they stand in it; false if they are not in it. */
function unlink(
  head: Int32Array,
  tail: Int32Array,
  len: Int32Array,
  q: number,
  a: AgentArrays,
  i: number,
): boolean {
  let prev = -1;
  for (let k = head[q]!; k >= 0; k = a.queueNext[k]!) {
    if (k === i) {
      if (prev < 0) head[q] = a.queueNext[i]!;
      else a.queueNext[prev] = a.queueNext[i]!;
      if (tail[q] === i) tail[q] = prev;
      a.queueNext[i] = -1;
      len[q]!--;
      return true;
    }
    prev = k;
  }
  return false;
}

/**
 * Takes person i off the stairs wherever they are (on a lane, in a landing queue or waiting to step
 * off), when they drop out of the run (overcome by smoke). Searching every queue is linear in the
 * people queued, and happens once per person at most.
 */
export function leaveStairs(sim: Sim, i: number): void {
  const a = sim.a;
  if (a.state[i] === ON_STAIR) {
    sim.laneCount[a.lane[i]!]!--;
    return;
  }
  if (a.state[i] === QUEUED) {
    for (let q = 0; q < sim.qLen.length; q++)
      if (sim.qLen[q]! > 0 && unlink(sim.qHead, sim.qTail, sim.qLen, q, a, i)) return;
  } else if (a.state[i] === STEPPING_OFF) {
    for (let q = 0; q < sim.spawnLen.length; q++)
      if (sim.spawnLen[q]! > 0 && unlink(sim.spawnHead, sim.spawnTail, sim.spawnLen, q, a, i)) return;
  }
}

/** The route plan each run's queues were last checked against (a new plan object = re-planned). */
const lastPlan = new WeakMap<Sim, object>();

/** The other lane of the same flight (the one going the other way), or −1 for an unused lane. */
export function opposingLane(sim: Sim, L: number): number {
  if (sim.laneLength[L]! <= 0) return -1;
  return sim.laneUp[L] === 1 ? L + 1 : L - 1;
}

/** People lane L serves now: on it and queued at its landing (from the stair and from the floor). */
function laneDemand(sim: Sim, L: number): number {
  return sim.laneCount[L]! + sim.qLen[2 * L]! + sim.qLen[2 * L + 1]!;
}

/**
 * Share (0–1] of its flight's width that lane L may use now. 1 unless people also walk or wait for
 * the opposing lane; then the flight's width is split in proportion to the two lanes' people, each
 * getting at least min(one traffic lane, half the width) (STAIR_TRAFFIC_LANE). Never zero, so both
 * directions always move (no counterflow deadlock).
 */
export function laneShare(sim: Sim, L: number): number {
  const opp = opposingLane(sim, L);
  if (opp < 0) return 1;
  const other = laneDemand(sim, opp);
  if (other === 0) return 1;
  const own = laneDemand(sim, L);
  if (own === 0) return 1;
  const width = sim.stairs[sim.laneStair[L]!]!.width;
  const min = Math.min(0.5, STAIR_TRAFFIC_LANE / width);
  const p = own / (own + other);
  return p < min ? min : p > 1 - min ? 1 - min : p;
}

/**
 * After the route plan changed during a run (closures), people queued at a landing for a lane the
 * plan no longer uses follow the new plan: they queue for the other direction (counterflow on the
 * flight they came by), or step off where the landing's route is gone or now leads onto the floor.
 * Queues always match the plan otherwise, so this moves nobody in a run without closures.
 */
function followPlan(sim: Sim, L: number): void {
  const a = sim.a;
  const s = sim.laneStair[L]!;
  const j = sim.laneFrom[L]!;
  const g = sim.goals.landingGoal[s]![j]!;
  const act = g >= 0 ? sim.plan.action[g]! : ACTION_LEAVE;
  const stepOff = g < 0 || act === ACTION_LEAVE || sim.plan.goalCost[g] === Infinity;
  if (!stepOff && (act === ACTION_UP) === (sim.laneUp[L] === 1)) return;
  const to = stepOff ? -1 : laneOf(sim, s, j, act);
  for (let k = 0; k < 2; k++) {
    const q = 2 * L + k;
    while (sim.qLen[q]! > 0) {
      const i = pop(sim.qHead, sim.qTail, sim.qLen, q, a);
      if (to >= 0) push(sim.qHead, sim.qTail, sim.qLen, 2 * to + k, a, i);
      else {
        a.state[i] = STEPPING_OFF;
        const lid = sim.landingBase[s]! + j;
        push(sim.spawnHead, sim.spawnTail, sim.spawnLen, lid, a, i);
      }
    }
  }
}

export function stepStairs(sim: Sim): void {
  const a = sim.a;
  const dt = sim.opts.dt;
  const lanes = sim.laneLength.length;
  if (sim.plan !== lastPlan.get(sim)) {
    lastPlan.set(sim, sim.plan);
    for (let L = 0; L < lanes; L++) if (sim.qLen[2 * L]! + sim.qLen[2 * L + 1]! > 0) followPlan(sim, L);
  }
  // 1. Entry.
  for (let L = 0; L < lanes; L++) {
    const fromStair = 2 * L;
    const fromFloor = 2 * L + 1;
    if (sim.qLen[fromStair]! + sim.qLen[fromFloor]! === 0 && sim.laneTokens[L]! >= 1) continue;
    const share = laneShare(sim, L);
    if (sim.opts.limiter) {
      const tok = sim.laneTokens[L]! + sim.laneRate[L]! * share * dt;
      sim.laneTokens[L] = tok > 1 ? 1 : tok;
    }
    // A lane takes nobody while it is at or above the SFPE density of maximum flow, 1/(2a) = 1.88
    // p/m², on its share of the width: beyond it flow falls (the congested branch), so people wait
    // at the landing instead.
    const full = sim.laneArea[L]! * LANE_ADMIT_DENSITY * share;
    while (
      sim.qLen[fromStair]! + sim.qLen[fromFloor]! > 0 &&
      (!sim.opts.limiter || sim.laneTokens[L]! >= 1) &&
      sim.laneCount[L]! + 1 <= Math.max(1, full)
    ) {
      let q: number;
      if (sim.qLen[fromStair]! === 0) q = fromFloor;
      else if (sim.qLen[fromFloor]! === 0) q = fromStair;
      else q = sim.laneLastServed[L] === 0 ? fromFloor : fromStair;
      sim.laneLastServed[L] = q === fromStair ? 0 : 1;
      const i = pop(sim.qHead, sim.qTail, sim.qLen, q, a);
      if (sim.opts.limiter) sim.laneTokens[L]! -= 1;
      a.state[i] = ON_STAIR;
      a.lane[i] = L;
      a.lanePos[i] = 0;
      sim.laneCount[L]!++;
      if (!sim.opts.limiter && sim.qLen[fromStair]! + sim.qLen[fromFloor]! > 0) break; // one per step
    }
  }
  // 2. Travel and 3. arrival.
  for (let i = 0; i < a.n; i++) {
    if (a.state[i] !== ON_STAIR) continue;
    const L = a.lane[i]!;
    const s = sim.laneStair[L]!;
    const st = sim.stairs[s]!;
    const up = sim.laneUp[L] === 1;
    // Everyone on the flight counts: evacuees going either way, and firefighters.
    const opp = up ? L + 1 : L - 1;
    const density =
      (sim.laneCount[L]! + sim.laneCount[opp]! + sim.flightFirefighters[up ? L : opp]!) / sim.laneArea[L]!;
    const dir = up ? STAIR_UP_FACTOR : 1;
    const crowd = sfpeSpeed(st.k, density) * dir;
    const own = freeStairSpeed(st.k, a.stairFactor[i]!, up);
    // Smoke on this stair slows everyone on the flight alike (smoke/walking-speed-in-smoke.ts; the
    // factor is set each step by smoke/expose-agents.ts, 1 in clear air).
    const v = stairWalkSpeed(own, sfpeSpeed(st.k, 0) * dir, crowd, density) * a.smokeSpeed[i]!;
    a.lanePos[i]! += v * dt;
    a.stairTime[i]! += dt;
    if (a.lanePos[i]! < sim.laneLength[L]!) continue;
    sim.laneCount[L]!--;
    const j = sim.laneFrom[L]! + (up ? 1 : -1);
    const land = st.landings[j]!;
    a.storey[i] = land.storey;
    a.space[i] = land.space;
    const g = sim.goals.landingGoal[s]![j]!;
    const act = sim.plan.action[g]!;
    if (act === ACTION_LEAVE || sim.plan.goalCost[g] === Infinity) {
      a.state[i] = STEPPING_OFF;
      const lid = sim.landingBase[s]! + j;
      push(sim.spawnHead, sim.spawnTail, sim.spawnLen, lid, a, i);
    } else {
      a.state[i] = QUEUED;
      push(sim.qHead, sim.qTail, sim.qLen, 2 * laneOf(sim, s, j, act), a, i);
    }
  }
  // Stepping off: the head of each landing's queue takes the first free spawn point.
  for (let s = 0; s < sim.stairs.length; s++) {
    const st = sim.stairs[s]!;
    for (let j = 0; j < st.landings.length; j++) {
      const lid = sim.landingBase[s]! + j;
      if (sim.spawnLen[lid] === 0) continue;
      const i = sim.spawnHead[lid]!;
      const land = st.landings[j]!;
      for (let p = 0; p < land.spawnX.length; p++) {
        const x = land.spawnX[p]!;
        const y = land.spawnY[p]!;
        if (!spotFree(sim, land.storey, x, y, a.radius[i]!)) continue;
        pop(sim.spawnHead, sim.spawnTail, sim.spawnLen, lid, a);
        a.x[i] = x;
        a.y[i] = y;
        a.state[i] = WALKING;
        a.stuck[i] = 0;
        const g = chooseGoal(sim, land.storey, x, y, sim.goals.landingGoal[s]![j]!);
        if (g < 0) markSafeOrTrapped(sim, i, false, -1);
        else assignGoal(sim, i, g);
        break;
      }
    }
  }
  // Statistics: densities, queues, time at Fruin E–F.
  for (let s = 0; s < sim.stairs.length; s++) {
    let queue = 0;
    let worstLanding = -1;
    let worstQueue = -1;
    let worstDensity = 0;
    const st = sim.stairs[s]!;
    for (let j = 0; j < st.landings.length; j++) {
      let q = sim.spawnLen[sim.landingBase[s]! + j]!;
      for (let up = 0; up < 2; up++) {
        const L = sim.laneBase[s]! + 2 * j + up;
        q += sim.qLen[2 * L]! + sim.qLen[2 * L + 1]!;
      }
      // The flight above landing j: its up lane and the down lane of landing j + 1 (counterflow).
      if (j + 1 < st.landings.length) {
        const U = sim.laneBase[s]! + 2 * j + 1;
        const d = (sim.laneCount[U]! + sim.laneCount[U + 1]!) / sim.laneArea[U]!;
        if (d > worstDensity) worstDensity = d;
      }
      queue += q;
      if (q > worstQueue) {
        worstQueue = q;
        worstLanding = j;
      }
    }
    if (worstDensity > sim.stairMaxDensity[s]!) sim.stairMaxDensity[s] = worstDensity;
    if (queue > sim.stairMaxQueue[s]!) {
      sim.stairMaxQueue[s] = queue;
      sim.stairMaxQueueLanding[s] = worstLanding;
    }
    if (worstDensity > FRUIN_E_DENSITY) sim.stairTimeEF[s]! += dt;
  }
}

/** No walker on storey s overlaps a disc of radius r at (x, y). */
function spotFree(sim: Sim, s: number, x: number, y: number, r: number): boolean {
  const g = sim.grid;
  if (g.walkers[s] === 0) return true;
  const a = sim.a;
  const c = neighbourCell(g, s, x, y) - g.offset[s]!;
  const nx = g.nx[s]!;
  const cx = c % nx;
  const cy = (c - cx) / nx;
  // ±2 cells reach NEIGHBOUR_RANGE (1.6 m), more than any two bodies and the 5 cm margin.
  for (let dy = -2; dy <= 2; dy++)
    for (let dx = -2; dx <= 2; dx++) {
      const xx = cx + dx;
      const yy = cy + dy;
      if (xx < 0 || yy < 0 || xx >= nx || yy >= g.ny[s]!) continue;
      const cell = g.offset[s]! + yy * nx + xx;
      for (let k = g.start[cell]!; k < g.start[cell]! + g.count[cell]!; k++) {
        const j = g.sorted[k]!;
        if (a.state[j] !== WALKING) continue;
        if (Math.hypot(a.x[j]! - x, a.y[j]! - y) < r + a.radius[j]! + 0.05) return false;
      }
    }
  return true;
}
