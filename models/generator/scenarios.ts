/**
 * Default scenarios of a generated tower: a baseline fire in a flat on a middle storey, a night-time
 * variant (residential) and, with two stairs, stair A lost to smoke.
 */
import type { Scenario } from '../schema/scenario.ts';
import type { Storey } from '../schema/storey.ts';
import type { Stair } from '../schema/vertical.ts';
import type { TowerUse } from './options.ts';
import type { Rng } from './random.ts';

/** Crew of one pumper and one aerial appliance: typical Chinese turnout (UNVERIFIED). */
const CREW = 6;
/** Firefighters enter this long after the station's travel time (set-up, reconnaissance): typical. */
const SETUP = 120;

/**
 * Night pre-movement: residents asleep respond later. Typical, UNVERIFIED
 * (../../../shared/reference/evacuation-verification.md §2.1: IMO night/day forms, values not captured).
 */
export const NIGHT_PREMOVEMENT = { type: 'lognormal', mean: 300, sd: 150 } as const;

export interface ScenarioInput {
  use: TowerUse;
  storeys: readonly Storey[];
  stairs: readonly Stair[];
  /** The door firefighters enter by. */
  entrance: string;
  travelTime: number;
  /** Building height (m), to choose the aerial appliance. */
  height: number;
  rng: Rng;
}

/** Vehicles of the shipped catalogue (models/vehicles/catalogue.ts) that suit a building height. */
export function vehiclesFor(height: number): string[] {
  if (height <= 30) return ['pumper-CB10/60', 'aerial-32'];
  if (height <= 54) return ['pumper-CB10/60', 'aerial-54'];
  return ['pumper-CB10/60', 'aerial-54', 'aerial-101'];
}

export function defaultScenarios(input: ScenarioInput): Scenario[] {
  const seed = (): number => Math.floor(input.rng() * 1e6);
  // The fire storey: the middle one, or the nearest below it that has units (not a refuge floor).
  const mid = Math.floor((input.storeys.length - 1) / 2);
  const withUnits = input.storeys.filter((s) => s.spaces.some((sp) => sp.unit !== undefined));
  const storey =
    withUnits.filter((s) => input.storeys.indexOf(s) <= mid).pop() ?? withUnits[0] ?? input.storeys[0]!;
  const units = storey.spaces.filter((sp) => sp.unit !== undefined);
  const room = units[Math.floor(input.rng() * units.length)] ?? storey.spaces[0]!;
  const fire = { storey: storey.id, space: room.id };
  const firefighters = [
    { count: CREW, enter: input.entrance, to: storey.id, start: input.travelTime + SETUP },
  ];
  const vehicles = vehiclesFor(input.height);
  const out: Scenario[] = [
    {
      id: 'baseline',
      name: `Fire in ${room.name ?? room.id} on ${storey.name ?? storey.id}, everything working`,
      seed: seed(),
      fire,
      firefighters,
      vehicles,
    },
  ];
  if (input.use === 'residential') {
    out.push({
      id: 'night',
      name: 'The same fire at night: residents asleep, slower to respond',
      seed: seed(),
      fire,
      changes: [{ premovement: { ...NIGHT_PREMOVEMENT } }],
      firefighters: firefighters.map((f) => ({ ...f })),
      vehicles: [...vehicles],
    });
  }
  if (input.stairs.length >= 2) {
    const first = input.stairs[0]!.id;
    out.push({
      id: `stair${first}-smoke`,
      name: `The same fire with stair ${first} smoke-logged`,
      seed: seed(),
      fire,
      changes: [{ block: first }],
      firefighters: firefighters.map((f) => ({ ...f })),
      vehicles: [...vehicles],
    });
  }
  return out;
}
