/**
 * One fixed time step of the whole building, in a fixed order so a seed replays bit for bit:
 * closures due → start those whose pre-movement is over → smoke (speed factors, dose) → rebuild the
 * neighbour grid → desired directions →
 * velocities (parallel update, reads positions only) → refill door tokens → moves, in an order that
 * rotates by one each step so no walker always wins a door token → stairs → firefighters → fire lifts.
 */
import { assignGoal, chooseGoal, reconsiderGoal, REROUTE_PERIOD } from '../navigation/choose-goal.ts';
import { GOAL_LANDING } from '../navigation/goals.ts';
import { ACTION_LEAVE } from '../navigation/route-plan.ts';
import { WAITING, WALKING } from '../population/agent-arrays.ts';
import { desiredDirection } from '../movement/desired-direction.ts';
import { computeVelocity } from '../movement/collision-free-speed.ts';
import { applyMove } from '../movement/apply-move.ts';
import { rebuildNeighbourGrid } from '../movement/neighbour-grid.ts';
import { enterLandingFromFloor, stepStairs } from '../stairs/stair-lanes.ts';
import { stepFirefighters } from '../firefighters/step-firefighters.ts';
import { markSafeOrTrapped } from './events.ts';
import { applyClosures } from './closures.ts';
import { chooseLiftGoal, stepLifts, waitForLift } from '../lifts/fire-lifts.ts';
import type { Sim } from './sim-state.ts';
import { exposeAgentsToSmoke } from '../smoke/expose-agents.ts';
import { stepGroups } from '../groups/step-groups.ts';

/** Person i starts to move: picks a goal (trapped if none), or steps straight onto its landing. */
export function activate(sim: Sim, i: number): void {
  const a = sim.a;
  const s = a.storey[i]!;
  if (sim.lifts && sim.fixedGoal[i]! < 0) {
    // A lift user heads for the nearest fire-lift stop on their storey and keeps to it.
    const lg = chooseLiftGoal(sim, sim.lifts, i);
    if (lg >= 0) {
      sim.fixedGoal[i] = lg;
      if (sim.goals.goals[lg]!.space === a.space[i]) {
        waitForLift(sim, sim.lifts, i, lg);
        return;
      }
    }
  }
  let g = sim.fixedGoal[i]! >= 0 ? sim.fixedGoal[i]! : chooseGoal(sim, s, a.x[i]!, a.y[i]!, -1);
  if (g < 0) {
    markSafeOrTrapped(sim, i, false, -1);
    return;
  }
  const goal = sim.goals.goals[g]!;
  a.state[i] = WALKING;
  if (goal.kind === GOAL_LANDING && goal.space === a.space[i]) {
    if (sim.plan.action[g] !== ACTION_LEAVE) {
      enterLandingFromFloor(sim, i, g);
      return;
    }
    g = chooseGoal(sim, s, a.x[i]!, a.y[i]!, g);
    if (g < 0) {
      markSafeOrTrapped(sim, i, false, -1);
      return;
    }
  }
  assignGoal(sim, i, g);
}

export function stepSim(sim: Sim): void {
  const a = sim.a;
  const n = a.n;
  const dt = sim.opts.dt;
  // Group cohesion first (groups/step-groups.ts): who waits for whom this step — here rather than in
  // the run loop, so every caller of stepSim (tests stepping by hand included) gets it.
  if (sim.pop.groups.count > 0) stepGroups(sim, sim.pop.groups);
  sim.step++;
  sim.t = sim.step * dt;
  if (sim.nextClosure < sim.closures.length) applyClosures(sim);
  for (let i = 0; i < n; i++) if (a.state[i] === WAITING && sim.t >= a.premovement[i]!) activate(sim, i);
  const period = Math.max(1, Math.round(REROUTE_PERIOD / dt));
  for (let i = 0; i < n; i++)
    if (a.state[i] === WALKING && (sim.step + i) % period === 0 && sim.fixedGoal[i]! < 0)
      reconsiderGoal(sim, i);
  // Smoke where each person is: speed factor for this step, dose, incapacitation (smoke/).
  if (sim.smoke) exposeAgentsToSmoke(sim);
  rebuildNeighbourGrid(sim.grid, a);
  for (let i = 0; i < n; i++) if (a.state[i] === WALKING) desiredDirection(sim, i);
  for (let i = 0; i < n; i++) if (a.state[i] === WALKING) computeVelocity(sim, i);
  if (sim.opts.limiter) {
    const tokens = sim.doorTokens;
    for (let d = 0; d < tokens.length; d++) {
      const t = tokens[d]! + sim.doorRate[d]! * dt;
      tokens[d] = t > 1 ? 1 : t;
    }
  }
  const first = n > 0 ? sim.step % n : 0;
  for (let k = 0; k < n; k++) {
    let i = first + k;
    if (i >= n) i -= n;
    if (a.state[i] === WALKING) applyMove(sim, i);
  }
  stepStairs(sim);
  if (sim.ff) stepFirefighters(sim, sim.ff);
  if (sim.lifts) stepLifts(sim, sim.lifts);
  if (Math.floor(sim.t + 1e-9) !== Math.floor(sim.t - dt + 1e-9))
    sim.curve.push([Math.round(sim.t), sim.safe]);
}
