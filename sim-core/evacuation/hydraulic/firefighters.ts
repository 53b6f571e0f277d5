/**
 * Scenario firefighters in the hydraulic mode, from the same specification and code as the agent
 * mode (../firefighters/): the stair, level and stair speeds and the closed-form empty-stair time are
 * firefighterRoute; the walk from the entry door to the landing follows the same traced field path;
 * the crowd slows them by the same factors — on the floor Weidmann's floorCrowdFactor at the density
 * of the space node they are in (persons in it / its area: the hydraulic mode's per-node density
 * instead of the agent mode's 1 m disc), on a flight counterflowFactor at the density of the opposing
 * lane (persons on the flight going the other way, plus those waiting at its entry, per m² of it).
 *
 * All members of a group move alike (nothing sets one apart), so a group is one mover. Motion is
 * integrated over each 1 s step with exact event times inside it (a change of space on the walk, the
 * landing, the end of a flight), so on an empty building the arrival is the closed-form time. The
 * hydraulic mode has no counterflow on a flight: the firefighters do not slow the evacuees (the agent
 * mode's firefighters do).
 */
import type { FirefighterGroupSpec } from '../firefighters/firefighter-groups.ts';
import { floorCrowdFactor } from '../firefighters/floor-crowd.ts';
import {
  counterflowFactor,
  firefighterRoute,
  traceFieldPath,
  type FirefighterRoute,
} from '../firefighters/firefighter-route.ts';
import type { Population } from '../population/spawn-agents.ts';
import type { EvacuationResult } from '../run/result.ts';
import { entryServer, lane, laneNode, type FlowNetwork } from './network.ts';

const WAITING = 0;
const WALKING = 1;
const CLIMBING = 2;
const ARRIVED = 3;
const NO_ROUTE = 4;

export interface HydraulicFirefighterGroup {
  spec: FirefighterGroupSpec;
  route: FirefighterRoute;
  /** The walk from the door to the landing: field value (m) and space per traced point. */
  pathF: Float64Array;
  pathSpace: Int32Array;
  state: number;
  /** Walking: field distance (m) still to go and the point on the path; climbing: the landing left
   * and the distance (m) along the flight. */
  pos: number;
  pathAt: number;
  landing: number;
  arrival: number;
  emptyArrival: number;
}

export function createHydraulicFirefighters(
  net: FlowNetwork,
  pop: Population,
  specs: readonly FirefighterGroupSpec[],
): HydraulicFirefighterGroup[] {
  const world = { layout: net.layout, goals: net.goals, stairs: net.stairs, profiles: pop.profiles };
  return specs.map((spec) => {
    const route = firefighterRoute(world, spec);
    const path =
      route.stair >= 0 && route.walkTime > 0
        ? traceFieldPath(
            net.layout,
            net.goals,
            net.goals.landingGoal[route.stair]![route.from]!,
            route.doorX,
            route.doorY,
          )
        : { f: new Float64Array(0), space: new Int32Array(0) };
    return {
      spec,
      route,
      pathF: path.f,
      pathSpace: path.space,
      state: route.stair < 0 ? NO_ROUTE : WAITING,
      pos: 0,
      pathAt: 0,
      landing: -1,
      arrival: NaN,
      emptyArrival: spec.start + route.emptyTime,
    };
  });
}

/** Whether a group is still on its way. */
export function hydraulicFirefightersPending(groups: readonly HydraulicFirefighterGroup[]): boolean {
  return groups.some((g) => g.state < ARRIVED);
}

/**
 * Moves every group through [t, tEnd). `population` and `area` are the network's per-node counts and
 * areas; `waitingAt(server)` counts those ready to cross a server before tEnd.
 */
export function stepHydraulicFirefighters(
  net: FlowNetwork,
  groups: readonly HydraulicFirefighterGroup[],
  population: Int32Array,
  waitingAt: (server: number) => number,
  t: number,
  tEnd: number,
): void {
  for (const g of groups) {
    if (g.state >= ARRIVED) continue;
    const r = g.route;
    let time = Math.max(t, g.spec.start);
    if (time >= tEnd) continue;
    if (g.state === WAITING) {
      g.state = WALKING;
      g.pos = r.walkTime * r.level;
      g.pathAt = 0;
    }
    // Each pass ends at an event (space change, landing, flight end) or at tEnd.
    for (let guard = 0; guard < 10_000 && time < tEnd && g.state < ARRIVED; guard++) {
      const avail = tEnd - time;
      if (g.state === WALKING) {
        if (g.pos > 0) {
          // Where they are on the path, and the field value where the next space begins.
          const last = g.pathF.length - 1;
          let p = g.pathAt;
          while (p < last && g.pathF[p + 1]! >= g.pos) p++;
          g.pathAt = p;
          const sp = last >= 0 ? g.pathSpace[p]! : -1;
          let boundary = 0;
          for (let q = p + 1; q <= last; q++)
            if (g.pathSpace[q] !== sp) {
              boundary = Math.min(g.pos, g.pathF[q]!);
              break;
            }
          const density = sp >= 0 ? population[sp]! / net.area[sp]! : 0;
          const v = r.level * floorCrowdFactor(density);
          const need = (g.pos - boundary) / v;
          if (need > avail) {
            g.pos -= v * avail;
            time = tEnd;
            continue;
          }
          time += need;
          g.pos = boundary;
          if (g.pos > 0) continue;
        }
        // At the landing.
        if (r.from === r.to) {
          g.state = ARRIVED;
          g.arrival = time;
          continue;
        }
        g.state = CLIMBING;
        g.landing = r.from;
        g.pos = 0;
        continue;
      }
      // Climbing the flight from landing j towards j + dir, against the lane going the other way.
      const j = g.landing;
      const next = j + r.dir;
      const seg = Math.min(j, next);
      const opp = lane(net, r.stair, seg, r.dir < 0);
      const node = laneNode(net, opp);
      const opposing = population[node]! + waitingAt(entryServer(net, opp));
      const v = r.stairSpeed * counterflowFactor(opposing / net.area[node]!);
      const len = net.laneLength[lane(net, r.stair, seg, r.dir > 0)]!;
      const need = (len - g.pos) / v;
      if (need > avail) {
        g.pos += v * avail;
        time = tEnd;
        continue;
      }
      time += need;
      g.landing = next;
      g.pos = 0;
      if (next === r.to) {
        g.state = ARRIVED;
        g.arrival = time;
      }
    }
  }
}

const round = (v: number): number => Math.round(v * 100) / 100;

/** The agent mode's `firefighters` result fields (run/result.ts). */
export function hydraulicFirefighterResults(
  net: FlowNetwork,
  groups: readonly HydraulicFirefighterGroup[],
): EvacuationResult['firefighters'] {
  return groups.map((g, gi) => {
    const arrivalTime = g.state === ARRIVED ? round(g.arrival) : null;
    const empty = g.route.stair >= 0 ? round(g.emptyArrival) : null;
    return {
      group: gi,
      arrivalTime,
      enter: g.spec.enter,
      to: g.spec.to,
      count: g.spec.count,
      start: g.spec.start,
      stair: g.route.stair >= 0 ? net.stairs[g.route.stair]!.id : null,
      emptyStairTime: empty,
      delay: arrivalTime !== null && empty !== null ? round(arrivalTime - empty) : null,
    };
  });
}
