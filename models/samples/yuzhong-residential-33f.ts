/**
 * Sample 1: a typical 2010s Chongqing residential tower on a hillside in Yuzhong: 33 storeys of 3.0 m
 * (99 m), 8 flats a floor, a scissor stair sharing a "three-in-one" front room with the fire lift,
 * one passenger lift, street exits at 1F (downhill, south) and 4F (a footbridge to the uphill street
 * on the west), a narrow fire lane with parked cars. Fictional building; dimensions typical.
 */
import { OUTSIDE, type Building } from '../schema/building.ts';
import type { Profile } from '../schema/profile.ts';
import { rect, rectPolygon, vSeg } from '../generator/geometry.ts';
import { mulberry32 } from '../generator/random.ts';
import { NIGHT_PREMOVEMENT } from '../generator/scenarios.ts';
import { generateTower } from '../generator/tower.ts';
import { householdSize, pumpIndex, removeDoor, storeyOf, unitSpaces } from './edit.ts';

export const YUZHONG_ID = 'yuzhong-residential-33f';

/** Typical, UNVERIFIED: a parent carrying an infant walks and climbs slower and takes more room. */
const CARRYING_INFANT: Profile = {
  id: 'adult-carrying-infant',
  name: 'Adult carrying an infant',
  speed: { type: 'normal', mean: 1.0, sd: 0.2, min: 0.5, max: 1.5 },
  radius: 0.28,
  premovement: { type: 'lognormal', mean: 180, sd: 90 },
  stairFactor: 0.8,
};

/**
 * Residents who cannot manage the stairs unaided (wheelchair, walking frame): the built-in
 * `mobility-impaired` profile, 2 % of the generated age mix. Source: the Second China National Sample
 * Survey on Disability (communiqué of 1 Dec 2006, China Disabled Persons' Federation / NBS): 6.34 % of
 * the population disabled, 44.16 of the 83 million aged 60+; physical (limb) disability 24.12 million,
 * 29.07 % of the disabled, about 1.8 % of the population (this split recalled, UNVERIFIED). Taken half
 * from the elderly and half from the adults (about half of the disabled are 60+). Not all of them
 * could not walk a stair: 2 % is an upper reading, a few per building, as a drill wants them.
 */
export const MOBILITY_IMPAIRED_SHARE = 0.02;

/** The generated residential mix with the mobility-impaired share taken from adults and elderly. */
function withImpaired(mix: readonly { profile: string; fraction: number }[]) {
  const out = mix.map((m) =>
    m.profile === 'adult' || m.profile === 'elderly'
      ? { ...m, fraction: Math.round((m.fraction - MOBILITY_IMPAIRED_SHARE / 2) * 1e6) / 1e6 }
      : { ...m },
  );
  out.push({ profile: 'mobility-impaired', fraction: MOBILITY_IMPAIRED_SHARE });
  return out;
}

/** Household sizes 1–5 (shares), typical for a Chongqing tower (UNVERIFIED); mean ≈ 2.9. */
const HOUSEHOLDS = [0.1, 0.25, 0.35, 0.2, 0.1];

export function buildYuzhongResidential(): Building {
  const b = generateTower({
    name: 'Yuzhong hillside residential tower, 33F (sample)',
    use: 'residential',
    storeys: 33,
    storeyHeight: 3,
    units: 8,
    stairs: 'scissor',
    fireLift: true,
    occupantsPerUnit: 3,
    // GB 50016 7.1.8 minimum width: narrow, and cars park on it.
    laneWidth: 4,
    parkedCars: 3,
    seed: 2014,
    station: { name: 'Yuzhong district fire station (assumed)', travelTime: 360 },
  });
  const rng = mulberry32(2014);
  b.builtYear = 2014;
  b.address = 'Yuzhong District, Chongqing (fictional)';

  // Hillside: the ground rises to the west. 1F's west end is against the slope (no exit there); at
  // 4F (z = 9 m) a footbridge from the west end of the corridor reaches the uphill street.
  removeDoor(b, 'd-F1-exit-W');
  const f4 = storeyOf(b, 'F4');
  const corr = f4.spaces.find((s) => s.id === 'F4-corr')!;
  const y0 = corr.polygon[0]![1];
  const y1 = corr.polygon[2]![1];
  f4.spaces.push({
    id: 'F4-bridge',
    kind: 'corridor',
    name: 'Footbridge to the uphill street',
    polygon: rectPolygon(rect(-6, y0, 0, y1)),
  });
  f4.doors!.push(
    {
      id: 'd-F4-bridge',
      spaces: ['F4-corr', 'F4-bridge'],
      segment: vSeg(0, y0 + 0.2, y1 - 0.2),
      kind: 'fire-door',
    },
    {
      id: 'd-F4-exit-uphill',
      name: 'Uphill street exit (4F)',
      spaces: ['F4-bridge', OUTSIDE],
      segment: vSeg(-6, y0 + 0.2, y1 - 0.2),
    },
  );

  // Households of 1–5; about one household in twelve has an infant carried by a parent.
  b.profiles = [CARRYING_INFANT];
  for (const { space } of unitSpaces(b)) {
    const count = householdSize(rng(), HOUSEHOLDS);
    const infant = rng() < 1 / 12 && count >= 2;
    space.occupants = infant
      ? {
          count,
          mix: [
            { profile: 'adult-carrying-infant', fraction: 1 / count },
            { profile: 'adult', fraction: 1 - 1 / count },
          ],
        }
      : space.occupants!.mix
        ? { count, mix: withImpaired(space.occupants!.mix) }
        : { count, profile: 'adult' };
    // A household leaves together (Lifeline extension `groups`, docs/model-format.md).
    if (count >= 2) space.occupants.groups = 'unit';
  }

  // Burglar bars flush with the wall on 1F–3F windows (common in Chongqing); a few upper flats have
  // protruding cages, some with an escape hatch.
  const protruding = new Set<string>();
  for (const { space } of unitSpaces(b)) if (rng() < 0.08) protruding.add(space.id);
  for (const o of b.facade!.openings!) {
    const floor = Number(o.storey.slice(1));
    const spaceId = o.id.replace(/^o-/, '').replace(/-\d+$/, '');
    if (o.kind === 'window' && floor <= 3) {
      o.net = 'flush';
      o.hatch = false;
    } else if (o.kind === 'window' && protruding.has(spaceId)) {
      o.net = 'protruding';
      o.hatch = rng() < 0.3;
    }
  }

  // Scenarios (the generated defaults are replaced).
  const fire = { storey: 'F12', space: 'F12-1203' };
  const crew = (start: number, enter = 'd-F1-exit-E') => [{ count: 6, enter, to: 'F12', start }];
  const vehicles = ['pumper-CB10/60', 'aerial-54', 'aerial-101'];
  const lane = b.site!.drivable!.find((d) => d.id === 'lane-1')!.polygon;
  const laneY0 = lane[0]![1];
  const laneY1 = lane[2]![1];
  // Just inside the west gate, west of the parked cars (which start 12 m in).
  const vanX = lane[0]![0] + 4;
  const laneMid = (laneY0 + laneY1) / 2;
  b.scenarios = [
    {
      id: 'baseline',
      name: 'Fire in flat 1203 (12F), everything working',
      seed: 12,
      fire: { ...fire },
      firefighters: crew(480),
      vehicles: [...vehicles],
    },
    {
      id: 'stairB-smoke',
      name: 'Fire in 1203, scissor stair B smoke-logged',
      seed: 13,
      fire: { ...fire },
      changes: [{ block: 'B' }],
      firefighters: crew(480),
      vehicles: [...vehicles],
    },
    {
      // Smoke spreads instead of closing the stair: the 12F corridor from 1 min, scissor stair B (its
      // door held open on 12F) from 2 min. People still use B, slower, and breathe the gases
      // (scenario extension `smoke`). The values are typical of a flat fire's smoke outside the
      // room of origin, UNVERIFIED: K_s (1/m), CO (ppm), CO2 and O2 (% by volume).
      id: 'stairB-smoke-spread',
      name: 'Fire in 1203, smoke in the 12F corridor from 1 min and in stair B from 2 min (B still used)',
      seed: 13,
      fire: { ...fire },
      changes: [
        { smoke: { target: 'F12-corr', extinction: 2, from: 60, co: 2000, co2: 3, o2: 18 } },
        { smoke: { target: 'B', extinction: 1, from: 120, co: 1000, co2: 1.5, o2: 19.5 } },
      ],
      firefighters: crew(480),
      vehicles: [...vehicles],
    },
    {
      id: 'pump-P1-failed',
      name: 'Fire in 1203, duty fire pump P1 fails; standby P2 starts',
      seed: 14,
      fire: { ...fire },
      changes: [
        { fail: 'P1' },
        { set: { path: `/water/pumps/${pumpIndex(b, 'P2')}/status`, value: 'open' } },
      ],
      firefighters: crew(480),
      vehicles: [...vehicles],
    },
    {
      id: 'lane-blocked-van',
      name: 'Fire in 1203, a delivery van stopped across the fire lane inside the west gate (appliances must come round by the east gate); a crew also enters from the uphill street',
      seed: 15,
      fire: { ...fire },
      changes: [
        {
          add: {
            obstacles: [
              {
                id: 'van-1',
                kind: 'parked-car',
                name: 'Delivery van',
                polygon: rectPolygon(rect(vanX, laneMid - 1, vanX + 5.5, laneMid + 1)),
                height: 2.2,
                removable: true,
              },
            ],
          },
        },
      ],
      firefighters: [...crew(480), { count: 4, enter: 'd-F4-exit-uphill', to: 'F12', start: 600 }],
      vehicles: [...vehicles],
    },
    {
      // The ~10 mobility-impaired residents (2 % of the mix) wait in the front rooms and are brought
      // down by the fire lift, as a drill of the lift's evacuation use (scenario extension fireLifts).
      id: 'fire-lift',
      name: 'Fire in 1203, mobility-impaired residents brought down by fire lift FL1',
      seed: 12,
      fire: { ...fire },
      fireLifts: ['FL1'],
      firefighters: crew(480),
      vehicles: [...vehicles],
    },
    {
      id: 'night',
      name: 'Fire in 1203 at 3 a.m.: residents asleep, slower to respond',
      seed: 16,
      fire: { ...fire },
      changes: [{ premovement: { ...NIGHT_PREMOVEMENT } }],
      firefighters: crew(480),
      vehicles: [...vehicles],
    },
  ];
  return b;
}
