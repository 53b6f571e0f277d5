/**
 * One scenario through the three engines: evacuation (a Monte Carlo batch through the pool), water
 * (the scenario's fire storey, with the pressure-ladder sweep) and access (plus a second access run
 * with the blocking obstacles towed when a vehicle gets in from no entrance). Returns the drill
 * summary with its verdicts; the engines' own results are not changed, only summarised.
 */
import type { Building } from '../models/schema/building.ts';
import type { Scenario } from '../models/schema/scenario.ts';
import {
  applyScenario,
  scenarioClosures,
  scenarioFireLifts,
  scenarioSmoke,
} from '../models/scenario/apply-scenario.ts';
import { analyseWater, resolveSupply, WaterInputError } from '../sim-core/water/index.ts';
import { analyseAccess } from '../sim-core/access/analyse-access.ts';
import type { Rapier } from '../sim-core/access/rapier.ts';
import { runSeeds } from './seeds.ts';
import { smokeLoggedStair, variantStairs, withStairBlocked } from './variants.ts';
import { summarisePeople } from './summarise-people.ts';
import { summariseWater } from './summarise-water.ts';
import { highestReachable, summariseAccess, towList, vehicleSummaries } from './summarise-access.ts';
import { verdicts } from './verdicts.ts';
import type { AccessSummary, DrillScenarioResult, WaterSummary } from './summary-types.ts';
import type { Bilingual } from './format.ts';
import type { EvacRunner } from './evac-runner.ts';
import type { RunDigest } from './run-digest.ts';

export interface DrillRunOptions {
  runs: number;
  /** Base seed; default the scenario's seed, else 1. */
  seed?: number;
  /** Monte Carlo scenario variant: each run smoke-logs one stair drawn from its seed. */
  varyStair?: boolean;
}

/** The building as the engines see it for a scenario (none: the building as it is). */
export function scenarioBuilding(b: Building, s: Scenario | undefined): Building {
  return s ? applyScenario(b, s) : b;
}

export async function runDrillScenario(
  original: Building,
  scenario: Scenario | undefined,
  opts: DrillRunOptions,
  runner: EvacRunner,
  rapier: Rapier,
): Promise<DrillScenarioResult> {
  const b = scenarioBuilding(original, scenario);
  const order = b.storeys.map((s) => s.id);
  const base = opts.seed ?? scenario?.seed ?? 1;
  const fire = scenario?.fire?.storey ?? null;
  const seeds = runSeeds(base, opts.runs);
  const extra = {
    ...(scenario?.duration !== undefined ? { maxTime: scenario.duration } : {}),
    ...(scenario?.firefighters ? { firefighters: scenario.firefighters } : {}),
    // Timed blocks close during every run (the engine re-routes; applyScenario left them passable).
    ...(scenario && scenarioClosures(scenario).length > 0 ? { closures: scenarioClosures(scenario) } : {}),
    // Scenario `fireLifts`: mobility-impaired occupants ride the fire lifts in every run.
    ...(scenario && scenarioFireLifts(scenario) ? { useFireLifts: scenarioFireLifts(scenario)! } : {}),
    // Scenario smoke slows and doses people in every run (sim-core/evacuation/smoke/).
    ...(scenario && scenarioSmoke(scenario).length > 0 ? { smoke: scenarioSmoke(scenario) } : {}),
  };
  let smoke: (string | null)[] | null = null;
  let digests: RunDigest[];
  if (opts.varyStair) {
    smoke = seeds.map((seed) => smokeLoggedStair(b, seed));
    // One copy per stair, shared by the runs that draw it.
    const copies = new Map<string, Building>();
    const variant = (id: string | null): Building => {
      if (id === null) return b;
      if (!copies.has(id)) copies.set(id, withStairBlocked(b, id));
      return copies.get(id)!;
    };
    digests = await runner.runTasks(
      seeds.map((seed, i) => ({ ...extra, building: variant(smoke![i] ?? null), seed })),
    );
  } else digests = await runner.run(b, seeds, extra);
  const people = summarisePeople(
    digests,
    base,
    fire,
    smoke ? { stairs: variantStairs(b), perRun: smoke } : null,
  );

  let water: WaterSummary | null = null;
  let waterWhy: Bilingual | null = null;
  try {
    const vehicles = scenario?.vehicles;
    const w = await analyseWater(b, {
      ...(fire !== null ? { fireStorey: fire } : {}),
      ...(vehicles ? { vehicles } : {}),
      sweep: true,
    });
    // The sweep's engine state uses the default supply (first inlet); say which.
    const supply = resolveSupply(b, {}, vehicles ?? []);
    water = summariseWater(b, scenario, w, supply.ok ? supply.connection.inlet : null);
  } catch (e) {
    // The building cannot be analysed (no hydrants, a fire storey that does not exist): say why.
    if (!(e instanceof WaterInputError)) throw e;
    waterWhy = e.text;
  }

  const vehicleIds = scenario?.vehicles;
  const report = analyseAccess(rapier, b, vehicleIds ? { vehicles: vehicleIds } : {});
  let towing: AccessSummary['towing'] = null;
  const tow = towList(vehicleSummaries(report));
  if (tow) {
    const cleared = applyScenario(b, { id: 'tow', changes: tow.map((id) => ({ remove: id })) });
    const afterReport = analyseAccess(rapier, cleared, vehicleIds ? { vehicles: vehicleIds } : {});
    towing = {
      removed: tow,
      vehicles: vehicleSummaries(afterReport).map((v) => ({
        id: v.id,
        arrivalTime: v.best?.arrivalTime ?? null,
      })),
      highestReachableStorey: highestReachable(cleared, afterReport),
    };
  }
  const access = summariseAccess(b, report, towing);
  return {
    scenario: scenario?.id ?? '(as built)',
    scenarioName: scenario?.name ?? null,
    people,
    water,
    access,
    verdicts: verdicts(people, water, access, order, waterWhy),
  };
}
