/**
 * Scenario `firefighters`: groups who enter by a door at `start` and climb (or descend) a stair to
 * storey `to`, against the evacuating flow. Each firefighter walks from the door to the stair landing
 * on the entry storey down the landing's distance field (the path is traced once per group), at
 * their level speed slowed by the evacuees around them (floor-crowd.ts), then flight by flight along
 * the 1-D stair lanes (stair-lanes.ts): at
 * the free stair speed of their profile, slowed by the people coming the other way (counterflow
 * factor, constants.ts), never stopped. They count as people on the flight for the evacuees' SFPE
 * density, so they slow the descending crowd too. The stair is the one with the least empty-stair
 * time from the door; the same climb on an empty stair is computed in closed form and the group's
 * delay is its arrival minus that.
 */
import type { Profile } from '../../../models/schema/profile.ts';
import { FIREFIGHTER_UP_FACTOR, STAIR_UP_FACTOR } from '../constants.ts';
import { fieldAt, goalField } from '../navigation/goals.ts';
import { MOVES } from '../layout/nav-grid.ts';
import type { Sim } from '../run/sim-state.ts';
import { sfpeSpeed } from '../stairs/stair-speed.ts';

export interface FirefighterGroupSpec {
  count: number;
  /** Door id they enter by. */
  enter: string;
  /** Storey id they go to. */
  to: string;
  /** Seconds after the alarm. */
  start: number;
  /** Profile id (default the built-in `firefighter`). */
  profile?: string;
}

export const FF_WAITING = 0;
export const FF_WALKING = 1;
export const FF_CLIMBING = 2;
export const FF_ARRIVED = 3;
export const FF_NO_ROUTE = 4;

export interface Firefighters {
  groups: {
    spec: FirefighterGroupSpec;
    /** Stair index used, −1 if none reaches `to`; landing indices from and to; direction ±1. */
    stair: number;
    from: number;
    to: number;
    dir: number;
    /** Level walk (s) from the door to the landing on an empty floor, and free speed on the stair (m/s). */
    walkTime: number;
    stairSpeed: number;
    /** Storey of the entry door (where the floor walk is). */
    storey: number;
    /** Level speed (m/s) and the walk's length in field metres (walkTime × level). */
    level: number;
    walk: number;
    /** The walk traced down the landing's field from the door: cell centres (m) and field value
     * there (m), from the door (largest) to the landing door (0). Empty if there is no walk. */
    pathX: Float64Array;
    pathY: Float64Array;
    pathF: Float64Array;
    /** Arrival on an empty stair (s after the alarm). */
    emptyArrival: number;
  }[];
  /** Per firefighter (struct of arrays). */
  n: number;
  group: Int32Array;
  state: Uint8Array;
  /** Landing they are leaving (while climbing) and position along the flight (m); while walking on
   * the floor, `pos` is the field distance (m) still to go and `pathAt` their point on the path. */
  landing: Int32Array;
  pos: Float64Array;
  pathAt: Int32Array;
  /** Time when they reach the first landing (s). */
  atStair: Float64Array;
  arrival: Float64Array;
}

export function createFirefighters(sim: Sim, specs: readonly FirefighterGroupSpec[]): Firefighters {
  const L = sim.layout;
  let n = 0;
  for (const g of specs) n += g.count;
  const ff: Firefighters = {
    groups: [],
    n,
    group: new Int32Array(n),
    state: new Uint8Array(n),
    landing: new Int32Array(n).fill(-1),
    pos: new Float64Array(n),
    pathAt: new Int32Array(n),
    atStair: new Float64Array(n),
    arrival: new Float64Array(n).fill(NaN),
  };
  let k = 0;
  specs.forEach((spec, gi) => {
    const d = L.doorIndex.get(spec.enter);
    const toStorey = L.storeyIndex.get(spec.to);
    if (d === undefined) throw new Error(`firefighters: no passable door "${spec.enter}"`);
    if (toStorey === undefined) throw new Error(`firefighters: no storey "${spec.to}"`);
    const profileId = spec.profile ?? 'firefighter';
    const prof: Profile | undefined = sim.pop.profiles.find((p) => p.id === profileId);
    if (!prof) throw new Error(`firefighters: no profile "${profileId}"`);
    // A constant level speed is what the built-in has; for a distribution take its mean or value.
    const sp = prof.speed;
    const level =
      sp.type === 'constant' ? sp.value : 'mean' in sp ? sp.mean : 'min' in sp ? (sp.min + sp.max) / 2 : 1.19;
    const door = L.doors[d]!;
    const mx = (door.ax + door.bx) / 2;
    const my = (door.ay + door.by) / 2;
    let best = { stair: -1, from: -1, to: -1, dir: 0, walk: Infinity, speed: 0, total: Infinity };
    sim.stairs.forEach((st, s) => {
      if (!st.passable) return;
      const from = st.landings.findIndex((l) => l.storey === door.storey);
      const to = st.landings.findIndex((l) => l.storey === toStorey);
      if (from < 0 || to < 0) return;
      const goal = sim.goals.landingGoal[s]![from]!;
      if (goal < 0) return;
      // A door straight into the landing space (a stair's own exit) needs no walk.
      const land = st.landings[from]!.space;
      const inside = door.spaceA === land || door.spaceB === land;
      const walk = from === to || inside ? 0 : fieldAt(L, sim.goals.goals[goal]!, mx, my) / level;
      const dir = to > from ? 1 : -1;
      // Down: the ascent figure scaled by the engine's own down/up ratio (1 / STAIR_UP_FACTOR).
      const speed =
        sfpeSpeed(st.k, 0) *
        (prof.stairFactor ?? 1) *
        (dir > 0 ? FIREFIGHTER_UP_FACTOR : 1 / STAIR_UP_FACTOR);
      let len = 0;
      for (let j = Math.min(from, to); j < Math.max(from, to); j++) len += st.length[j]!;
      const total = walk + len / speed;
      if (total < best.total) best = { stair: s, from, to, dir, walk, speed, total };
    });
    const path =
      best.stair >= 0 && best.walk > 0
        ? tracePath(sim, sim.goals.landingGoal[best.stair]![best.from]!, mx, my)
        : { x: new Float64Array(0), y: new Float64Array(0), f: new Float64Array(0) };
    ff.groups.push({
      spec,
      stair: best.stair,
      from: best.from,
      to: best.to,
      dir: best.dir,
      walkTime: best.walk,
      stairSpeed: best.speed,
      storey: door.storey,
      level,
      walk: best.walk * level,
      pathX: path.x,
      pathY: path.y,
      pathF: path.f,
      emptyArrival: spec.start + best.total,
    });
    for (let m = 0; m < spec.count; m++, k++) {
      ff.group[k] = gi;
      ff.state[k] = best.stair < 0 ? FF_NO_ROUTE : FF_WAITING;
    }
  });
  return ff;
}

/**
 * The way from (x, y) to goal g on its storey: steepest descent of the goal's distance field over the
 * navigation grid's allowed steps (the field's own 16-neighbour stencil, so it never crosses a wall),
 * from the best cell within two of (x, y) — as fieldAt reads the field there — to the goal's door.
 */
function tracePath(
  sim: Sim,
  g: number,
  x: number,
  y: number,
): { x: Float64Array; y: Float64Array; f: Float64Array } {
  const goal = sim.goals.goals[g]!;
  const field = goalField(sim.layout, goal);
  const nav = sim.layout.storeys[goal.storey]!.nav;
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
  const offset = MOVES.map(([dx, dy]) => dy * nav.nx + dx);
  while (c >= 0) {
    xs.push(nav.ox + ((c % nav.nx) + 0.5) * nav.h);
    ys.push(nav.oy + (Math.floor(c / nav.nx) + 0.5) * nav.h);
    fs.push(field[c]!);
    let next = -1;
    const mask = nav.moves[c]!;
    for (let k = 0; k < 16; k++) {
      if ((mask & (1 << k)) === 0) continue;
      const d = c + offset[k]!;
      if (field[d]! < (next < 0 ? field[c]! : field[next]!)) next = d;
    }
    c = next;
  }
  return { x: Float64Array.from(xs), y: Float64Array.from(ys), f: Float64Array.from(fs) };
}
