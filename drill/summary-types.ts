/**
 * The drill's per-scenario result: what `lifeline drill --json` prints and what the verdicts,
 * comparison, report, plan and debrief are built from. SI units (s, Pa, m); plain JSON.
 */
import type { Check } from '../sim-core/water/index.ts';
import type { LadderCell } from '../sim-core/water/index.ts';
import type { AccessCheck } from '../sim-core/access/code-check.ts';
import type { Bilingual } from './format.ts';
import type { Distribution } from './stats.ts';
import type { RunDigest } from './run-digest.ts';

export interface PeopleSummary {
  occupants: number;
  runs: number;
  baseSeed: number;
  /** Every run's seed, in run order (run 1 = the base seed). */
  seeds: number[];
  /** RSET of run 1 (s). */
  rset: number | null;
  /** Over the runs where everyone who could got out (status complete); null for a single run. */
  distribution: Distribution | null;
  /** Runs that hit the time limit before everyone was out. */
  timeouts: number;
  /** Monte Carlo scenario variant (`--vary-stair`): each run smoke-logs one of these stairs. */
  variant: { kind: 'smoke-stair'; stairs: string[] } | null;
  perRun: {
    seed: number;
    /** With `--vary-stair`: the stair this run smoke-logged. */
    smokeStair?: string | null;
    rset: number | null;
    status: RunDigest['status'];
    trapped: number;
    /** Overcome by scenario smoke (absent: none, or a digest from before smoke). */
    incapacitated?: number;
    remaining: number;
  }[];
  /** Per storey: clear time of run 1 and, with several runs, the 95th percentile (s). */
  storeyClear: { id: string; occupants: number; clearTime: number | null; p95: number | null }[];
  /** The stair that jammed first in run 1, else the one with the longest queue (null if no queue formed). */
  worstStair: {
    id: string;
    maxQueue: number;
    storey: string | null;
    maxDensity: number;
    timeAtFruinEF: number;
    /** Run 1's jam onset (s) and storey (sim-core record/stair-jams.ts); null: it did not jam. Absent
     * for engine results from before the field. */
    jamStart?: number | null;
    jamStorey?: string | null;
  } | null;
  /** Stairs that jam in any run: how many runs, the median onset over those runs (s), the usual storey. */
  stairJams: { id: string; runs: number; medianStart: number; storey: string | null }[];
  /** Firefighter arrival on the fire storey (s): null when the engine does not model firefighters. */
  firefighterArrival: number | null;
  firefightersModelled: boolean;
  /** The fire storey the groups climb to, and how much later than on an empty stair the first arrived (s). */
  fireStorey: string | null;
  firefighterDelay: number | null;
  /** Run 1 in full (curve, stairs, exits) for charts and the debrief. */
  base: RunDigest;
  /** IMO MSC.1/Circ.1533: at least 50 runs (10 populations × 5 repetitions), report the 95th percentile. */
  imo: { minimumRuns: 50; met: boolean };
}

export interface WaterStateSummary {
  id: string;
  label: Bilingual;
  highestAdequateStorey: string | null;
  highestEffectiveStorey: string | null;
}

export interface WaterSummary {
  fireStorey: string | null;
  /** Storeys with hydrants, bottom to top. */
  hydrantStoreys: string[];
  /** GB 50974-2014 7.4.12 for this building class: outlet pressure (Pa) and solid jet (m). */
  requirement: { clause: string; minPressure: number; jet: number };
  /** What the scenario changed in the water system, e.g. ["P1"] failed. */
  failed: { id: string; mode: 'closed' | 'open' | 'empty' }[];
  /** The fire storey's flowing hydrants in the scenario's state. */
  fireHydrants: {
    id: string;
    outletPressure: number;
    jet: number;
    flow: number;
    ok: boolean;
    dry: boolean;
  }[];
  /** Every hydrant's outlet pressure (Pa) in the scenario's state with the fire storey flowing. */
  hydrants: { id: string; storey: string; outletPressure: number; flowing: boolean }[];
  /** Scenario state, fire on each storey in turn: highest storey meeting 7.4.12; storeys that fail. */
  highestAdequateStorey: string | null;
  highestEffectiveStorey: string | null;
  failingStoreys: string[];
  /** Each supply state of the pressure ladder (sim-core/water/ladder.ts), the scenario's state first. */
  states: WaterStateSummary[];
  ladder: LadderCell[];
  /** The fire engine alone via a pump inlet (building pumps off, tanks empty), if the building has inlets. */
  engine: {
    vehicle: string;
    inlet: string;
    highestAdequateStorey: string | null;
    highestEffectiveStorey: string | null;
  } | null;
  checks: (Omit<Check, 'message'> & { text: Bilingual })[];
  notes: Bilingual[];
}

export interface AccessVehicleSummary {
  id: string;
  /** Fastest route that gets there; null if none does. */
  best: { entrance: string; target: string; arrivalTime: number; reversals: number } | null;
  /** Routes that do not get through, with what blocks them and what would have to go. */
  blocked: { entrance: string; target: string; blockedBy: string[]; removeToPass: string[] | null }[];
}

export interface AccessSummary {
  vehicles: AccessVehicleSummary[];
  aerial: {
    vehicle: string;
    site: string;
    siteReached: boolean;
    highestStorey: string | null;
    unreachableStoreys: string[];
  }[];
  /** Highest storey any aerial appliance reaches (null if none reaches any). */
  highestReachableStorey: string | null;
  /** When a vehicle gets in from no entrance: the obstacles towed and the arrival after towing (a second run). */
  towing: {
    removed: string[];
    vehicles: { id: string; arrivalTime: number | null }[];
    /** Highest storey in aerial reach once they are gone. */
    highestReachableStorey: string | null;
  } | null;
  canopy: { share: number; riskClass: string };
  checks: (Omit<AccessCheck, 'message'> & { text: Bilingual })[];
  /** Planned paths ([x, y, heading], m) for the map, thinned to at most 200 points each. */
  paths: { vehicle: string; entrance: string; reached: boolean; points: [number, number][] }[];
  problems: Bilingual[];
}

export type VerdictMode = 'people' | 'water' | 'trucks';

export interface Verdict {
  mode: VerdictMode;
  ok: boolean;
  text: Bilingual;
}

export interface DrillScenarioResult {
  scenario: string;
  scenarioName: string | null;
  people: PeopleSummary;
  water: WaterSummary | null;
  access: AccessSummary;
  verdicts: Verdict[];
}
