/**
 * The plan of one storey: units on both sides of a straight corridor, with the core (stairs, their
 * front rooms, the lift lobby and shafts) in the south row. Every storey of a tower uses the same
 * plan; storey.ts turns it into spaces and doors.
 *
 *   y = depth  ┌──────┬──────┬──────┬──────┐
 *              │  1   │  2   │  3   │  4   │   north row: units
 *              ├──────┴──────┴──────┴──────┤
 *              │          corridor         │
 *              ├──────┬─────────────┬──────┤
 *              │  6   │ lobby/front │  5   │   south row: units + core
 *              │      │stairs│shafts│      │   (shafts: an "other" space without doors)
 *   y = 0      └──────┴──────┴──────┴──────┘   ← the fire lane and rescue site are south
 *
 * Stair blocks reach the south wall so that at ground level each stair has its own exit to outside
 * (GB 50016-2014 (2018 ed.) 5.5.17: stairs discharge directly outside at the ground floor).
 */
import type { Point, Segment } from '../schema/common.ts';
import { STAIR_DOOR_WIDTH, STAIR_WIDTH, UNIT_DOOR_WIDTH } from './codes.ts';
import { hSeg, pt, rect, vSeg, type Rect } from './geometry.ts';
import type { StairKind, TowerUse } from './options.ts';

/** Typical plan dimensions (m); not from a code: common 2010s Chongqing towers and office floors. */
export const PLAN_DIMENSIONS = {
  // A 2–3 room flat of ≈ 75 m²: 7.2 m frontage × 10.5 m depth (typical).
  residential: { unitWidth: 7.2, unitDepth: 10.5, corridorWidth: 1.8 },
  // An office tenancy of ≈ 108 m²: 9 m (one structural bay) × 12 m (typical).
  office: { unitWidth: 9, unitDepth: 12, corridorWidth: 2.2 },
} as const;

/**
 * Depth of a front room or lift lobby (m). GB 50016-2014 (2018 ed.) 5.5.28 (recalled, UNVERIFIED):
 * a front room shared by a scissor stair and a fire lift has a short side ≥ 2.4 m and ≥ 12 m².
 */
export const FRONT_ROOM_DEPTH = 2.6;

/** One scissor stair of the pair: the flight width plus walls and handrail (typical). */
export const SCISSOR_STAIR_WIDTH = STAIR_WIDTH + 0.4;

/** A dog-leg stair: two flights side by side and a 0.2 m well (typical). */
export const DOGLEG_STAIR_WIDTH = 2 * STAIR_WIDTH + 0.2;

/** One lift shaft, plan (m): typical for an 800–1350 kg car. */
export const LIFT_SHAFT = { width: 2.4, depth: 2.6 } as const;

/** Front-room and lift-lobby doors to the corridor (m): a 1.5 m double fire door (typical). */
const LOBBY_DOOR_WIDTH = 1.5;

/** Clearance between a door and the corner of the wall it sits in (m). */
const DOOR_MARGIN = 0.2;

export type StairId = 'A' | 'B';
export type CoreRoomSuffix = 'lobby' | 'frontA' | 'frontB';

export interface PlanInput {
  use: TowerUse;
  units: number;
  /** `none`: a one-storey building has no stairs. */
  stairs: StairKind | 'none';
  /** Number of lift shafts in the core. */
  lifts: number;
}

export interface UnitSlot {
  /** 1-based, clockwise from the north-west corner. */
  index: number;
  side: 'north' | 'south';
  rect: Rect;
  /** The unit door on the corridor wall. */
  door: Segment;
}

export interface CoreRoom {
  suffix: CoreRoomSuffix;
  kind: 'lobby' | 'elevator-lobby';
  rect: Rect;
  /** Door to the corridor. */
  door: Segment;
}

export interface CoreStair {
  id: StairId;
  rect: Rect;
  /** The core room the stair opens from. */
  from: CoreRoomSuffix;
  /** Door between that room and the stair. */
  door: Segment;
  /** Ground-floor exit to outside, on the south wall. */
  exit: Segment;
}

export interface PlanLayout {
  width: number;
  depth: number;
  unitDepth: number;
  corridorWidth: number;
  corridor: Rect;
  units: UnitSlot[];
  rooms: CoreRoom[];
  stairs: CoreStair[];
  /** The core room where the lifts stop, if there are lifts. */
  liftLobby: CoreRoomSuffix | undefined;
  liftShafts: Rect[];
  /** The core block below the lift lobby: shafts and services, no public access. */
  services: Rect | undefined;
  /** Exits at the two ends of the corridor (used at ground level). */
  endExits: { west: Segment; east: Segment };
  /** Where the indoor hydrants are, on the corridor. */
  hydrants: Point[];
}

type Block =
  | { kind: 'unit'; width: number }
  | { kind: 'gap'; width: number }
  | { kind: 'scissor'; width: number }
  | { kind: 'stair'; id: StairId; width: number }
  | { kind: 'lifts'; width: number };

/** A door of `width` centred on the horizontal wall y between x0 and x1. */
function centredDoor(y: number, x0: number, x1: number, width: number): Segment {
  const w = Math.min(width, x1 - x0 - 2 * DOOR_MARGIN);
  const c = (x0 + x1) / 2;
  return hSeg(y, c - w / 2, c + w / 2);
}

export function planLayout(input: PlanInput): PlanLayout {
  const dims = PLAN_DIMENSIONS[input.use];
  const { unitWidth, unitDepth: du, corridorWidth: wc } = dims;
  const nNorth = Math.ceil(input.units / 2);
  const nSouth = input.units - nNorth;
  const liftsWidth = input.lifts * LIFT_SHAFT.width;

  // The south row, west to east.
  const left: Block[] = [];
  const right: Block[] = [];
  const core: Block[] = [];
  for (let i = 0; i < Math.floor(nSouth / 2); i++) left.push({ kind: 'unit', width: unitWidth });
  for (let i = Math.floor(nSouth / 2); i < nSouth; i++) right.push({ kind: 'unit', width: unitWidth });
  let blocks: Block[];
  if (input.stairs === 'scissor') {
    core.push({ kind: 'scissor', width: 2 * SCISSOR_STAIR_WIDTH + liftsWidth });
    blocks = [...left, ...core, ...right];
  } else if (input.stairs === 'single') {
    core.push({ kind: 'stair', id: 'A', width: DOGLEG_STAIR_WIDTH });
    if (input.lifts > 0) core.push({ kind: 'lifts', width: liftsWidth });
    blocks = [...left, ...core, ...right];
  } else if (input.stairs === 'two') {
    // The two stairs at the two ends of the row, as far apart as the plan allows
    // (GB 50016-2014 (2018 ed.) 5.5.2: exits ≥ 5 m apart).
    const lifts: Block[] = input.lifts > 0 ? [{ kind: 'lifts', width: liftsWidth }] : [];
    blocks = [
      { kind: 'stair', id: 'A', width: DOGLEG_STAIR_WIDTH },
      ...left,
      ...lifts,
      ...right,
      { kind: 'stair', id: 'B', width: DOGLEG_STAIR_WIDTH },
    ];
  } else {
    const lifts: Block[] = input.lifts > 0 ? [{ kind: 'lifts', width: liftsWidth }] : [];
    blocks = [...left, ...lifts, ...right];
  }

  // Both rows span the same width; the narrower row's units are stretched, or a gap is left.
  const fixed = blocks.filter((b) => b.kind !== 'unit').reduce((s, b) => s + b.width, 0);
  const width = Math.max(nNorth * unitWidth, nSouth * unitWidth + fixed);
  if (nSouth > 0) {
    const southUnit = (width - fixed) / nSouth;
    for (const b of blocks) if (b.kind === 'unit') b.width = southUnit;
  } else if (width > fixed) {
    blocks.splice(Math.ceil(blocks.length / 2), 0, { kind: 'gap', width: width - fixed });
  }
  const northUnit = width / nNorth;
  const depth = 2 * du + wc;
  const yFront = du - FRONT_ROOM_DEPTH;

  const units: UnitSlot[] = [];
  for (let i = 0; i < nNorth; i++) {
    const r = rect(i * northUnit, du + wc, (i + 1) * northUnit, depth);
    units.push({
      index: i + 1,
      side: 'north',
      rect: r,
      door: centredDoor(r.y0, r.x0, r.x1, UNIT_DOOR_WIDTH[input.use]),
    });
  }
  const southUnits: UnitSlot[] = [];
  const rooms: CoreRoom[] = [];
  const stairs: CoreStair[] = [];
  const liftShafts: Rect[] = [];
  let liftLobby: CoreRoomSuffix | undefined;
  let services: Rect | undefined;
  const stairAt = (id: StairId, x0: number, x1: number, from: CoreRoomSuffix): void => {
    const door = hSeg(yFront, x0 + DOOR_MARGIN, x0 + DOOR_MARGIN + STAIR_DOOR_WIDTH);
    const exit = hSeg(0, x0 + DOOR_MARGIN, x0 + DOOR_MARGIN + STAIR_DOOR_WIDTH);
    stairs.push({ id, rect: rect(x0, 0, x1, yFront), from, door, exit });
  };
  const shaftsAt = (x0: number): void => {
    for (let i = 0; i < input.lifts; i++) {
      const x = x0 + i * LIFT_SHAFT.width;
      liftShafts.push(rect(x, yFront - LIFT_SHAFT.depth, x + LIFT_SHAFT.width, yFront));
    }
  };
  let x = 0;
  for (const b of blocks) {
    const x1 = x + b.width;
    if (b.kind === 'unit') {
      const r = rect(x, 0, x1, du);
      southUnits.push({
        index: 0,
        side: 'south',
        rect: r,
        door: centredDoor(du, x, x1, UNIT_DOOR_WIDTH[input.use]),
      });
    } else if (b.kind === 'scissor') {
      // Scissor pair in one shaft, sharing one front room with the lifts ("three-in-one" front room).
      const kind = input.lifts > 0 ? 'elevator-lobby' : 'lobby';
      rooms.push({
        suffix: 'lobby',
        kind,
        rect: rect(x, yFront, x1, du),
        door: centredDoor(du, x, x1, LOBBY_DOOR_WIDTH),
      });
      stairAt('A', x, x + SCISSOR_STAIR_WIDTH, 'lobby');
      stairAt('B', x + SCISSOR_STAIR_WIDTH, x + 2 * SCISSOR_STAIR_WIDTH, 'lobby');
      if (input.lifts > 0) {
        liftLobby = 'lobby';
        shaftsAt(x + 2 * SCISSOR_STAIR_WIDTH);
        services = rect(x + 2 * SCISSOR_STAIR_WIDTH, 0, x1, yFront);
      }
    } else if (b.kind === 'stair') {
      const suffix: CoreRoomSuffix = b.id === 'A' ? 'frontA' : 'frontB';
      rooms.push({
        suffix,
        kind: 'lobby',
        rect: rect(x, yFront, x1, du),
        door: centredDoor(du, x, x1, STAIR_DOOR_WIDTH),
      });
      stairAt(b.id, x, x1, suffix);
    } else if (b.kind === 'lifts') {
      rooms.push({
        suffix: 'lobby',
        kind: 'elevator-lobby',
        rect: rect(x, yFront, x1, du),
        door: centredDoor(du, x, x1, LOBBY_DOOR_WIDTH),
      });
      liftLobby = 'lobby';
      shaftsAt(x);
      services = rect(x, 0, x1, yFront);
    }
    x = x1;
  }
  // South units are numbered east to west, continuing clockwise from the north row.
  southUnits.reverse().forEach((u, i) => units.push({ ...u, index: nNorth + i + 1 }));

  const corridor = rect(0, du, width, du + wc);
  // GB 50974-2014 7.4.10 (recalled, UNVERIFIED): hydrants ≤ 30 m apart in high-rise buildings.
  const nHydrants = Math.max(1, Math.ceil(width / 30));
  const hydrants: Point[] = [];
  for (let i = 0; i < nHydrants; i++) hydrants.push(pt((width * (2 * i + 1)) / (2 * nHydrants), du + 0.3));
  return {
    width,
    depth,
    unitDepth: du,
    corridorWidth: wc,
    corridor,
    units,
    rooms,
    stairs,
    liftLobby,
    liftShafts,
    services,
    endExits: {
      west: vSeg(0, du + DOOR_MARGIN, du + wc - DOOR_MARGIN),
      east: vSeg(width, du + DOOR_MARGIN, du + wc - DOOR_MARGIN),
    },
    hydrants,
  };
}
