/**
 * The whole state of one run, created once: geometry, goals and route plan, the people, the door
 * and stair-lane counters, statistics and scratch arrays. The step functions only write into it.
 */
import type { Building } from '../../../models/schema/building.ts';
import type { Rng } from '../../random/rng.ts';
import { DOOR_SPECIFIC_FLOW, LANDING_HOLD_DENSITY, SFPE_A } from '../constants.ts';
import { buildLayout, type BuildingLayout } from '../layout/building-layout.ts';
import { buildGoals, GOAL_LANDING, type GoalSet } from '../navigation/goals.ts';
import { planRoutes, type RoutePlan } from '../navigation/route-plan.ts';
import type { AgentArrays } from '../population/agent-arrays.ts';
import { resolveProfiles } from '../population/profiles.ts';
import { spawnAgents, type Population } from '../population/spawn-agents.ts';
import { buildStairs, type StairInfo } from '../stairs/stair-network.ts';
import type { Closure } from './closures.ts';
import type { Firefighters } from '../firefighters/firefighter-groups.ts';
import type { Lifts } from '../lifts/fire-lifts.ts';
import type { SmokeField } from '../smoke/smoke-field.ts';
import { createNeighbourGrid, type NeighbourGrid } from '../movement/neighbour-grid.ts';

export interface SimOptions {
  dt: number;
  /** true: doors and stairs capped at the design specific flows; false: "experimental", no caps. */
  limiter: boolean;
  maxTime: number;
}

export interface Sim {
  building: Building;
  layout: BuildingLayout;
  goals: GoalSet;
  stairs: StairInfo[];
  plan: RoutePlan;
  pop: Population;
  a: AgentArrays;
  grid: NeighbourGrid;
  rng: Rng;
  opts: SimOptions;
  t: number;
  step: number;
  // Doors: token buckets (design flow × width, burst 1) and crossing statistics.
  doorTokens: Float64Array;
  doorRate: Float64Array;
  doorCount: Int32Array;
  doorFirst: Float64Array;
  doorLast: Float64Array;
  // Stair lanes: lane = laneBase[stair] + 2·landing + (up ? 1 : 0), leaving that landing.
  laneBase: Int32Array;
  laneStair: Int32Array;
  laneFrom: Int32Array;
  laneUp: Uint8Array;
  laneLength: Float64Array;
  laneArea: Float64Array;
  laneRate: Float64Array;
  laneTokens: Float64Array;
  laneCount: Int32Array;
  /** Queues onto each lane: [2L] arrivals from the flight above/below, [2L + 1] from the floor. */
  qHead: Int32Array;
  qTail: Int32Array;
  qLen: Int32Array;
  laneLastServed: Uint8Array;
  /** Firefighters on each flight, indexed by the up lane of the flight's lower landing. */
  flightFirefighters: Int32Array;
  /** Closures during the run (closures.ts), by time; the next one due; closed doors and goals. */
  closures: Closure[];
  nextClosure: number;
  doorClosed: Uint8Array;
  goalClosed: Uint8Array;
  /** Scenario firefighters (undefined: none). */
  ff: Firefighters | undefined;
  /** Fire lifts for mobility-impaired occupants (undefined: option `useFireLifts` off). */
  lifts: Lifts | undefined;
  /** Scenario smoke (smoke/smoke-field.ts; undefined: option `smoke` empty). */
  smoke: SmokeField | undefined;
  // Landings: global landing = landingBase[stair] + j.
  landingBase: Int32Array;
  landingHold: Int32Array;
  spawnHead: Int32Array;
  spawnTail: Int32Array;
  spawnLen: Int32Array;
  // Route choice: walkers heading for each goal, and each goal's flow capacity (p/s).
  goalLoad: Int32Array;
  /** Per agent: a goal fixed by exit allocation (−1: free choice). */
  fixedGoal: Int32Array;
  goalCapacity: Float64Array;
  // Statistics.
  safe: number;
  trapped: number;
  /** Overcome by smoke (FED ≥ 1). */
  incapacitated: number;
  curve: [number, number][];
  storeyClear: Float64Array;
  stairMaxDensity: Float64Array;
  stairMaxQueue: Int32Array;
  stairMaxQueueLanding: Int32Array;
  stairTimeEF: Float64Array;
  // Scratch (per agent, reused every step).
  nvx: Float32Array;
  nvy: Float32Array;
}

export function createSim(b: Building, rng: Rng, opts: SimOptions): Sim {
  const layout = buildLayout(b);
  const goals = buildGoals(b, layout);
  const stairs = buildStairs(b, layout);
  const plan = planRoutes(layout, goals, stairs);
  const pop = spawnAgents(b, layout, resolveProfiles(b), rng);
  const a = pop.agents;
  const nd = layout.doors.length;
  const laneBase = new Int32Array(stairs.length + 1);
  const landingBase = new Int32Array(stairs.length + 1);
  stairs.forEach((st, s) => {
    laneBase[s + 1] = laneBase[s]! + 2 * st.landings.length;
    landingBase[s + 1] = landingBase[s]! + st.landings.length;
  });
  const nl = laneBase[stairs.length]!;
  const nland = landingBase[stairs.length]!;
  const sim: Sim = {
    building: b,
    layout,
    goals,
    stairs,
    plan,
    pop,
    a,
    grid: createNeighbourGrid(layout, a.n),
    rng,
    opts,
    t: 0,
    step: 0,
    doorTokens: new Float64Array(nd).fill(1),
    doorRate: Float64Array.from(layout.doors, (d) => DOOR_SPECIFIC_FLOW * d.width),
    doorCount: new Int32Array(nd),
    doorFirst: new Float64Array(nd).fill(NaN),
    doorLast: new Float64Array(nd).fill(NaN),
    laneBase,
    laneStair: new Int32Array(nl),
    laneFrom: new Int32Array(nl),
    laneUp: new Uint8Array(nl),
    laneLength: new Float64Array(nl),
    laneArea: new Float64Array(nl),
    laneRate: new Float64Array(nl),
    laneTokens: new Float64Array(nl).fill(1),
    laneCount: new Int32Array(nl),
    qHead: new Int32Array(2 * nl).fill(-1),
    qTail: new Int32Array(2 * nl).fill(-1),
    qLen: new Int32Array(2 * nl),
    laneLastServed: new Uint8Array(nl),
    flightFirefighters: new Int32Array(nl),
    ff: undefined,
    lifts: undefined,
    smoke: undefined,
    closures: [],
    nextClosure: 0,
    doorClosed: new Uint8Array(nd),
    goalClosed: new Uint8Array(goals.goals.length),
    landingBase,
    landingHold: new Int32Array(nland),
    spawnHead: new Int32Array(nland).fill(-1),
    spawnTail: new Int32Array(nland).fill(-1),
    spawnLen: new Int32Array(nland),
    goalLoad: new Int32Array(goals.goals.length),
    fixedGoal: new Int32Array(a.n).fill(-1),
    goalCapacity: new Float64Array(goals.goals.length),
    safe: 0,
    trapped: 0,
    incapacitated: 0,
    curve: [[0, 0]],
    storeyClear: new Float64Array(layout.storeys.length).fill(NaN),
    stairMaxDensity: new Float64Array(stairs.length),
    stairMaxQueue: new Int32Array(stairs.length),
    stairMaxQueueLanding: new Int32Array(stairs.length).fill(-1),
    stairTimeEF: new Float64Array(stairs.length),
    nvx: new Float32Array(a.n),
    nvy: new Float32Array(a.n),
  };
  stairs.forEach((st, s) => {
    st.landings.forEach((_, j) => {
      sim.landingHold[landingBase[s]! + j] = Math.max(
        1,
        Math.ceil(st.width * st.width * LANDING_HOLD_DENSITY),
      );
      for (const up of [0, 1]) {
        const lane = laneBase[s]! + 2 * j + up;
        sim.laneStair[lane] = s;
        sim.laneFrom[lane] = j;
        sim.laneUp[lane] = up;
        const seg = up ? j : j - 1;
        const len = seg >= 0 && seg < st.length.length ? st.length[seg]! : 0;
        sim.laneLength[lane] = len;
        sim.laneArea[lane] = Math.max(1e-6, len * st.effectiveWidth);
        sim.laneRate[lane] = up ? st.upCap : st.downCap;
      }
    });
  });
  goals.goals.forEach((g, k) => {
    let doors = 0;
    for (const p of g.portals) doors += sim.doorRate[p]!;
    let cap = doors;
    if (g.kind === GOAL_LANDING) {
      const st = stairs[g.stair]!;
      // SFPE maximum flow of the flight on its effective width, k/(4a)·We, or the design cap.
      cap = Math.min(doors, st.downCap, (st.k / (4 * SFPE_A)) * st.effectiveWidth);
    }
    sim.goalCapacity[k] = Math.max(0.1, cap);
  });
  return sim;
}
