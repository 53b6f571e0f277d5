/**
 * One time step of the firefighters (firefighter-groups.ts): start at `start`, walk to the landing
 * along the group's traced path at level speed × the floor-crowd factor where they are
 * (floor-crowd.ts; on an empty floor exactly the empty-stair walk time), then move along each flight at their free stair speed × the counterflow factor
 * max(COUNTERFLOW_MIN_FACTOR, 1 − D/SFPE_STOP_DENSITY), D = the people coming the other way on the
 * flight (on its lane, and queued at the far landing to come onto it) per m² of the flight. The
 * factor is never zero, so they always arrive: delayed by the crowd, never deadlocked.
 */
import type { Sim } from '../run/sim-state.ts';
import { FF_ARRIVED, FF_CLIMBING, FF_WAITING, FF_WALKING, type Firefighters } from './firefighter-groups.ts';
import { floorCrowdFactor, localDensity } from './floor-crowd.ts';
import { counterflowFactor } from './firefighter-route.ts';

export function stepFirefighters(sim: Sim, ff: Firefighters): void {
  const dt = sim.opts.dt;
  const t = sim.t;
  for (let k = 0; k < ff.n; k++) {
    const state = ff.state[k]!;
    if (state === FF_ARRIVED || state > FF_ARRIVED) continue;
    const g = ff.groups[ff.group[k]!]!;
    if (state === FF_WAITING) {
      if (t < g.spec.start) continue;
      ff.state[k] = FF_WALKING;
      ff.atStair[k] = g.spec.start + g.walkTime;
      // Walking since `start`, part of this step.
      ff.pos[k] = g.walk + g.level * (dt - (t - g.spec.start));
      ff.pathAt[k] = 0;
    }
    if (ff.state[k] === FF_WALKING) {
      if (g.walk > 0) {
        // Where they are on the path: the last traced cell not nearer the landing than they are.
        let p = ff.pathAt[k]!;
        const last = g.pathF.length - 1;
        while (p < last && g.pathF[p + 1]! >= ff.pos[k]!) p++;
        ff.pathAt[k] = p;
        const f = last >= 0 ? floorCrowdFactor(localDensity(sim, g.storey, g.pathX[p]!, g.pathY[p]!)) : 1;
        ff.pos[k]! -= g.level * f * dt;
        if (ff.pos[k]! > 1e-9) continue;
        ff.atStair[k] = t;
      } else if (t < ff.atStair[k]!) continue;
      if (g.from === g.to) {
        ff.state[k] = FF_ARRIVED;
        ff.arrival[k] = t;
        continue;
      }
      ff.state[k] = FF_CLIMBING;
      ff.landing[k] = g.from;
      ff.pos[k] = 0;
      sim.flightFirefighters[flightOf(sim, g.stair, g.from, g.dir)]!++;
    }
    // Climbing the flight from landing j towards j + dir.
    const j = ff.landing[k]!;
    const next = j + g.dir;
    const flight = flightOf(sim, g.stair, j, g.dir);
    // Opposing lane: the one leaving `next` towards j; its riders and those queued to board it.
    const opp = sim.laneBase[g.stair]! + 2 * next + (g.dir > 0 ? 0 : 1);
    const opposing = sim.laneCount[opp]! + sim.qLen[2 * opp]! + sim.qLen[2 * opp + 1]!;
    const f = counterflowFactor(opposing / sim.laneArea[opp]!);
    ff.pos[k]! += g.stairSpeed * f * dt;
    const len = sim.stairs[g.stair]!.length[Math.min(j, next)]!;
    if (ff.pos[k]! < len) continue;
    sim.flightFirefighters[flight]!--;
    ff.landing[k] = next;
    ff.pos[k] = ff.pos[k]! - len;
    if (next === g.to) {
      ff.state[k] = FF_ARRIVED;
      ff.arrival[k] = t;
      continue;
    }
    sim.flightFirefighters[flightOf(sim, g.stair, next, g.dir)]!++;
  }
}

/** The flight between landing j and j + dir, numbered by the lane index of its lower landing's up lane. */
export function flightOf(sim: Sim, stair: number, j: number, dir: number): number {
  const lower = dir > 0 ? j : j - 1;
  return sim.laneBase[stair]! + 2 * lower + 1;
}

/** Firefighters still on their way (not arrived, with a route). */
export function firefightersPending(ff: Firefighters | undefined): boolean {
  if (!ff) return false;
  for (let k = 0; k < ff.n; k++) if (ff.state[k]! < FF_ARRIVED) return true;
  return false;
}
