/**
 * Building files for the published verification geometries, written in the Lifeline format and
 * validated like any user file (a test building that the validator refuses fails the test).
 */
import type { Building } from '../../../models/schema/building.ts';
import type { Profile } from '../../../models/schema/profile.ts';
import type { Point } from '../../../models/schema/common.ts';
import { validateBuilding } from '../../../models/load/load-building.ts';

type Storey = Building['storeys'][number];
type Space = Storey['spaces'][number];
type Door = NonNullable<Storey['doors']>[number];

export const rect = (x0: number, y0: number, x1: number, y1: number): Point[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];

export function space(
  id: string,
  polygon: Point[],
  occupants?: Space['occupants'],
  kind: Space['kind'] = 'room',
): Space {
  return occupants ? { id, kind, polygon, occupants } : { id, kind, polygon };
}

export function door(id: string, a: string, b: string, p: Point, q: Point): Door {
  return { id, spaces: [a, b], segment: [p, q] };
}

/** A constant-speed, zero-reaction adult (RiMEA/IMO component tests fix speed and reaction). */
export function fixedProfile(id: string, speed: number, premovement = 0, radius = 0.2): Profile {
  return {
    id,
    speed: { type: 'constant', value: speed },
    radius,
    premovement: { type: 'constant', value: premovement },
    stairFactor: 1,
  };
}

export function building(storeys: Storey[], extra: Partial<Building> = {}): Building {
  const value = {
    format: 'lifeline-building',
    version: 1,
    name: 'verification',
    use: 'other',
    storeys,
    stairs: [],
    ...extra,
  };
  const r = validateBuilding(value);
  if (!r.building) throw new Error('test building invalid: ' + JSON.stringify(r.errors.slice(0, 3)));
  return r.building;
}

/** `n` positions on a jittered grid filling the box (m), row by row from (x0, y0). */
export function gridPositions(
  n: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  spacing: number,
): Point[] {
  const out: Point[] = [];
  for (let y = y0 + spacing / 2; y < y1 && out.length < n; y += spacing)
    for (let x = x0 + spacing / 2; x < x1 && out.length < n; x += spacing) out.push([x, y]);
  if (out.length < n) throw new Error(`only ${out.length} of ${n} positions fit`);
  return out;
}

/**
 * A stair tower: `floors` storeys `height` m apart, each a 10 × 6 m room (occupants on every storey
 * but the ground one) opening onto a stair landing; the ground landing has the exit.
 */
export function stairTower(opts: {
  floors: number;
  height: number;
  perFloor: number;
  riser: number;
  tread: number;
  width: number;
  profile: string;
  profiles?: Profile[];
}): Building {
  const storeys: Storey[] = [];
  for (let k = 0; k < opts.floors; k++) {
    const id = `F${k + 1}`;
    const spaces: Space[] = [
      space(
        `${id}-room`,
        rect(0, 0, 10, 6),
        k > 0 && opts.perFloor > 0 ? { count: opts.perFloor, profile: opts.profile } : undefined,
      ),
      space(`${id}-stair`, rect(10, 0, 13, 6), undefined, 'stair'),
    ];
    const doors: Door[] = [door(`${id}-d`, `${id}-room`, `${id}-stair`, [10, 2.4], [10, 3.6])];
    if (k === 0) doors.push(door('exit', 'F1-stair', 'outside', [13, 2.4], [13, 3.6]));
    storeys.push({ id, elevation: k * opts.height, height: opts.height, spaces, doors });
  }
  return building(storeys, {
    ...(opts.profiles ? { profiles: opts.profiles } : {}),
    stairs: [
      {
        id: 'S',
        width: opts.width,
        riser: opts.riser,
        tread: opts.tread,
        enclosure: 'enclosed',
        landings: storeys.map((s) => ({ storey: s.id, space: `${s.id}-stair` })),
      },
    ],
  });
}

/** The fire-lift test tower (fire-lifts.test.ts): storey height (m) and the lift's numbers. */
export const LIFT_TOWER = { HEIGHT: 3, LIFT: { capacity: 4, speed: 1.5, doorTime: 8 } } as const;

/** The built-in profile with its random pre-movement fixed at 0, so everyone waits from t = dt. */
const impaired: Profile = {
  id: 'mobility-impaired',
  speed: { type: 'constant', value: 0.6 },
  radius: 0.35,
  premovement: { type: 'constant', value: 0 },
  stairFactor: 0.5,
};

/** Six storeys: a 10 × 6 m room, a stair (x 10–13) and a lift lobby (x −3–0) on each; the exit
 * leaves the ground stair. `lobby[k]` persons wait in storey k's lobby, `room[k]` in its room. */
export function liftTower(
  lobby: Record<number, number>,
  room: Record<number, number> = {},
  passable = true,
): Building {
  const storeys = [];
  for (let k = 1; k <= 6; k++) {
    const id = `F${k}`;
    const inLobby = lobby[k] ?? 0;
    const inRoom = room[k] ?? 0;
    storeys.push({
      id,
      elevation: (k - 1) * LIFT_TOWER.HEIGHT,
      height: LIFT_TOWER.HEIGHT,
      spaces: [
        space(
          `${id}-room`,
          rect(0, 0, 10, 6),
          inRoom > 0
            ? { positions: gridPositions(inRoom, 4, 0, 10, 6, 0.9), profile: 'mobility-impaired' }
            : undefined,
        ),
        space(`${id}-stair`, rect(10, 0, 13, 6), undefined, 'stair'),
        space(
          `${id}-lobby`,
          rect(-3, 0, 0, 6),
          inLobby > 0
            ? { positions: gridPositions(inLobby, -3, 0, 0, 6, 0.8), profile: 'mobility-impaired' }
            : undefined,
          'elevator-lobby',
        ),
      ],
      doors: [
        door(`${id}-d`, `${id}-room`, `${id}-stair`, [10, 2.4], [10, 3.6]),
        door(`${id}-l`, `${id}-lobby`, `${id}-room`, [0, 2.4], [0, 3.6]),
        ...(k === 1 ? [door('exit', 'F1-stair', 'outside', [13, 2.4], [13, 3.6])] : []),
      ],
    });
  }
  return building(storeys, {
    profiles: [impaired],
    stairs: [
      {
        id: 'S',
        width: 1.2,
        riser: 0.165,
        tread: 0.305,
        enclosure: 'enclosed',
        landings: storeys.map((s) => ({ storey: s.id, space: `${s.id}-stair` })),
      },
    ],
    elevators: [
      {
        id: 'FL',
        fire: true,
        ...LIFT_TOWER.LIFT,
        stops: storeys.map((s) => ({ storey: s.id, space: `${s.id}-lobby` })),
        ...(passable ? {} : { passable: false }),
      },
    ],
  });
}

/** A 4-storey stair tower (25 adults a storey) with a scenario `crew`: 2 firefighters from the exit to F4 at 20 s. */
export function crewTower(): Building {
  const tower = stairTower({
    floors: 4,
    height: 3,
    perFloor: 25,
    riser: 0.17,
    tread: 0.28,
    width: 1.2,
    profile: 'adult',
  });
  tower.scenarios = [
    { id: 'crew', seed: 11, changes: [], firefighters: [{ count: 2, enter: 'exit', to: 'F4', start: 20 }] },
  ];
  return tower;
}
