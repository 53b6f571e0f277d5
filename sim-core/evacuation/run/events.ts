/** Bookkeeping when a person leaves their start storey, reaches safety or is found trapped. */
import { INCAPACITATED, ON_STAIR, SAFE, TRAPPED } from '../population/agent-arrays.ts';
import { leaveStairs } from '../stairs/stair-lanes.ts';
import { smokePlace } from '../smoke/smoke-field.ts';
import type { Sim } from './sim-state.ts';
import { assignGoal } from '../navigation/choose-goal.ts';

/** Records that person i has left the storey they started on (first time only counts). */
export function markLeftStorey(sim: Sim, i: number): void {
  const s = sim.layout.spaces[sim.a.startSpace[i]!]!.storey;
  // Only the first departure counts: someone who has been on a stair or is on another storey left before.
  if (sim.a.stairTime[i]! > 0 || sim.a.storey[i] !== s) return;
  const prev = sim.storeyClear[s]!;
  if (!(prev >= sim.t)) sim.storeyClear[s] = sim.t;
}

/** Person i is safe (where: exit door index, or −(goal + 2) for a refuge) or trapped. */
export function markSafeOrTrapped(sim: Sim, i: number, safe: boolean, where: number): void {
  const a = sim.a;
  if (safe) {
    a.state[i] = SAFE;
    a.exitTime[i] = sim.t;
    a.exitWhere[i] = where;
    sim.safe++;
    markLeftStorey(sim, i);
  } else {
    a.state[i] = TRAPPED;
    sim.trapped++;
  }
  a.vx[i] = 0;
  a.vy[i] = 0;
  assignGoal(sim, i, -1);
}

/**
 * Person i is overcome by smoke (FED ≥ 1, smoke/expose-agents.ts): off the stairs and out of the
 * crowd (the body is not an obstacle: a simplification), neither safe nor trapped, and where it
 * happened is kept for the result.
 */
export function markIncapacitated(sim: Sim, i: number): void {
  const a = sim.a;
  // On a flight: the flight's stair (a.space still names the landing they left).
  const stair = a.state[i] === ON_STAIR ? sim.laneStair[a.lane[i]!]! : -1;
  leaveStairs(sim, i);
  if (sim.smoke) sim.smoke.overcome.set(i, smokePlace(sim.smoke, sim.layout, sim.stairs, a.space[i]!, stair));
  a.state[i] = INCAPACITATED;
  a.incapacitatedAt[i] = sim.t;
  sim.incapacitated++;
  a.vx[i] = 0;
  a.vy[i] = 0;
  assignGoal(sim, i, -1);
}
