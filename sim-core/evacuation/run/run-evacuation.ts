/**
 * Running an evacuation from a building (scenario already applied) to a result: build the state, mark
 * the people who have no route trapped at once, then step until everyone is safe, trapped or overcome
 * by smoke, or the time limit is reached (status "timeout"). Always ends.
 */
import type { Building } from '../../../models/schema/building.ts';
import { createRng } from '../../random/rng.ts';
import { DEFAULT_DT, DEFAULT_MAX_TIME } from '../constants.ts';
import { chooseGoal } from '../navigation/choose-goal.ts';
import { GOAL_REFUGE } from '../navigation/goals.ts';
import { markSafeOrTrapped } from './events.ts';
import { createFirefighters, type FirefighterGroupSpec } from '../firefighters/firefighter-groups.ts';
import { prepareClosures, type Closure } from './closures.ts';
import { firefightersPending } from '../firefighters/step-firefighters.ts';
import { collectResult, type EvacuationResult } from './result.ts';
import { createSim, type Sim } from './sim-state.ts';
import { stepSim } from './step.ts';
import { createSmokeField, type SmokeSpec } from '../smoke/smoke-field.ts';
import { createFireLifts } from '../lifts/fire-lifts.ts';
import {
  createTrajectoryRecorder,
  finishTrajectories,
  recordTrajectoryFrame,
} from '../record/trajectory-recorder.ts';
import { createDensityRecorder, finishDensityMaps, recordDensity } from '../record/density-maps.ts';
import { createStairJamRecorder, recordStairJams } from '../record/stair-jams.ts';

export interface EvacuationOptions {
  seed?: number;
  dt?: number;
  /** Default true: doors and stairs capped at design flows. false = "experimental". */
  limiter?: boolean;
  /** Longest simulated time (s); default the scenario's `duration` or DEFAULT_MAX_TIME. */
  maxTime?: number;
  /**
   * Exit allocation (NIST TN 1822 3.1, RiMEA 10): occupants starting in a space (key, space id) use
   * this exit door or refuge space (value, id) on their storey and never re-route. Engine API only;
   * the building format has no field for it yet.
   */
  assignedExits?: ReadonlyMap<string, string>;
  /** Doors / stairs that close during the run (NIST TN 1822 4.1): id and time (s). */
  closures?: readonly Closure[];
  /** Scenario `firefighters` (the scenario's list; applyScenario leaves it out of the building). */
  firefighters?: readonly FirefighterGroupSpec[];
  /** Called about every simulated 10 s with the time and the number safe (for progress bars). */
  onProgress?: (t: number, safe: number) => void;
  /** Mobility-impaired occupants use the fire lifts (lifts/fire-lifts.ts): true = every usable fire
   * lift, a list = only these lift ids (a scenario's `fireLifts`). Default false. */
  useFireLifts?: boolean | readonly string[];
  /** Record the trajectory stream and per-storey density maps (record/). Default: neither. */
  record?: RecordOptions;
  /** Social influence in route choice (navigation/choose-goal.ts, NIST TN 1822 3.2): a walker's choice
   * is pulled towards the goals of the people it sees. Default true. */
  socialInfluence?: boolean;
  /** Smoke in spaces, stairs or storeys from a time on (a scenario's `smoke` changes,
   * `scenarioSmoke`): slows walkers and doses them (smoke/). Default: none. */
  smoke?: readonly SmokeSpec[];
}

export interface RecordOptions {
  /** Seconds between frames / density samples (rounded to whole steps); default 1. */
  interval?: number;
  /** Positions per frame (result.trajectories); default true. */
  trajectories?: boolean;
  /** Per-storey density maps with Fruin LoS (result.densityMaps); default true. */
  densityMaps?: boolean;
  /** Density map cell (m); default 1. */
  densityCell?: number;
}

/** A run in progress, stepped by its caller (runEvacuation, or the worker API between awaits). */
export interface EvacuationRun {
  sim: Sim;
  /** Everyone safe or trapped (and firefighters arrived), or the time limit reached. */
  done(): boolean;
  step(): void;
  result(): EvacuationResult;
}

export function prepareEvacuation(b: Building, opts: EvacuationOptions = {}): Sim {
  const sim = createSim(b, createRng(opts.seed ?? 1), {
    dt: opts.dt ?? DEFAULT_DT,
    limiter: opts.limiter ?? true,
    maxTime: opts.maxTime ?? DEFAULT_MAX_TIME,
  });
  const a = sim.a;
  sim.pop.groups.social = opts.socialInfluence ?? true;
  if (opts.useFireLifts)
    sim.lifts = createFireLifts(sim, opts.useFireLifts === true ? undefined : opts.useFireLifts);
  if (opts.closures) sim.closures = prepareClosures(sim, opts.closures);
  if (opts.smoke && opts.smoke.length > 0) sim.smoke = createSmokeField(sim.layout, sim.stairs, opts.smoke);
  if (opts.firefighters && opts.firefighters.length > 0) sim.ff = createFirefighters(sim, opts.firefighters);
  for (const [spaceId, target] of opts.assignedExits ?? []) {
    const sp = sim.layout.spaceIndex.get(spaceId);
    if (sp === undefined) throw new Error(`assignedExits: no space "${spaceId}"`);
    const storey = sim.layout.spaces[sp]!.storey;
    const g = sim.goals.byStorey[storey]!.find((k) => sim.goals.goals[k]!.id === target);
    if (g === undefined)
      throw new Error(`assignedExits: no exit or refuge "${target}" on the storey of "${spaceId}"`);
    for (let i = 0; i < a.n; i++) if (a.startSpace[i] === sp) sim.fixedGoal[i] = g;
  }
  for (let i = 0; i < a.n; i++) {
    if (sim.layout.spaces[a.space[i]!]!.kind === 'refuge') {
      const g = sim.goals.goals.findIndex((goal) => goal.space === a.space[i] && goal.kind === GOAL_REFUGE);
      markSafeOrTrapped(sim, i, true, -(g + 2));
    } else if (chooseGoal(sim, a.storey[i]!, a.x[i]!, a.y[i]!, -1) < 0) markSafeOrTrapped(sim, i, false, -1);
  }
  return sim;
}

export function startEvacuation(b: Building, opts: EvacuationOptions = {}): EvacuationRun {
  const sim = prepareEvacuation(b, opts);
  const rec = opts.record;
  const interval = rec?.interval ?? 1;
  const traj = rec && rec.trajectories !== false ? createTrajectoryRecorder(sim, interval) : undefined;
  const dens =
    rec && rec.densityMaps !== false ? createDensityRecorder(sim, interval, rec.densityCell ?? 1) : undefined;
  // Stair jam onsets are always recorded (result.stairs[].jamStart): per landing, no allocation.
  const jams = createStairJamRecorder(sim.stairs);
  const record = (): void => {
    recordStairJams(sim, jams);
    if (traj) recordTrajectoryFrame(sim, traj);
    if (dens) recordDensity(sim, dens);
  };
  record();
  return {
    sim,
    done: () =>
      !(
        (sim.safe + sim.trapped + sim.incapacitated < sim.a.n || firefightersPending(sim.ff)) &&
        sim.t < sim.opts.maxTime - 1e-9
      ),
    step: () => {
      stepSim(sim);
      record();
    },
    result: () => {
      const r = collectResult(sim, opts.seed ?? 1, jams);
      if (traj) r.trajectories = finishTrajectories(sim, traj);
      if (dens) r.densityMaps = finishDensityMaps(dens);
      return r;
    },
  };
}

export function runEvacuation(b: Building, opts: EvacuationOptions = {}): EvacuationResult {
  const run = startEvacuation(b, opts);
  let nextProgress = 10;
  while (!run.done()) {
    run.step();
    if (opts.onProgress && run.sim.t >= nextProgress) {
      opts.onProgress(run.sim.t, run.sim.safe);
      nextProgress += 10;
    }
  }
  return run.result();
}
