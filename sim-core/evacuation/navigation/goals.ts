/**
 * The places a walker on a storey can head for: a final exit door, a refuge space, or a stair landing
 * (the landing space of a passable stair on that storey). Each goal has portals — the doors whose
 * crossing means "arrived" — with a unit normal pointing into the goal, and a distance field on the
 * storey's navigation grid whose sources are the cells beside its portals on the approach side.
 * Fields are computed on first use and kept.
 */
import type { Building } from '../../../models/schema/building.ts';
import { pointInPolygon } from '../../../models/geometry/polygon.ts';
import { pointSegmentDistanceXY } from '../../../models/geometry/segments.ts';
import type { BuildingLayout } from '../layout/building-layout.ts';
import { OUTSIDE_SPACE } from '../layout/building-layout.ts';
import { distanceField } from './distance-field.ts';

export const GOAL_EXIT = 0;
export const GOAL_LANDING = 1;
export const GOAL_REFUGE = 2;
/** A fire-lift stop (lifts/fire-lifts.ts): only mobility-impaired walkers with `useFireLifts` head for
 * one, so these goals are not listed in `byStorey` and floor route choice never sees them. */
export const GOAL_LIFT = 3;
export type GoalKind = typeof GOAL_EXIT | typeof GOAL_LANDING | typeof GOAL_REFUGE | typeof GOAL_LIFT;

export interface Goal {
  index: number;
  kind: GoalKind;
  storey: number;
  /** Exit door id, or the landing / refuge space id. */
  id: string;
  /** The goal space (landing, refuge); OUTSIDE_SPACE for an exit. */
  space: number;
  /** Stair index and landing number for a landing goal, else −1. */
  stair: number;
  landing: number;
  /** Global door indices whose crossing into the goal means arrival. */
  portals: number[];
  /** Per portal: unit normal into the goal. */
  normalX: number[];
  normalY: number[];
  field: Float32Array | undefined;
}

export interface GoalSet {
  goals: Goal[];
  /** Goal indices per storey. */
  byStorey: number[][];
  /** Landing goal per stair and landing number (−1 where the stair is blocked). */
  landingGoal: number[][];
}

export function buildGoals(b: Building, layout: BuildingLayout): GoalSet {
  const goals: Goal[] = [];
  const byStorey: number[][] = layout.storeys.map(() => []);
  const set: GoalSet = { goals, byStorey, landingGoal: [] };
  const add = (g: NewGoal): number => addGoal(layout, set, g, true);
  layout.doors.forEach((d, i) => {
    if (d.spaceB === OUTSIDE_SPACE)
      add({
        kind: GOAL_EXIT,
        storey: d.storey,
        id: d.id,
        space: OUTSIDE_SPACE,
        stair: -1,
        landing: -1,
        portals: [i],
      });
  });
  const doorsInto = (space: number): number[] => doorsIntoSpace(layout, space);
  layout.spaces.forEach((sp, i) => {
    if (sp.kind === 'refuge')
      add({
        kind: GOAL_REFUGE,
        storey: sp.storey,
        id: sp.id,
        space: i,
        stair: -1,
        landing: -1,
        portals: doorsInto(i),
      });
  });
  const landingGoal = b.stairs.map((st, si) =>
    st.landings.map((l, k) => {
      if (st.passable === false) return -1;
      const space = layout.spaceIndex.get(l.space)!;
      const storey = layout.storeyIndex.get(l.storey)!;
      return add({
        kind: GOAL_LANDING,
        storey,
        id: l.space,
        space,
        stair: si,
        landing: k,
        portals: doorsInto(space),
      });
    }),
  );
  set.landingGoal = landingGoal;
  return set;
}

export type NewGoal = Omit<Goal, 'index' | 'normalX' | 'normalY' | 'field'>;

/** The inner doors of a space (the portals of a landing, refuge or lift-stop goal). */
export function doorsIntoSpace(layout: BuildingLayout, space: number): number[] {
  return layout.doors.flatMap((d, i) =>
    d.spaceB !== OUTSIDE_SPACE && (d.spaceA === space || d.spaceB === space) ? [i] : [],
  );
}

/** Appends a goal (portal normals computed here); `listed` adds it to its storey's floor choices. */
export function addGoal(layout: BuildingLayout, set: GoalSet, g: NewGoal, listed: boolean): number {
  const index = set.goals.length;
  const goal: Goal = { ...g, index, normalX: [], normalY: [], field: undefined };
  for (const p of g.portals) {
    const d = layout.doors[p]!;
    const len = Math.hypot(d.bx - d.ax, d.by - d.ay);
    let nx = -(d.by - d.ay) / len;
    let ny = (d.bx - d.ax) / len;
    // Point the normal away from the approach side: the door's other space.
    const from = g.kind === GOAL_EXIT ? d.spaceA : d.spaceA === g.space ? d.spaceB : d.spaceA;
    const mx = (d.ax + d.bx) / 2 + 0.05 * nx;
    const my = (d.ay + d.by) / 2 + 0.05 * ny;
    if (from >= 0 && pointInPolygon([mx, my], layout.spaces[from]!.polygon)) {
      nx = -nx;
      ny = -ny;
    }
    goal.normalX.push(nx);
    goal.normalY.push(ny);
  }
  set.goals.push(goal);
  if (listed) set.byStorey[g.storey]!.push(index);
  return index;
}

/** The goal's distance field (m), computed on first use. */
export function goalField(layout: BuildingLayout, goal: Goal): Float32Array {
  if (goal.field) return goal.field;
  const nav = layout.storeys[goal.storey]!.nav;
  const sources: number[] = [];
  for (const p of goal.portals) {
    const d = layout.doors[p]!;
    const approach = goal.kind === GOAL_EXIT ? d.spaceA : d.spaceA === goal.space ? d.spaceB : d.spaceA;
    // Cells of the approach space within one cell of the portal.
    const x0 = Math.floor((Math.min(d.ax, d.bx) - nav.h - nav.ox) / nav.h) - 1;
    const x1 = Math.floor((Math.max(d.ax, d.bx) + nav.h - nav.ox) / nav.h) + 1;
    const y0 = Math.floor((Math.min(d.ay, d.by) - nav.h - nav.oy) / nav.h) - 1;
    const y1 = Math.floor((Math.max(d.ay, d.by) + nav.h - nav.oy) / nav.h) + 1;
    for (let cy = Math.max(0, y0); cy <= Math.min(nav.ny - 1, y1); cy++)
      for (let cx = Math.max(0, x0); cx <= Math.min(nav.nx - 1, x1); cx++) {
        const c = cy * nav.nx + cx;
        if (nav.space[c] !== approach) continue;
        const px = nav.ox + (cx + 0.5) * nav.h;
        const py = nav.oy + (cy + 0.5) * nav.h;
        if (pointSegmentDistanceXY(px, py, d.ax, d.ay, d.bx, d.by) <= nav.h) sources.push(c);
      }
  }
  goal.field = distanceField(nav, sources);
  return goal.field;
}

/** The field's value at (x, y): the cell's, or the smallest of its 8 neighbours if it is a wall cell. */
export function fieldAt(layout: BuildingLayout, goal: Goal, x: number, y: number): number {
  const field = goalField(layout, goal);
  const nav = layout.storeys[goal.storey]!.nav;
  const cx = Math.floor((x - nav.ox) / nav.h);
  const cy = Math.floor((y - nav.oy) / nav.h);
  let best = Infinity;
  for (let r = 0; r <= 2 && best === Infinity; r++)
    for (let dy = -r; dy <= r; dy++)
      for (let dx = -r; dx <= r; dx++) {
        const ex = cx + dx;
        const ey = cy + dy;
        if (ex < 0 || ey < 0 || ex >= nav.nx || ey >= nav.ny) continue;
        const v = field[ey * nav.nx + ex]!;
        if (v < best) best = v;
      }
  return best;
}
