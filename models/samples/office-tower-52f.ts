/**
 * Sample 3: a super-high-rise office tower: 52 storeys of 4.2 m (218.4 m) with refuge floors, a
 * 4-storey podium mall (a deeper footprint: a mall street and shops on the north side, with its own
 * two stairs), two stairs and two fire lifts, and a two-stage fire-water system (transfer pumps, a
 * transfer tank on a refuge floor, a PRV zone). Fictional building; dimensions typical.
 */
import { OUTSIDE, type Building } from '../schema/building.ts';
import type { Profile } from '../schema/profile.ts';
import type { Door, Space, Storey } from '../schema/storey.ts';
import { facadeOpenings } from '../generator/facade.ts';
import { hSeg, rect, rectPolygon, vSeg } from '../generator/geometry.ts';
import { generateTower } from '../generator/tower.ts';
import { storeyOf } from './edit.ts';

export const OFFICE_TOWER_ID = 'office-tower-52f';

/** Typical, UNVERIFIED: staff who know the building and have fire wardens start sooner than residents. */
const OFFICE_WORKER: Profile = {
  id: 'office-worker',
  name: 'Office worker',
  speed: { type: 'normal', mean: 1.34, sd: 0.26, min: 0.5, max: 2.2 },
  radius: 0.2,
  premovement: { type: 'lognormal', mean: 90, sd: 45 },
  stairFactor: 1,
};

/** Typical, UNVERIFIED: shoppers, unfamiliar with the exits, some with bags or children. */
const SHOPPER: Profile = {
  id: 'shopper',
  name: 'Shopper',
  speed: { type: 'normal', mean: 1.2, sd: 0.25, min: 0.5, max: 2 },
  radius: 0.22,
  premovement: { type: 'lognormal', mean: 60, sd: 30 },
  stairFactor: 0.95,
};

const PODIUM_STOREYS = 4;
/**
 * Shop occupant density (persons/m²): GB 50016-2014 (2018 ed.) 5.5.21 table (recalled, UNVERIFIED):
 * above ground 1F–2F 0.43–0.60, 3F 0.39–0.54, 4F and up 0.30–0.42. The samples take the lower bound.
 */
const SHOP_DENSITY = [0.43, 0.43, 0.39, 0.3];
/** Podium extension (m): a 4 m mall street and 12 m deep shops north of the tower (typical). */
const MALL = { street: 4, shopDepth: 12, shops: 4 } as const;
/** Podium stairs C and D at the ends of the mall street: 1.5 m flights, 3.2 m wide shafts (typical). */
const PODIUM_STAIR = { width: 1.5, shaft: 3.2 } as const;

function podium(storey: Storey, n: number, width: number, depth: number): void {
  const sid = storey.id;
  const density = SHOP_DENSITY[n - 1]!;
  // The tower's flats of the podium storeys are shops.
  for (const sp of storey.spaces) {
    if (sp.kind !== 'room') continue;
    sp.kind = 'shop';
    sp.name = `Shop ${sp.unit}`;
    sp.occupants = { density, profile: 'shopper' };
  }
  const y0 = depth;
  const y1 = depth + MALL.street;
  const y2 = y1 + MALL.shopDepth;
  const street = `${sid}-mall`;
  const spaces: Space[] = [
    { id: street, kind: 'corridor', name: 'Mall street', polygon: rectPolygon(rect(0, y0, width, y1)) },
  ];
  const doors: Door[] = [];
  // The north-row shops of the tower also open onto the mall street.
  for (const sp of storey.spaces) {
    if (sp.kind !== 'shop') continue;
    const [a, , c] = sp.polygon;
    if (Math.abs(c![1] - y0) > 1e-6) continue;
    const mid = (a![0] + c![0]) / 2;
    doors.push({ id: `d-${sp.id}-mall`, spaces: [sp.id, street], segment: hSeg(y0, mid - 0.75, mid + 0.75) });
  }
  const w = width / MALL.shops;
  for (let i = 0; i < MALL.shops; i++) {
    const unit = `${n}S${i + 1}`;
    const id = `${sid}-S${i + 1}`;
    spaces.push({
      id,
      kind: 'shop',
      name: `Shop ${unit}`,
      unit,
      polygon: rectPolygon(rect(i * w, y1, (i + 1) * w, y2)),
      occupants: { density, profile: 'shopper' },
    });
    const mid = (i + 0.5) * w;
    doors.push({ id: `d-${id}`, spaces: [id, street], segment: hSeg(y1, mid - 1, mid + 1) });
    if (n === 1)
      doors.push({
        id: `d-${id}-street`,
        name: 'Street door',
        spaces: [id, OUTSIDE],
        segment: hSeg(y2, mid - 1, mid + 1),
      });
  }
  // Podium stairs at the two ends of the mall street.
  const stairs: [string, number, number, number][] = [
    ['C', -PODIUM_STAIR.shaft, 0, -PODIUM_STAIR.shaft],
    ['D', width, width + PODIUM_STAIR.shaft, width + PODIUM_STAIR.shaft],
  ];
  for (const [id, x0, x1, xOut] of stairs) {
    const stair = `${sid}-stair${id}`;
    const xIn = id === 'C' ? x1 : x0;
    spaces.push({
      id: stair,
      kind: 'stair',
      name: `Podium stair ${id}`,
      polygon: rectPolygon(rect(x0, y0, x1, y1)),
    });
    doors.push({
      id: `d-${stair}`,
      spaces: [street, stair],
      segment: vSeg(xIn, y0 + 0.4, y0 + 0.4 + PODIUM_STAIR.width),
      kind: 'fire-door',
    });
    if (n === 1) {
      doors.push({
        id: `d-${stair}-exit`,
        name: `Podium stair ${id} exit`,
        spaces: [stair, OUTSIDE],
        segment: vSeg(xOut, y0 + 0.4, y0 + 0.4 + PODIUM_STAIR.width),
      });
    }
  }
  storey.spaces.push(...spaces);
  storey.doors!.push(...doors);
}

export function buildOfficeTower(): Building {
  const b = generateTower({
    name: 'Office tower with podium mall, 52F (sample)',
    use: 'office',
    storeys: 52,
    storeyHeight: 4.2,
    units: 8,
    stairs: 'two',
    fireLift: true,
    // Two fire lifts and two passenger lifts: the model's one core stands for the real lift banks.
    lifts: { fire: 2, passenger: 2 },
    occupantsPerUnit: 12,
    laneWidth: 7,
    parkedCars: 2,
    seed: 52,
    station: { name: 'CBD special service station (assumed)', travelTime: 300 },
    // Zone at 0.8 MPa static rather than the 1.0 MPa limit (GB 50974 6.2.1): keeps the podium mall
    // on its own PRV zone, a common design choice (typical).
    water: { maxHydrantStatic: 0.8 },
  });
  b.builtYear = 2019;
  b.address = 'Jiangbei CBD, Chongqing (fictional)';
  b.profiles = [OFFICE_WORKER, SHOPPER];
  for (const s of b.storeys) {
    for (const sp of s.spaces) if (sp.occupants?.profile === 'adult') sp.occupants.profile = 'office-worker';
  }

  const corridor = storeyOf(b, 'F1').spaces.find((s) => s.kind === 'corridor')!;
  const width = corridor.polygon[1]![0];
  const depth = storeyOf(b, 'F1').spaces.reduce((m, s) => Math.max(m, ...s.polygon.map((p) => p[1])), 0);
  for (let n = 1; n <= PODIUM_STOREYS; n++) podium(storeyOf(b, `F${n}`), n, width, depth);
  for (const id of ['C', 'D']) {
    b.stairs.push({
      id,
      name: `Podium stair ${id}`,
      width: PODIUM_STAIR.width,
      riser: 0.16,
      tread: 0.28,
      // GB 50016 5.5.12 (recalled): podium stairs may be enclosed.
      enclosure: 'enclosed',
      landings: Array.from({ length: PODIUM_STOREYS }, (_, i) => ({
        storey: `F${i + 1}`,
        space: `F${i + 1}-stair${id}`,
      })),
    });
  }
  // Openings again, now that the podium covers the tower's north wall on 1F–4F.
  b.facade = { openings: facadeOpenings(b.storeys, { use: 'office', rescueFaceY: 0 }) };
  // The site's boundary must take in the deeper podium.
  const boundary = b.site!.boundary!;
  const north = depth + MALL.street + MALL.shopDepth + 10;
  b.site!.boundary = boundary.map(([x, y]) => [x, Math.max(y, y > 0 ? north : y)]);

  const fire = { storey: 'F30', space: 'F30-3003' };
  const crew = [{ count: 8, enter: 'd-F1-stairA-exit', to: 'F30', start: 480 }];
  const vehicles = ['pumper-CB10/60', 'high-pressure-40', 'aerial-101'];
  b.scenarios = [
    {
      id: 'baseline',
      name: 'Fire in office 3003 (30F), full evacuation, everything working',
      seed: 30,
      fire: { ...fire },
      firefighters: crew,
      vehicles: [...vehicles],
    },
    {
      id: 'stairA-smoke',
      name: 'Fire in 3003 with stair A smoke-logged: everyone on stair B or a refuge floor',
      seed: 31,
      fire: { ...fire },
      changes: [{ block: 'A' }],
      firefighters: crew.map((c) => ({ ...c, enter: 'd-F1-stairB-exit' })),
      vehicles: [...vehicles],
    },
    {
      id: 'transfer-pump-failed',
      name: 'Fire in 3003, duty transfer pump TP1 fails and the standby does not start',
      seed: 32,
      fire: { ...fire },
      changes: [{ fail: 'TP1' }],
      firefighters: crew.map((c) => ({ ...c })),
      vehicles: [...vehicles],
    },
    {
      id: 'prv-stuck-open',
      name: 'Fire in 3003 with its hydrant zone PRV stuck open: over-pressure at that zone’s hydrants',
      seed: 33,
      fire: { ...fire },
      changes: [{ fail: 'PRV-S2-Z2', mode: 'open' }],
      firefighters: crew.map((c) => ({ ...c })),
      vehicles: [...vehicles],
    },
    {
      id: 'mall-busy',
      name: 'Fire in shop 2S2 on a busy Saturday: podium shops at the upper density bound',
      seed: 34,
      fire: { storey: 'F2', space: 'F2-S2' },
      changes: [1, 2, 3, 4].map((n) => ({
        occupants: { storey: `F${n}`, density: [0.6, 0.6, 0.54, 0.42][n - 1]!, profile: 'shopper' },
      })),
      firefighters: [{ count: 8, enter: 'd-F1-stairC-exit', to: 'F2', start: 420 }],
      vehicles: [...vehicles],
    },
  ];
  return b;
}
