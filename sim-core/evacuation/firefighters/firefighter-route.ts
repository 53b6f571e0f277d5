/**
 * The pure parts of a scenario firefighter group that both evacuation modes share (agent mode:
 * firefighter-groups.ts / step-firefighters.ts; hydraulic mode: ../hydraulic/firefighters.ts):
 *   - the route: the stair with the least empty-stair time from the entry door to storey `to`, the
 *     level walk to its landing (field distance / level speed) and the free stair speed (SFPE k-value
 *     speed × the profile's stairFactor × FIREFIGHTER_UP_FACTOR up, ÷ STAIR_UP_FACTOR down), and from
 *     them the closed-form arrival on an empty stair;
 *   - the walk traced down the landing's distance field (so a mode can say where on the floor a
 *     firefighter is);
 *   - the counterflow factor on a flight, max(COUNTERFLOW_MIN_FACTOR, 1 − D/SFPE_STOP_DENSITY).
 * The floor crowd factor (Weidmann) is floor-crowd.ts `floorCrowdFactor`.
 */
import type { Profile } from '../../../models/schema/profile.ts';
import {
  COUNTERFLOW_MIN_FACTOR,
  FIREFIGHTER_UP_FACTOR,
  SFPE_STOP_DENSITY,
  STAIR_UP_FACTOR,
} from '../constants.ts';
import type { BuildingLayout } from '../layout/building-layout.ts';
import { MOVES } from '../layout/nav-grid.ts';
import { fieldAt, goalField, type GoalSet } from '../navigation/goals.ts';
import type { StairInfo } from '../stairs/stair-network.ts';
import { sfpeSpeed } from '../stairs/stair-speed.ts';

/** What a route needs to know of the building: the indexed layout, goals, stairs and profiles. */
export interface FirefighterWorld {
  layout: BuildingLayout;
  goals: GoalSet;
  stairs: readonly StairInfo[];
  profiles: readonly Profile[];
}

export interface FirefighterRouteSpec {
  /** Door id they enter by. */
  enter: string;
  /** Storey id they go to. */
  to: string;
  /** Profile id (default the built-in `firefighter`). */
  profile?: string;
}

export interface FirefighterRoute {
  /** Stair index used, −1 if none reaches `to`; landing indices from and to; direction ±1. */
  stair: number;
  from: number;
  to: number;
  dir: number;
  /** Level walk (s) from the door to the landing on an empty floor (0: none). */
  walkTime: number;
  /** Free speed on the stair (m/s). */
  stairSpeed: number;
  /** Level speed (m/s). */
  level: number;
  /** Storey of the entry door (where the floor walk is). */
  storey: number;
  /** Midpoint of the entry door (m), where the walk starts. */
  doorX: number;
  doorY: number;
  /** walkTime + the flights' length / stairSpeed: the climb on an empty stair (s after `start`). */
  emptyTime: number;
}

/** The group's stair and empty-stair times; throws for an unknown door, storey or profile. */
export function firefighterRoute(w: FirefighterWorld, spec: FirefighterRouteSpec): FirefighterRoute {
  const L = w.layout;
  const d = L.doorIndex.get(spec.enter);
  const toStorey = L.storeyIndex.get(spec.to);
  if (d === undefined) throw new Error(`firefighters: no passable door "${spec.enter}"`);
  if (toStorey === undefined) throw new Error(`firefighters: no storey "${spec.to}"`);
  const profileId = spec.profile ?? 'firefighter';
  const prof: Profile | undefined = w.profiles.find((p) => p.id === profileId);
  if (!prof) throw new Error(`firefighters: no profile "${profileId}"`);
  // A constant level speed is what the built-in has; for a distribution take its mean or value.
  const sp = prof.speed;
  const level =
    sp.type === 'constant' ? sp.value : 'mean' in sp ? sp.mean : 'min' in sp ? (sp.min + sp.max) / 2 : 1.19;
  const door = L.doors[d]!;
  const mx = (door.ax + door.bx) / 2;
  const my = (door.ay + door.by) / 2;
  let best = { stair: -1, from: -1, to: -1, dir: 0, walk: Infinity, speed: 0, total: Infinity };
  w.stairs.forEach((st, s) => {
    if (!st.passable) return;
    const from = st.landings.findIndex((l) => l.storey === door.storey);
    const to = st.landings.findIndex((l) => l.storey === toStorey);
    if (from < 0 || to < 0) return;
    const goal = w.goals.landingGoal[s]![from]!;
    if (goal < 0) return;
    // A door straight into the landing space (a stair's own exit) needs no walk.
    const land = st.landings[from]!.space;
    const inside = door.spaceA === land || door.spaceB === land;
    const walk = from === to || inside ? 0 : fieldAt(L, w.goals.goals[goal]!, mx, my) / level;
    const dir = to > from ? 1 : -1;
    // Down: the ascent figure scaled by the engine's own down/up ratio (1 / STAIR_UP_FACTOR).
    const speed =
      sfpeSpeed(st.k, 0) * (prof.stairFactor ?? 1) * (dir > 0 ? FIREFIGHTER_UP_FACTOR : 1 / STAIR_UP_FACTOR);
    let len = 0;
    for (let j = Math.min(from, to); j < Math.max(from, to); j++) len += st.length[j]!;
    const total = walk + len / speed;
    if (total < best.total) best = { stair: s, from, to, dir, walk, speed, total };
  });
  return {
    stair: best.stair,
    from: best.from,
    to: best.to,
    dir: best.dir,
    walkTime: best.walk,
    stairSpeed: best.speed,
    level,
    storey: door.storey,
    doorX: mx,
    doorY: my,
    emptyTime: best.total,
  };
}

/**
 * The way from (x, y) to goal g on its storey: steepest descent of the goal's distance field over the
 * navigation grid's allowed steps (the field's own 16-neighbour stencil, so it never crosses a wall),
 * from the best cell within two of (x, y) — as fieldAt reads the field there — to the goal's door.
 * Per point: cell centre (m), field value there (m) and the cell's global space index.
 */
export function traceFieldPath(
  layout: BuildingLayout,
  goals: GoalSet,
  g: number,
  x: number,
  y: number,
): { x: Float64Array; y: Float64Array; f: Float64Array; space: Int32Array } {
  const goal = goals.goals[g]!;
  const field = goalField(layout, goal);
  const nav = layout.storeys[goal.storey]!.nav;
  const cx = Math.floor((x - nav.ox) / nav.h);
  const cy = Math.floor((y - nav.oy) / nav.h);
  let c = -1;
  for (let r = 0; r <= 2 && c < 0; r++)
    for (let dy = -r; dy <= r; dy++)
      for (let dx = -r; dx <= r; dx++) {
        const ex = cx + dx;
        const ey = cy + dy;
        if (ex < 0 || ey < 0 || ex >= nav.nx || ey >= nav.ny) continue;
        const e = ey * nav.nx + ex;
        if (field[e]! < Infinity && (c < 0 || field[e]! < field[c]!)) c = e;
      }
  const xs: number[] = [];
  const ys: number[] = [];
  const fs: number[] = [];
  const ss: number[] = [];
  const offset = MOVES.map(([dx, dy]) => dy * nav.nx + dx);
  while (c >= 0) {
    xs.push(nav.ox + ((c % nav.nx) + 0.5) * nav.h);
    ys.push(nav.oy + (Math.floor(c / nav.nx) + 0.5) * nav.h);
    fs.push(field[c]!);
    ss.push(nav.space[c]!);
    let next = -1;
    const mask = nav.moves[c]!;
    for (let k = 0; k < 16; k++) {
      if ((mask & (1 << k)) === 0) continue;
      const d = c + offset[k]!;
      if (field[d]! < (next < 0 ? field[c]! : field[next]!)) next = d;
    }
    c = next;
  }
  return {
    x: Float64Array.from(xs),
    y: Float64Array.from(ys),
    f: Float64Array.from(fs),
    space: Int32Array.from(ss),
  };
}

/**
 * Fraction of their free stair speed a firefighter keeps against `density` opposing people per m² of
 * the flight: 1 − D/SFPE_STOP_DENSITY, never below COUNTERFLOW_MIN_FACTOR (constants.ts: a Lifeline
 * heuristic, UNVERIFIED), so they are slowed, never stopped.
 */
export function counterflowFactor(density: number): number {
  const f = 1 - density / SFPE_STOP_DENSITY;
  return f < COUNTERFLOW_MIN_FACTOR ? COUNTERFLOW_MIN_FACTOR : f;
}
