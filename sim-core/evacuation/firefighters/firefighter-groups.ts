/**
 * Scenario `firefighters`: groups who enter by a door at `start` and climb (or descend) a stair to
 * storey `to`, against the evacuating flow. Each firefighter walks from the door to the stair landing
 * on the entry storey down the landing's distance field (the path is traced once per group), at
 * their level speed slowed by the evacuees around them (floor-crowd.ts), then flight by flight along
 * the 1-D stair lanes (stair-lanes.ts): at
 * the free stair speed of their profile, slowed by the people coming the other way (counterflow
 * factor, constants.ts), never stopped. They count as people on the flight for the evacuees' SFPE
 * density, so they slow the descending crowd too. The stair is the one with the least empty-stair
 * time from the door; the same climb on an empty stair is computed in closed form and the group's
 * delay is its arrival minus that.
 */
import type { Sim } from '../run/sim-state.ts';
import { firefighterRoute, traceFieldPath } from './firefighter-route.ts';

export interface FirefighterGroupSpec {
  count: number;
  /** Door id they enter by. */
  enter: string;
  /** Storey id they go to. */
  to: string;
  /** Seconds after the alarm. */
  start: number;
  /** Profile id (default the built-in `firefighter`). */
  profile?: string;
}

export const FF_WAITING = 0;
export const FF_WALKING = 1;
export const FF_CLIMBING = 2;
export const FF_ARRIVED = 3;
export const FF_NO_ROUTE = 4;

export interface Firefighters {
  groups: {
    spec: FirefighterGroupSpec;
    /** Stair index used, −1 if none reaches `to`; landing indices from and to; direction ±1. */
    stair: number;
    from: number;
    to: number;
    dir: number;
    /** Level walk (s) from the door to the landing on an empty floor, and free speed on the stair (m/s). */
    walkTime: number;
    stairSpeed: number;
    /** Storey of the entry door (where the floor walk is). */
    storey: number;
    /** Level speed (m/s) and the walk's length in field metres (walkTime × level). */
    level: number;
    walk: number;
    /** The walk traced down the landing's field from the door: cell centres (m) and field value
     * there (m), from the door (largest) to the landing door (0). Empty if there is no walk. */
    pathX: Float64Array;
    pathY: Float64Array;
    pathF: Float64Array;
    /** Arrival on an empty stair (s after the alarm). */
    emptyArrival: number;
  }[];
  /** Per firefighter (struct of arrays). */
  n: number;
  group: Int32Array;
  state: Uint8Array;
  /** Landing they are leaving (while climbing) and position along the flight (m); while walking on
   * the floor, `pos` is the field distance (m) still to go and `pathAt` their point on the path. */
  landing: Int32Array;
  pos: Float64Array;
  pathAt: Int32Array;
  /** Time when they reach the first landing (s). */
  atStair: Float64Array;
  arrival: Float64Array;
}

export function createFirefighters(sim: Sim, specs: readonly FirefighterGroupSpec[]): Firefighters {
  const L = sim.layout;
  let n = 0;
  for (const g of specs) n += g.count;
  const ff: Firefighters = {
    groups: [],
    n,
    group: new Int32Array(n),
    state: new Uint8Array(n),
    landing: new Int32Array(n).fill(-1),
    pos: new Float64Array(n),
    pathAt: new Int32Array(n),
    atStair: new Float64Array(n),
    arrival: new Float64Array(n).fill(NaN),
  };
  let k = 0;
  const world = { layout: L, goals: sim.goals, stairs: sim.stairs, profiles: sim.pop.profiles };
  specs.forEach((spec, gi) => {
    // The stair and empty-stair times (firefighter-route.ts, shared with the hydraulic mode).
    const r = firefighterRoute(world, spec);
    const path =
      r.stair >= 0 && r.walkTime > 0
        ? traceFieldPath(L, sim.goals, sim.goals.landingGoal[r.stair]![r.from]!, r.doorX, r.doorY)
        : { x: new Float64Array(0), y: new Float64Array(0), f: new Float64Array(0) };
    ff.groups.push({
      spec,
      stair: r.stair,
      from: r.from,
      to: r.to,
      dir: r.dir,
      walkTime: r.walkTime,
      stairSpeed: r.stairSpeed,
      storey: r.storey,
      level: r.level,
      walk: r.walkTime * r.level,
      pathX: path.x,
      pathY: path.y,
      pathF: path.f,
      emptyArrival: spec.start + r.emptyTime,
    });
    for (let m = 0; m < spec.count; m++, k++) {
      ff.group[k] = gi;
      ff.state[k] = r.stair < 0 ? FF_NO_ROUTE : FF_WAITING;
    }
  });
  return ff;
}
