/**
 * The tower generator: a pure, deterministic function from a few options to a complete building
 * model (storeys, stairs, lifts, fire-water system, site, facade and default scenarios).
 * The same options always give the same building; `seed` drives every variation.
 */
import { FORMAT, FORMAT_VERSION, type Building } from '../schema/building.ts';
import type { Storey } from '../schema/storey.ts';
import { classify, refugeStoreys } from './codes.ts';
import { facadeOpenings } from './facade.ts';
import { bounds, r3 } from './geometry.ts';
import { buildLifts, defaultLifts } from './lifts.ts';
import { unitOccupants } from './occupants.ts';
import { checkTowerOptions, resolveTowerOptions, type TowerOptions } from './options.ts';
import { planLayout } from './plan.ts';
import { mulberry32 } from './random.ts';
import { defaultScenarios } from './scenarios.ts';
import { designSite, inletPositions } from './site.ts';
import { buildStairs } from './stairs.ts';
import { buildStorey, exitIds, storeyId } from './storey.ts';
import { designWater } from './water.ts';

export {
  checkTowerOptions,
  DEFAULT_TOWER_OPTIONS,
  resolveTowerOptions,
  STAIR_KINDS,
  TOWER_OPTION_RANGES,
  TOWER_USES,
  WATER_SUPPLIES,
} from './options.ts';
export type {
  StairKind,
  TowerOptionError,
  TowerOptions,
  TowerOptionsInput,
  TowerUse,
  WaterSupply,
} from './options.ts';

/**
 * Generates a tower. Missing options take DEFAULT_TOWER_OPTIONS; throws an Error listing every
 * problem (in English) if checkTowerOptions finds any, so callers should check first.
 */
export function generateTower(options: Partial<TowerOptions> = {}): Building {
  const problems = checkTowerOptions(options);
  if (problems.length > 0) throw new Error(problems.map((p) => p.text.en).join('; '));
  const o = resolveTowerOptions(options);
  const rng = mulberry32(o.seed);
  const height = r3(o.storeys * o.storeyHeight);
  const cls = classify(o.use, height);
  const lifts =
    o.storeys < 2 ? { fire: 0, passenger: 0 } : (o.lifts ?? defaultLifts(o.use, o.storeys, o.fireLift));
  const plan = planLayout({
    use: o.use,
    units: o.units,
    stairs: o.storeys < 2 ? 'none' : o.stairs,
    lifts: lifts.fire + lifts.passenger,
  });
  const refuge = new Set(refugeStoreys(o.storeys, o.storeyHeight));

  const storeys: Storey[] = [];
  for (let s = 1; s <= o.storeys; s++) {
    storeys.push(
      buildStorey(
        plan,
        {
          number: s,
          elevation: (s - 1) * o.storeyHeight,
          height: o.storeyHeight,
          refuge: refuge.has(s),
          ground: s === 1,
        },
        () => unitOccupants(o.use, o.occupantsPerUnit),
      ),
    );
  }
  const stairs = buildStairs(plan, storeys, o.stairs, cls);
  const elevators = buildLifts(plan, storeys, lifts, cls);

  const face = { x0: 0, x1: plan.width, y: 0 };
  const { site } = designSite({
    face,
    footprint: bounds(storeys.flatMap((s) => s.spaces.map((sp) => sp.polygon))),
    height,
    laneWidth: o.laneWidth,
    parkedCars: o.parkedCars,
    ...(o.station ? { station: o.station } : {}),
  });
  const water = designWater({
    storeys,
    cls,
    hydrantsAt: () => plan.hydrants,
    inletsAt: (count) => inletPositions(face, count),
    supply: o.water?.supply ?? 'pumps',
    ...(o.water?.roofTankVolume !== undefined ? { roofTankVolume: o.water.roofTankVolume } : {}),
    ...(o.water?.cityMainHead !== undefined ? { cityMainHead: o.water.cityMainHead } : {}),
    ...(o.water?.maxHydrantStatic !== undefined ? { maxHydrantStatic: o.water.maxHydrantStatic } : {}),
  });
  const openings = facadeOpenings(storeys, { use: o.use, rescueFaceY: 0 });
  const scenarios = defaultScenarios({
    use: o.use,
    storeys,
    stairs,
    entrance: exitIds.east(storeyId(1)),
    travelTime: site.station!.travelTime,
    height,
    rng,
  });

  return {
    format: FORMAT,
    version: FORMAT_VERSION,
    name: o.name,
    use: o.use,
    storeys,
    stairs,
    elevators,
    water,
    site,
    facade: { openings },
    scenarios,
  };
}
