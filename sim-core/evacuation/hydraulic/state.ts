/**
 * The state of one hydraulic run: the network, the people (the agent mode's population, drawn with
 * the same seeded generator, so both modes evacuate the very same persons), their routes and where
 * they are, the servers' queues and the statistics. The step (step.ts) only writes into it.
 */
import type { Building } from '../../../models/schema/building.ts';
import type { Population } from '../population/spawn-agents.ts';
import type { FlowNetwork } from './network.ts';
import type { Route } from './routes.ts';
import type { StairJamRecorder } from '../record/stair-jams.ts';
import type { HydraulicLifts } from './lifts.ts';
import type { HydraulicFirefighterGroup } from './firefighters.ts';
import type { SmokeField } from '../smoke/smoke-field.ts';

export const ACTIVE = 0;
export const SAFE = 1;
export const TRAPPED = 2;
/** Overcome by smoke (FED ≥ 1; smoke.ts). */
export const INCAPACITATED = 3;

export interface HydraulicState {
  building: Building;
  net: FlowNetwork;
  pop: Population;
  seed: number;
  maxTime: number;
  t: number;
  routes: Route[];
  /** Route index by `${goal}:${start space}` (allocate.ts). */
  routeCache: Map<string, number>;
  /** Per person: route index (−1 none), next hop, when they reach that hop's server (s), the node
   * they are in, status, exit (route exit or refuge id), times. */
  route: Int32Array;
  hop: Int32Array;
  readyAt: Float64Array;
  node: Int32Array;
  status: Uint8Array;
  exit: (string | null)[];
  exitTime: Float64Array;
  leftTime: Float64Array;
  stairTime: Float64Array;
  stairEnter: Float64Array;
  /** Landing space whose floor-entrant count includes this person (−1 none). */
  heldAt: Int32Array;
  /** Persons in order of pre-movement time, and how many of them have started. */
  startOrder: Int32Array;
  started: number;
  /** Per node: persons in it; per landing space: floor entrants waiting there. */
  population: Int32Array;
  landingWaiting: Int32Array;
  /** Per node: earliest time the next person may enter (inflow cap). */
  inNextFree: Float64Array;
  /** Per server: waiting persons (in any order), earliest next crossing, blocked-until time, and
   * which merge stream (0 floor, 1 flight) it served last. */
  waiting: number[][];
  nextFree: Float64Array;
  blockedUntil: Float64Array;
  lastStream: Uint8Array;
  /** Per server (doors only used): crossings to the outside, first and last time. */
  exitCount: Int32Array;
  exitFirst: Float64Array;
  exitLast: Float64Array;
  safe: number;
  trapped: number;
  curve: [number, number][];
  stairMaxDensity: Float64Array;
  stairMaxQueue: Int32Array;
  stairMaxQueueLanding: Int32Array;
  stairTimeEF: Float64Array;
  /** Stair jam onsets (the agent mode's rule and recorder). */
  jams: StairJamRecorder;
  /** Fire lifts (option useFireLifts; undefined: off) and, per person, the lift and stop they head
   * for (−1: none) and when they reached it (s). */
  lifts: HydraulicLifts | undefined;
  liftOf: Int32Array;
  liftStop: Int32Array;
  liftArrival: Float64Array;
  /** Scenario firefighter groups (empty: none). */
  ff: HydraulicFirefighterGroup[];
  /** Scenario smoke (undefined: none), and per person the dose and when it reached 1 (NaN: never). */
  smoke: SmokeField | undefined;
  fed: Float64Array;
  incapacitatedAt: Float64Array;
  incapacitated: number;
}
