/**
 * Moving a walker by its new velocity without ever entering a wall. The step p → p' is first pushed
 * out of every wall closer than the walker's hard clearance (WALL_CLEARANCE_FRACTION × radius,
 * capped so the narrowest door still admits a body), then checked against every wall and door
 * segment near p: crossing a wall cancels the step (the walker stays put), so a centre never passes
 * through a wall whatever the forces did. Crossing a door portal asks the door's flow limiter for a
 * token (none → the step is cancelled and the walker waits its turn), then updates the walker's space
 * and handles arrival: an exit or a refuge makes it safe; its goal landing puts it on the stair.
 */
import { segmentIntersectionXY } from '../../../models/geometry/segments.ts';
import { STUCK_SPEED_FRACTION, STUCK_TIME, UNSTICK_TIME, WALL_CLEARANCE_FRACTION } from '../constants.ts';
import { OUTSIDE_SPACE } from '../layout/building-layout.ts';
import { segmentCellOf, WALL_OFFSET, wallOffset } from '../layout/segment-grid.ts';
import { assignGoal, chooseGoal } from '../navigation/choose-goal.ts';
import { GOAL_LANDING, GOAL_LIFT, GOAL_REFUGE } from '../navigation/goals.ts';
import { waitForLift } from '../lifts/fire-lifts.ts';
import { ACTION_LEAVE } from '../navigation/route-plan.ts';
import { markSafeOrTrapped } from '../run/events.ts';
import type { Sim } from '../run/sim-state.ts';
import { enterLandingFromFloor, landingHasRoom } from '../stairs/stair-lanes.ts';

export function applyMove(sim: Sim, i: number): void {
  const a = sim.a;
  const dt = sim.opts.dt;
  const s = a.storey[i]!;
  const lay = sim.layout.storeys[s]!;
  const sg = lay.segments;
  const x0 = a.x[i]!;
  const y0 = a.y[i]!;
  let x = x0 + sim.nvx[i]! * dt;
  let y = y0 + sim.nvy[i]! * dt;
  const clearance = Math.min(WALL_CLEARANCE_FRACTION * a.radius[i]!, lay.maxClearance);
  const sc = segmentCellOf(sg, x0, y0);
  const first = sg.start[sc]!;
  const last = sg.start[sc + 1]!;
  // Push out of walls (two sweeps settle corners).
  for (let sweep = 0; sweep < 2; sweep++) {
    for (let k = first; k < last; k++) {
      const w = sg.items[k]!;
      if (sg.door[w]! >= 0) continue;
      const d = wallOffset(sg, w, x, y);
      if (d >= clearance || d < 1e-12) continue;
      const dx = WALL_OFFSET[0]!;
      const dy = WALL_OFFSET[1]!;
      x += (dx / d) * (clearance - d);
      y += (dy / d) * (clearance - d);
    }
  }
  // Crossings.
  let crossedDoor = -1;
  for (let k = first; k < last; k++) {
    const w = sg.items[k]!;
    const hit = segmentIntersectionXY(x0, y0, x, y, sg.ax[w]!, sg.ay[w]!, sg.bx[w]!, sg.by[w]!);
    if (!hit) continue;
    const door = sg.door[w]!;
    if (door < 0 || sim.doorClosed[door] === 1) {
      // A wall: the step is cancelled, unless the crossing is only at the door's own jamb end,
      // which the door check below decides; walls win.
      crossedDoor = -2;
      break;
    }
    crossedDoor = door;
  }
  a.held[i] = 0;
  if (crossedDoor === -2) {
    x = x0;
    y = y0;
  } else if (crossedDoor >= 0) {
    const d = sim.layout.doors[crossedDoor]!;
    const from = a.space[i]!;
    const to = d.spaceA === from ? d.spaceB : d.spaceA;
    const goalIdx = a.goal[i]!;
    const goal = sim.goals.goals[goalIdx]!;
    const intoGoalLanding =
      goal.kind === GOAL_LANDING && to === goal.space && sim.plan.action[goalIdx] !== ACTION_LEAVE;
    const limited = sim.opts.limiter && sim.doorTokens[crossedDoor]! < 1;
    if (limited || (intoGoalLanding && !landingHasRoom(sim, goalIdx))) {
      a.held[i] = 1;
      x = x0;
      y = y0;
    } else {
      if (sim.opts.limiter) sim.doorTokens[crossedDoor]! -= 1;
      sim.doorCount[crossedDoor]!++;
      if (!(sim.doorFirst[crossedDoor]! <= sim.t)) sim.doorFirst[crossedDoor] = sim.t;
      sim.doorLast[crossedDoor] = sim.t;
      a.x[i] = x;
      a.y[i] = y;
      if (to === OUTSIDE_SPACE) {
        markSafeOrTrapped(sim, i, true, crossedDoor);
        return;
      }
      a.space[i] = to;
      if (sim.layout.spaces[to]!.kind === 'refuge') {
        const refugeGoal = sim.goals.byStorey[s]!.find(
          (g) => sim.goals.goals[g]!.kind === GOAL_REFUGE && sim.goals.goals[g]!.space === to,
        );
        markSafeOrTrapped(sim, i, true, -((refugeGoal ?? 0) + 2));
        return;
      }
      if (goal.kind === GOAL_LIFT && to === goal.space && sim.lifts) {
        waitForLift(sim, sim.lifts, i, goalIdx);
        return;
      }
      if (intoGoalLanding) {
        enterLandingFromFloor(sim, i, goalIdx);
        return;
      }
      if (goal.kind === GOAL_LANDING && to === goal.space) {
        // The plan walks through this landing: pick the next goal from here.
        const g = chooseGoal(sim, s, x, y, goalIdx);
        if (g < 0) markSafeOrTrapped(sim, i, false, -1);
        else assignGoal(sim, i, g);
      }
    }
  }
  a.x[i] = x;
  a.y[i] = y;
  const moved = Math.hypot(x - x0, y - y0) / dt;
  a.vx[i] = (x - x0) / dt;
  a.vy[i] = (y - y0) / dt;
  // Stuck detection (people held by a door or landing limit are waiting, not stuck).
  if (a.unstick[i]! > 0) a.unstick[i] = Math.max(0, a.unstick[i]! - dt);
  if (a.held[i] === 0 && moved < STUCK_SPEED_FRACTION * a.v0[i]!) {
    a.stuck[i]! += dt;
    if (a.stuck[i]! > STUCK_TIME) {
      a.stuck[i] = 0;
      a.unstick[i] = UNSTICK_TIME;
    }
  } else a.stuck[i] = 0;
}
