/**
 * The crowd a firefighter walks through on a floor (from the entry door to the stair landing):
 * local density of evacuees around a point, and the speed factor it gives.
 *
 * Density: walkers (2-D evacuees) within FLOOR_CROWD_RADIUS of the point over the walkable area
 * within it (navigation cells whose centre is within the radius, so walls and rooms beyond them do
 * not dilute a corridor's density). Factor: Weidmann's (1993) speed–density relation as a fraction
 * of free speed, 1 − exp(−γ(1/D − 1/Dmax)), γ = 1.913 m⁻², Dmax = 5.4 p/m² (the constants as Vadere
 * uses them, SpeedAdjusterWeidmann.java; reference §6.1) — the same floor relation the speed model
 * is checked against (weidmann.test.ts) — floored at COUNTERFLOW_MIN_FACTOR like their stair
 * counterflow, so a packed lobby slows them but never stops them. Weidmann's relation is for
 * walking with the crowd; a crew pushing against it is at least as slow (UNVERIFIED: no published
 * figure for firefighters entering against an evacuating crowd was found).
 */
import { COUNTERFLOW_MIN_FACTOR } from '../constants.ts';
import { neighbourCell } from '../movement/neighbour-grid.ts';
import { WALKING } from '../population/agent-arrays.ts';
import type { Sim } from '../run/sim-state.ts';

/** Radius (m) of the disc the local density is taken over: about the 1 m cells of the density maps
 * (record/density-maps.ts), where Fruin's levels are read. */
export const FLOOR_CROWD_RADIUS = 1;
/** Weidmann (1993) γ (m⁻²) and jam density Dmax (p/m²) (reference §6.1, Vadere). */
const WEIDMANN_GAMMA = 1.913;
const WEIDMANN_JAM = 5.4;

/** Evacuees per m² of walkable floor within FLOOR_CROWD_RADIUS of (x, y) on storey s. */
export function localDensity(sim: Sim, s: number, x: number, y: number): number {
  const g = sim.grid;
  if (g.walkers[s] === 0) return 0;
  const a = sim.a;
  const R = FLOOR_CROWD_RADIUS;
  // People: the neighbour grid's cells around the point (±2 cells of 0.8 m reach 1.6 m > R).
  const c = neighbourCell(g, s, x, y) - g.offset[s]!;
  const nx = g.nx[s]!;
  const gx = c % nx;
  const gy = (c - gx) / nx;
  let people = 0;
  for (let dy = -2; dy <= 2; dy++)
    for (let dx = -2; dx <= 2; dx++) {
      const xx = gx + dx;
      const yy = gy + dy;
      if (xx < 0 || yy < 0 || xx >= nx || yy >= g.ny[s]!) continue;
      const cell = g.offset[s]! + yy * nx + xx;
      for (let k = g.start[cell]!; k < g.start[cell]! + g.count[cell]!; k++) {
        const j = g.sorted[k]!;
        if (a.state[j] !== WALKING || a.storey[j] !== s) continue;
        const ddx = a.x[j]! - x;
        const ddy = a.y[j]! - y;
        if (ddx * ddx + ddy * ddy <= R * R) people++;
      }
    }
  if (people === 0) return 0;
  // Walkable area: navigation cells within R.
  const nav = sim.layout.storeys[s]!.nav;
  const h = nav.h;
  const r = Math.ceil(R / h);
  const cx = Math.floor((x - nav.ox) / h);
  const cy = Math.floor((y - nav.oy) / h);
  let cells = 0;
  for (let dy = -r; dy <= r; dy++)
    for (let dx = -r; dx <= r; dx++) {
      const ex = cx + dx;
      const ey = cy + dy;
      if (ex < 0 || ey < 0 || ex >= nav.nx || ey >= nav.ny) continue;
      if (nav.space[ey * nav.nx + ex]! < 0) continue;
      const px = nav.ox + (ex + 0.5) * h - x;
      const py = nav.oy + (ey + 0.5) * h - y;
      if (px * px + py * py <= R * R) cells++;
    }
  // At least a quarter of the disc: a point at a door or a corner is not a 0.1 m² room.
  const area = Math.max(cells * h * h, (Math.PI * R * R) / 4);
  return people / area;
}

/** Fraction of free speed at local density D (p/m²): Weidmann, floored at COUNTERFLOW_MIN_FACTOR. */
export function floorCrowdFactor(density: number): number {
  if (density <= 0) return 1;
  if (density >= WEIDMANN_JAM) return COUNTERFLOW_MIN_FACTOR;
  const f = 1 - Math.exp(-WEIDMANN_GAMMA * (1 / density - 1 / WEIDMANN_JAM));
  return f < COUNTERFLOW_MIN_FACTOR ? COUNTERFLOW_MIN_FACTOR : f;
}
