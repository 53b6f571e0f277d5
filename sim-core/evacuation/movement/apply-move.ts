/**
 * Moving a walker by its new velocity without ever entering a wall. The step p → p' is first pushed
 * out of every wall closer than the walker's hard clearance (WALL_CLEARANCE_FRACTION × radius,
 * capped so the narrowest door still admits a body), then checked against every wall and door
 * segment near p: crossing a wall cancels the step (the walker stays put), so a centre never passes
 * through a wall whatever the forces did (a walker found exactly on a wall line is moved off it first).
 * A step crosses a door portal when it ends strictly on the side of another space; that asks the door's flow limiter for a
 * token (none → the step is cancelled and the walker waits its turn), then updates the walker's space
 * and handles arrival: an exit or a refuge makes it safe; its goal landing puts it on the stair.
 */
import { orient, segmentIntersectionXY } from '../../../models/geometry/segments.ts';
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
  // Crossings. A wall that the step touches anywhere (closed segments) cancels it, so a centre never
  // ends on a wall line. A door portal is crossed when the step meets it and ends strictly on the side
  // of a space other than the walker's own: a step that ends exactly on the door line has not gone
  // through yet, and one that starts on the line and goes back into its own space has not gone
  // through at all (counting every touch, as before, flipped the space of a walker who stopped on a
  // door line and then walked on, and made an exit of the threshold's inner side).
  let crossedDoor = -1;
  let to = -1;
  for (let k = first; k < last; k++) {
    const w = sg.items[k]!;
    const hit = segmentIntersectionXY(x0, y0, x, y, sg.ax[w]!, sg.ay[w]!, sg.bx[w]!, sg.by[w]!);
    if (!hit) continue;
    const door = sg.door[w]!;
    if (door < 0 || sim.doorClosed[door] === 1) {
      // A wall: the step is cancelled (walls win over a door portal the step also meets). A walker
      // standing exactly on the wall line (an occupant position on a room's boundary) would touch it
      // with every step and never move again: it is set off the line into its space instead.
      if (wallOffset(sg, w, x0, y0) < ON_LINE) {
        stepOffWall(sim, i);
        return;
      }
      crossedDoor = -2;
      break;
    }
    const d = sim.layout.doors[door]!;
    const o = orient(d.ax, d.ay, d.bx, d.by, x, y);
    if (o === 0) continue;
    const side = (o > 0 ? 1 : -1) === d.sideA ? d.spaceA : d.spaceB;
    if (side === a.space[i]) continue;
    crossedDoor = door;
    to = side;
  }
  a.held[i] = 0;
  if (crossedDoor === -2) {
    x = x0;
    y = y0;
  } else if (crossedDoor >= 0) {
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
  const pvx = a.vx[i]!;
  const pvy = a.vy[i]!;
  a.vx[i] = (x - x0) / dt;
  a.vy[i] = (y - y0) / dt;
  // Speed: this step's, or over the last two steps if less, so a walker shuttling between two points
  // (each step undoing the last: two walkers at a door jamb in the office sample did so for ever)
  // counts as not moving and gets unstuck.
  const moved = Math.min(Math.hypot(a.vx[i]!, a.vy[i]!), 0.5 * Math.hypot(a.vx[i]! + pvx, a.vy[i]! + pvy));
  // Stuck detection (people held by a door or landing limit are waiting, not stuck), against the
  // speed they can have here: at smoke's 0.1 floor a free walker would otherwise sit on the threshold.
  if (a.unstick[i]! > 0) a.unstick[i] = Math.max(0, a.unstick[i]! - dt);
  if (a.held[i] === 0 && moved < STUCK_SPEED_FRACTION * a.v0[i]! * a.smokeSpeed[i]!) {
    a.stuck[i]! += dt;
    if (a.stuck[i]! > STUCK_TIME) {
      a.stuck[i] = 0;
      a.unstick[i] = UNSTICK_TIME;
    }
  } else a.stuck[i] = 0;
}

/** A start point closer than this (m) to a wall is on its line (only exact placements get there). */
const ON_LINE = 1e-9;

/**
 * Moves walker i, standing exactly on a wall line, to the nearest navigation-cell centre of its own
 * space (a cell centre lies inside the space and outside every obstacle by construction) within two
 * cells that no other wall separates from it; its velocity this step is zero. Corners, shared walls
 * between two rooms and obstacle edges are all handled alike; ties go to the first cell in row order,
 * so the choice is deterministic.
 */
function stepOffWall(sim: Sim, i: number): void {
  const a = sim.a;
  const lay = sim.layout.storeys[a.storey[i]!]!;
  const sg = lay.segments;
  const nav = lay.nav;
  const x0 = a.x[i]!;
  const y0 = a.y[i]!;
  const own = a.space[i]!;
  a.vx[i] = 0;
  a.vy[i] = 0;
  const cx = Math.floor((x0 - nav.ox) / nav.h);
  const cy = Math.floor((y0 - nav.oy) / nav.h);
  const sc = segmentCellOf(sg, x0, y0);
  let best = Infinity;
  let bx = x0;
  let by = y0;
  for (let yy = cy - 2; yy <= cy + 2; yy++)
    for (let xx = cx - 2; xx <= cx + 2; xx++) {
      if (xx < 0 || yy < 0 || xx >= nav.nx || yy >= nav.ny || nav.space[yy * nav.nx + xx] !== own) continue;
      const px = nav.ox + (xx + 0.5) * nav.h;
      const py = nav.oy + (yy + 0.5) * nav.h;
      const d = Math.hypot(px - x0, py - y0);
      if (d >= best) continue;
      let blocked = false;
      for (let k = sg.start[sc]!; k < sg.start[sc + 1]! && !blocked; k++) {
        const v = sg.items[k]!;
        if (sg.door[v]! >= 0 || wallOffset(sg, v, x0, y0) < ON_LINE) continue;
        blocked =
          segmentIntersectionXY(x0, y0, px, py, sg.ax[v]!, sg.ay[v]!, sg.bx[v]!, sg.by[v]!) !== undefined;
      }
      if (blocked) continue;
      best = d;
      bx = px;
      by = py;
    }
  a.x[i] = bx;
  a.y[i] = by;
}
