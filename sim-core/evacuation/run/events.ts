/** Bookkeeping when a person leaves their start storey, reaches safety or is found trapped. */
import { SAFE, TRAPPED } from '../population/agent-arrays.ts';
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
