/**
 * Group cohesion, once per step before the walkers move (NIST TN 1822 Verif.2.9). After Pathfinder's
 * grouped movement (Thunderhead Engineering, "Group Movement in Pathfinder", 2020.1 tutorial,
 * support.thunderheadeng.com/tutorials/pathfinder/group-movement/): a group is *disconnected* when
 * one part of it is more than a maximum distance from another; then the part ahead stops, and once
 * the group has reformed everyone walks at the slowest member's speed. Lifeline measures the
 * distance along the route — the members' distances to their shared goal on its distance field —
 * so walls and doors count as walked, and "ahead" is plain:
 *   - members walking on the same storey towards the same goal are ordered from the rear (largest
 *     distance to the goal) to the front;
 *   - going forward from the rear, the first gap larger than GROUP_MAX_GAP splits the group: every
 *     member ahead of it waits (free speed 0 this step) until the rear closes up;
 *   - except one a stranger walks right behind on the same way (within GROUP_PRESS_RANGE of the
 *     bodies, behind along the walking direction): standing there would hold up the stranger and,
 *     in a narrow corridor, the rest of the group behind the stranger — a lock. They keep walking.
 * The group's speed (slowest member's free speed and stair factor) is set once at spawn
 * (population/form-groups.ts); this step only toggles each member between it and 0. So the members
 * gather at the start (those nearer the exit wait for the others) and walk on together, and the
 * front waits whenever someone falls behind — on the home floor (onHomeFloor). On a stair (1-D
 * lanes) and below it members keep the group's speeds but do not wait for each other.
 * Allocates nothing: the ordering uses the state's scratch arrays.
 */
import { WALKING } from '../population/agent-arrays.ts';
import { fieldAt } from '../navigation/goals.ts';
import type { Sim } from '../run/sim-state.ts';
import type { GroupState } from './group-state.ts';

/** Largest gap (m along the route) between neighbouring members before the part ahead waits:
 * Pathfinder's tutorial example uses a 1.5 m Maximum Distance (source above). */
export const GROUP_MAX_GAP = 1.5;
/** A stranger whose body is within this distance (m) of a member's, behind it on the same way,
 * keeps the member walking (Lifeline's rule, no published value). */
export const GROUP_PRESS_RANGE = 0.3;

export function stepGroups(sim: Sim, gs: GroupState): void {
  const a = sim.a;
  const order = gs.orderAgent;
  const dist = gs.orderDist;
  for (let k = 0; k < gs.count; k++) {
    const m0 = gs.start[k]!;
    const m1 = gs.start[k + 1]!;
    const speed = gs.speed[k]!;
    let n = 0;
    for (let m = m0; m < m1; m++) {
      const i = gs.members[m]!;
      a.v0[i] = speed;
      if (a.state[i] !== WALKING || a.goal[i]! < 0) continue;
      const d = fieldAt(sim.layout, sim.goals.goals[a.goal[i]!]!, a.x[i]!, a.y[i]!);
      // Insertion by (storey, goal), then distance to the goal, largest first (the rear first).
      let p = n++;
      while (p > 0 && before(a, i, d, order[p - 1]!, dist[p - 1]!)) {
        order[p] = order[p - 1]!;
        dist[p] = dist[p - 1]!;
        p--;
      }
      order[p] = i;
      dist[p] = d;
    }
    let split = false;
    for (let p = 1; p < n; p++) {
      const i = order[p]!;
      const prev = order[p - 1]!;
      if (a.goal[i] !== a.goal[prev] || a.storey[i] !== a.storey[prev]) split = false;
      else if (dist[p - 1]! - dist[p]! > GROUP_MAX_GAP || dist[p - 1] === Infinity) split = true;
      if (split && onHomeFloor(sim, i) && !pressedFromBehind(sim, i)) a.v0[i] = 0;
    }
  }
}

/** Member i is still on the storey it started on and has not been on a stair: waiting is for
 * gathering and walking out together there. Once a household has come down a stair its members
 * arrive one by one from the lane into a lobby full of others; standing there to regroup held the
 * stepping-off queue up (yuzhong sample: RSET +214 s), so after a stair they keep the group's pace
 * but wait for nobody. */
function onHomeFloor(sim: Sim, i: number): boolean {
  const a = sim.a;
  return a.stairTime[i] === 0 && a.storey[i] === sim.layout.spaces[a.startSpace[i]!]!.storey;
}

/** Does (i, di) come before (j, dj): by storey, then goal, then larger distance to the goal? */
function before(a: Sim['a'], i: number, di: number, j: number, dj: number): boolean {
  if (a.storey[i] !== a.storey[j]) return a.storey[i]! < a.storey[j]!;
  if (a.goal[i] !== a.goal[j]) return a.goal[i]! < a.goal[j]!;
  return di > dj;
}

/** A walker of another group (or none) stands right behind member i on the way to i's goal. */
function pressedFromBehind(sim: Sim, i: number): boolean {
  const a = sim.a;
  const grid = sim.grid;
  const s = a.storey[i]!;
  if (grid.walkers[s]! === 0) return false;
  const xi = a.x[i]!;
  const yi = a.y[i]!;
  const ex = a.ex[i]!;
  const ey = a.ey[i]!;
  const gi = a.group[i]!;
  const nx = grid.nx[s]!;
  const ny = grid.ny[s]!;
  const cx = Math.floor((xi - grid.ox[s]!) / grid.cell);
  const cy = Math.floor((yi - grid.oy[s]!) / grid.cell);
  for (let dy = -1; dy <= 1; dy++)
    for (let dx = -1; dx <= 1; dx++) {
      const x = cx + dx;
      const y = cy + dy;
      if (x < 0 || y < 0 || x >= nx || y >= ny) continue;
      const c = grid.offset[s]! + y * nx + x;
      const end = grid.start[c]! + grid.count[c]!;
      for (let q = grid.start[c]!; q < end; q++) {
        const j = grid.sorted[q]!;
        if (j === i || a.state[j] !== WALKING || a.storey[j] !== s || a.goal[j] !== a.goal[i]) continue;
        if (gi >= 0 && a.group[j] === gi) continue;
        const ddx = a.x[j]! - xi;
        const ddy = a.y[j]! - yi;
        const reach = a.radius[i]! + a.radius[j]! + GROUP_PRESS_RANGE;
        if (ddx * ddx + ddy * ddy > reach * reach) continue;
        if (ddx * ex + ddy * ey < 0) return true;
      }
    }
  return false;
}
