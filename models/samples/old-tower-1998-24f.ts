/**
 * Sample 2: a pre-2000 residential tower (built 1998): 24 storeys of 2.9 m (69.6 m), 8 flats a floor
 * on ONE enclosed (not smokeproof) stair, a passenger lift only, combustible canopies and protruding
 * window cages on most flats, a weak city-fed water system with a 6 m³ roof tank and no pumps, an
 * ageing population, and a rescue site taken over by street stalls and parked cars.
 * Fictional building; the defects are the ones Chongqing's clearance campaigns name (reference §7).
 */
import type { Building } from '../schema/building.ts';
import type { Profile } from '../schema/profile.ts';
import type { SiteObstacle } from '../schema/site.ts';
import type { Pump } from '../schema/water.ts';
import { rect, rectPolygon } from '../generator/geometry.ts';
import { mulberry32 } from '../generator/random.ts';
import { NIGHT_PREMOVEMENT } from '../generator/scenarios.ts';
import { generateTower } from '../generator/tower.ts';
import { householdSize, unitSpaces } from './edit.ts';

export const OLD_TOWER_ID = 'old-tower-1998-24f';

/** Typical, UNVERIFIED: frail elderly (walking aid, slow on stairs), between `elderly` and `mobility-impaired`. */
const FRAIL_ELDERLY: Profile = {
  id: 'elderly-frail',
  name: 'Frail elderly',
  speed: { type: 'normal', mean: 0.65, sd: 0.15, min: 0.35, max: 1.0 },
  radius: 0.25,
  premovement: { type: 'lognormal', mean: 180, sd: 90 },
  stairFactor: 0.6,
};

/** Ageing estate: more one- and two-person households (empty nesters), typical, UNVERIFIED. */
const HOUSEHOLDS = [0.2, 0.4, 0.25, 0.1, 0.05];

/**
 * Occupant mix, elderly-heavy (typical of 1990s estates in central Chongqing, UNVERIFIED). It
 * includes residents who cannot manage the stairs unaided (`mobility-impaired`, 3 %): more than the
 * 2 % of the yuzhong sample because disability is concentrated among the old (Second China National
 * Sample Survey on Disability, 2006 communiqué: 44.16 of 83 million disabled people are 60+, while
 * 60+ were 11 % of the population); the 3 % itself is a judgement, UNVERIFIED. The tower has no
 * fire lift, so they walk (slowly) or wait for help.
 */
const MIX = [
  { profile: 'adult', fraction: 0.35 },
  { profile: 'elderly', fraction: 0.42 },
  { profile: 'elderly-frail', fraction: 0.1 },
  { profile: 'mobility-impaired', fraction: 0.03 },
  { profile: 'child', fraction: 0.1 },
];

/**
 * Retrofit roof booster: 50 m at shut-off, 40 m at 20 L/s (a typical small vertical multistage set;
 * UNVERIFIED figures), from the roof tank into the riser's top junction.
 */
const ROOF_BOOSTER: Pump = {
  id: 'BP1',
  from: 'roof-tank',
  to: 'J-F24',
  role: 'booster',
  curve: [
    [0, 50],
    [0.01, 46],
    [0.02, 40],
  ],
};

export function buildOldTower(): Building {
  const b = generateTower({
    name: 'Old residential tower, 1998, 24F (sample)',
    use: 'residential',
    storeys: 24,
    storeyHeight: 2.9,
    units: 8,
    stairs: 'single',
    fireLift: false,
    lifts: { fire: 0, passenger: 1 },
    occupantsPerUnit: 2,
    // An old estate road at exactly GB 50016 7.1.8's 4.0 m minimum: wide enough for the aerial once
    // it is cleared, but the parked cars and stalls below block it (the Chongqing problem: 33,796
    // vehicles named on fire lanes in half a year, water-and-access.md §7).
    laneWidth: 4,
    parkedCars: 4,
    seed: 1998,
    // No fire pumps: the riser is fed from the city main; the 6 m³ roof tank is below even what
    // GB 50045-95 7.4.7 asked of a 19+-storey residential tower then (12 m³, recalled, UNVERIFIED).
    water: { supply: 'city-main', roofTankVolume: 6, cityMainHead: 20 },
    station: { name: 'District fire station (assumed)', travelTime: 420 },
  });
  const rng = mulberry32(1998);
  b.builtYear = 1998;
  b.address = 'Central Chongqing (fictional)';
  // Built to GB 50045-95 as an enclosed stair; today GB 50016 5.5.27 would ask for a smokeproof one.
  b.stairs[0]!.enclosure = 'enclosed';

  b.profiles = [FRAIL_ELDERLY];
  for (const { space } of unitSpaces(b)) {
    const count = householdSize(rng(), HOUSEHOLDS);
    space.occupants = { count, mix: MIX.map((m) => ({ ...m })) };
    // A household leaves together (Lifeline extension `groups`, docs/model-format.md).
    if (count >= 2) space.occupants.groups = 'unit';
  }

  // Facade: about three flats in four added a combustible canopy (plastic or timber awning) and most
  // hung protruding burglar cages without an escape hatch.
  const canopy = new Set<string>();
  const cage = new Set<string>();
  for (const { space } of unitSpaces(b)) {
    if (rng() < 0.75) canopy.add(space.id);
    if (rng() < 0.8) cage.add(space.id);
  }
  for (const o of b.facade!.openings!) {
    const spaceId = o.id.replace(/^o-/, '').replace(/-\d+$/, '');
    if (canopy.has(spaceId)) o.canopy = 'combustible';
    if (o.kind === 'window' && cage.has(spaceId)) {
      o.net = 'protruding';
      o.hatch = false;
    }
  }

  // The rescue site is taken over by breakfast stalls and residents' cars (removable before a drill).
  const rs = b.site!.drivable!.find((d) => d.id === 'rs-1')!.polygon;
  const x0 = rs[0]![0];
  const y0 = rs[0]![1];
  const y1 = rs[2]![1];
  const encroach: SiteObstacle[] = [
    ...[0, 1, 2].map((i): SiteObstacle => ({
      id: `stall-${i + 1}`,
      kind: 'stall',
      name: `Street stall ${i + 1}`,
      polygon: rectPolygon(rect(x0 + 2 + i * 4, y1 - 2.5, x0 + 5 + i * 4, y1 - 0.5)),
      height: 2.5,
      removable: true,
    })),
    ...[0, 1].map((i): SiteObstacle => ({
      id: `rs-car-${i + 1}`,
      kind: 'parked-car',
      name: `Car parked on the rescue site ${i + 1}`,
      polygon: rectPolygon(rect(x0 + 16 + i * 6, y0 + 1, x0 + 20.8 + i * 6, y0 + 2.8)),
      height: 1.5,
      removable: true,
    })),
  ];
  b.site!.obstacles!.push(...encroach);

  const fire = { storey: 'F8', space: 'F8-803' };
  const crew = [{ count: 6, enter: 'd-F1-exit-E', to: 'F8', start: 540 }];
  const vehicles = ['pumper-CB10/60', 'aerial-54'];
  b.scenarios = [
    {
      id: 'baseline',
      name: 'Fire in flat 803 (8F) in the evening, site as found',
      seed: 8,
      fire: { ...fire },
      firefighters: crew,
      vehicles: [...vehicles],
    },
    {
      id: 'night',
      name: 'Fire in 803 at night: elderly residents asleep',
      seed: 9,
      fire: { ...fire },
      changes: [{ premovement: { ...NIGHT_PREMOVEMENT } }],
      firefighters: crew.map((c) => ({ ...c })),
      vehicles: [...vehicles],
    },
    {
      id: 'site-cleared',
      name: 'Fire in 803 after stalls and cars are cleared from the rescue site and lane',
      seed: 10,
      fire: { ...fire },
      changes: [
        ...encroach.map((o) => ({ remove: o.id })),
        ...b.site!.obstacles!.filter((o) => o.id.startsWith('car-')).map((o) => ({ remove: o.id })),
      ],
      firefighters: crew.map((c) => ({ ...c })),
      vehicles: [...vehicles],
    },
    {
      id: 'roof-tank-empty',
      name: 'Fire on 20F with the roof tank empty: water only from the pump inlets',
      seed: 11,
      fire: { storey: 'F20', space: 'F20-2003' },
      changes: [{ fail: 'roof-tank' }],
      firefighters: [{ count: 6, enter: 'd-F1-exit-E', to: 'F20', start: 540 }],
      vehicles: [...vehicles],
    },
    {
      // The retrofit the water engine's tests judge (tests/verification/water/samples.test.ts): a
      // roof booster set (role "booster") drawing from the roof tank into the top of the riser, beside
      // the tank's check pipe. The tower has no pumps, so `set` writes the whole /water/pumps list.
      id: 'retrofit-roof-booster',
      name: 'Fire on 24F after a retrofit adds a roof booster pump',
      seed: 13,
      fire: { storey: 'F24', space: 'F24-2403' },
      changes: [{ set: { path: '/water/pumps', value: [ROOF_BOOSTER] } }],
      firefighters: [{ count: 6, enter: 'd-F1-exit-E', to: 'F24', start: 540 }],
      vehicles: [...vehicles],
    },
    {
      id: 'lift-out',
      name: 'Fire in 803, the only lift out of service',
      seed: 12,
      fire: { ...fire },
      changes: [{ block: 'L1' }],
      firefighters: crew.map((c) => ({ ...c })),
      vehicles: [...vehicles],
    },
  ];
  return b;
}
