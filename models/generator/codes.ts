/**
 * The Chinese code figures the generator designs to: building class by use and height, stair and
 * door widths, stair enclosure, roof-tank volume, hydrant flows and lift speeds. Clauses are those
 * of ../../../shared/reference/water-and-access.md where listed there (mostly read in secondary copies);
 * "recalled, UNVERIFIED" marks figures taken from the code text as remembered, not from that file.
 */
import type { StairKind, TowerUse } from './options.ts';
import { hydrantDesignFlow, staticPressureLimit, tankVolumeLimit } from '../codes/gb50974.ts';
import { classifyByHeight, type Classification } from '../metrics/classification.ts';

/** GB 50016-2014 (2018 ed.) 5.1.1 classes: multi-storey, class II high-rise, class I high-rise. */
export type HeightClass = 'multi' | 'II' | 'I';

export interface BuildingClass {
  use: TowerUse;
  /** Building height (m): ground to the roof surface (GB 50016 A.0.1; parapets ignored). */
  height: number;
  heightClass: HeightClass;
}

/** The same class in the form the code figures (models/codes) take. */
function codeClass(c: BuildingClass): Classification {
  return classifyByHeight(c.use === 'residential', c.height);
}

/**
 * GB 50016-2014 (2018 ed.) 5.1.1 classes, as models/metrics/classification.ts decides them (class I
 * also takes some 24–50 m public uses the generator does not make).
 */
export function classify(use: TowerUse, height: number): BuildingClass {
  const c = classifyByHeight(use === 'residential', height);
  const heightClass: HeightClass = c.classOne ? 'I' : c.highRise ? 'II' : 'multi';
  return { use, height, heightClass };
}

/**
 * Roof (high-level) tank effective volume, m³: GB 50974-2014 5.2.1 (models/codes/gb50974.ts, the
 * same figures the water engine checks). Lower residential towers need none; the generator still
 * gives them 6 m³ so that every generated tower has the same kind of system to drill on.
 */
export function roofTankVolume(c: BuildingClass): number {
  return tankVolumeLimit(codeClass(c))?.limit ?? 6;
}

/**
 * Transfer (relay) tank effective volume, m³: GB 50974-2014 6.2.3 (recalled, UNVERIFIED) asks
 * ≥ 60 m³ for a transfer tank of a series (relay) supply.
 */
export const TRANSFER_TANK_VOLUME = 60;

/**
 * Indoor hydrant design flow, L/s, for the whole building and one riser: GB 50974-2014 Table 3.5.2
 * (models/codes/gb50974.ts; table values UNVERIFIED), the same figures the water engine uses.
 */
export function hydrantFlow(c: BuildingClass): { total: number; perRiser: number } {
  const design = hydrantDesignFlow(codeClass(c));
  return { total: design.flow * 1000, perRiser: design.perRiser * 1000 };
}

/**
 * Least static pressure the roof tank must give the most unfavourable hydrant, MPa; below it a
 * jockey pump is required: GB 50974-2014 5.2.2 (models/codes/gb50974.ts).
 */
export function tankStaticPressure(c: BuildingClass): number {
  return staticPressureLimit(codeClass(c)).limit / 1e6;
}

/**
 * Hydrant outlet pressure the pumps are sized for, MPa: GB 50974-2014 7.4.12 (secondary):
 * high-rise buildings ≥ 0.35 MPa (13 m solid jet); the generator uses it for every tower.
 */
export const HYDRANT_DESIGN_PRESSURE_MPA = 0.35;

/** Hydrant valve height above the floor (m): typical 1.1 m, GB 50974 7.4.8 (recalled, UNVERIFIED). */
export const HYDRANT_HEIGHT = 1.1;

/**
 * Stair flight clear width (m). GB 50016-2014 (2018 ed.) 5.5.30: residential stair ≥ 1.1 m;
 * 5.5.18: high-rise public buildings ≥ 1.2 m (recalled, UNVERIFIED). The generator uses 1.2 m for
 * both, a common design width.
 */
export const STAIR_WIDTH = 1.2;

/** Stair doors (m): a single 1.2 m fire door, not narrower than the flight (GB 50016 5.5.18, 5.5.30). */
export const STAIR_DOOR_WIDTH = 1.2;

/** Flat entrance doors (m): GB 50016 5.5.30 households' doors ≥ 0.9 m; 1.0 m is typical. */
export const UNIT_DOOR_WIDTH = { residential: 1, office: 1.2 } as const;

/**
 * Riser and tread (m): GB 50352-2019 6.8.10 (recalled, UNVERIFIED): residential public stairs
 * riser ≤ 0.175, tread ≥ 0.26; other buildings riser ≤ 0.17, tread ≥ 0.26.
 */
export function stairSteps(use: TowerUse): { riser: number; tread: number } {
  return use === 'residential' ? { riser: 0.175, tread: 0.26 } : { riser: 0.17, tread: 0.28 };
}

/**
 * Stair enclosure. GB 50016-2014 (2018 ed.) (recalled, UNVERIFIED): 5.5.27 residential > 33 m
 * smokeproof, > 21 m enclosed; 5.5.12 class-I public and public > 32 m smokeproof, other high-rise
 * public enclosed; 5.5.28 scissor stairs are always smokeproof. Low buildings get enclosed stairs
 * (an open stair is allowed there but the generator does not draw one).
 */
export function stairEnclosure(c: BuildingClass, kind: StairKind): 'enclosed' | 'smokeproof' {
  if (kind === 'scissor') return 'smokeproof';
  if (c.use === 'residential') return c.height > 33 ? 'smokeproof' : 'enclosed';
  return c.heightClass === 'I' || c.height > 32 ? 'smokeproof' : 'enclosed';
}

/**
 * Refuge floors: GB 50016-2014 (2018 ed.) 5.5.23 / 5.5.31 (recalled, UNVERIFIED): buildings over
 * 100 m have refuge floors, the first no higher than 50 m above the fire-appliance access level and
 * no more than 50 m between two. Returns the storey numbers (1 = ground) that are refuge floors.
 */
export function refugeStoreys(storeys: number, storeyHeight: number): number[] {
  const height = storeys * storeyHeight;
  if (height <= 100) return [];
  const every = Math.max(1, Math.floor(50 / storeyHeight + 1e-9));
  const out: number[] = [];
  for (let s = 1 + every; s < storeys; s += every) out.push(s);
  return out;
}

/** Standard lift speeds (m/s), typical catalogue steps. */
const LIFT_SPEEDS = [1, 1.5, 1.75, 2, 2.5, 3, 3.5, 4, 5, 6, 7, 8, 9, 10];

/**
 * Lift speed for a rise (m): GB 50016-2014 (2018 ed.) 7.3.8 (recalled, UNVERIFIED): a fire lift runs
 * from the ground to the top storey in ≤ 60 s. The smallest standard speed that does it with a 10 %
 * allowance for acceleration; passenger lifts get the same speed (typical).
 */
export function liftSpeed(rise: number): number {
  const needed = (rise / 60) * 1.1;
  return LIFT_SPEEDS.find((s) => s >= needed) ?? LIFT_SPEEDS[LIFT_SPEEDS.length - 1]!;
}

/**
 * Lift capacity (persons): GB 50016 7.3.8 fire lift rated load ≥ 800 kg (recalled, UNVERIFIED);
 * 800 kg = 10, 1000 kg = 13 and 1350 kg = 18 persons (GB/T 7025.1 typical car sizes, UNVERIFIED).
 */
export const LIFT_CAPACITY = {
  fire: { residential: 10, office: 13 },
  passenger: { residential: 13, office: 18 },
} as const;

/** Lift door open + close time per stop (s): typical (the format specification's example). */
export const LIFT_DOOR_TIME = 8;
