/**
 * The operational model: the collision-free speed model (CFSM) of Tordeux, Chraibi & Seyfried 2016
 * ("Collision-free speed model for pedestrian dynamics", Traffic and Granular Flow '15, 225–232;
 * arXiv:1512.05597), constants in ../constants.ts.
 *   direction  e_i = normalise(e0_i + Σ_j a·exp((l_ij − s_ij)/D)·n_ji + Σ_w a_w·exp((r_i − d_iw)/D_w)·n_wi)
 *   speed      v_i = min(v0_i, max(0, (s_i − l)/T)), s_i the distance to the nearest person ahead
 *              (in front along e_i, lateral offset < l_ij)
 * Lifeline adds two things the plain model lacks (it deadlocks in counterflow, NIST TN 1822 2.8):
 *   keep right — a lateral bias to the right of e0 while someone ahead walks the other way, which
 *                forms lanes; and
 *   unsticking — a walker stuck (speed < 10 % of v0 for 2 s while not held by a door) ignores people
 *                walking the other way in its headway and shrinks its body by half for 1.5 s, with a
 *                small seeded lateral nudge, so opposing walkers squeeze past each other.
 * Parallel update: this pass only reads positions and writes the new velocity into nvx/nvy.
 */
import {
  CFSM_NEIGHBOUR_RANGE,
  CFSM_NEIGHBOUR_STRENGTH,
  CFSM_TIME_GAP,
  CFSM_WALL_RANGE,
  CFSM_WALL_STRENGTH,
  KEEP_RIGHT_RANGE,
  KEEP_RIGHT_WEIGHT,
  NEIGHBOUR_RANGE,
} from '../constants.ts';
import { segmentCellOf, WALL_OFFSET, wallOffset } from '../layout/segment-grid.ts';
import { fastExp } from './fast-exp.ts';
import { navCellOf, type NavGrid } from '../layout/nav-grid.ts';
import { goalField } from '../navigation/goals.ts';
import type { Sim } from '../run/sim-state.ts';

/** Beyond (s − l)/D > this the neighbour term a·exp((l − s)/D) is below 8·e⁻¹⁴ ≈ 7e−6 of the unit
 * desired direction: it is skipped (saves the exp for most of the 3 × 3 cells' candidates). */
const REPULSION_CUTOFF = 14;

/** Candidate neighbours of one walker and their offsets (scratch; grows only if a crowd is denser
 * than ever before). dx, dy point from the neighbour to the walker; dist is the centre distance. */
let cand = new Int32Array(256);
let cdx = new Float64Array(256);
let cdy = new Float64Array(256);
let cdist = new Float64Array(256);

function grow(): void {
  const m = cand.length * 2;
  const c = new Int32Array(m);
  c.set(cand);
  cand = c;
  const x = new Float64Array(m);
  x.set(cdx);
  cdx = x;
  const y = new Float64Array(m);
  y.set(cdy);
  cdy = y;
  const d = new Float64Array(m);
  d.set(cdist);
  cdist = d;
}

export function computeVelocity(sim: Sim, i: number): void {
  const a = sim.a;
  const g = sim.grid;
  const ax = a.x;
  const ay = a.y;
  const aex = a.ex;
  const aey = a.ey;
  const arad = a.radius;
  const s = a.storey[i]!;
  const xi = ax[i]!;
  const yi = ay[i]!;
  const e0x = aex[i]!;
  const e0y = aey[i]!;
  const unsticking = a.unstick[i]! > 0;
  const ri = unsticking ? arad[i]! * 0.5 : arad[i]!;

  // Gather neighbours within NEIGHBOUR_RANGE from the ±2 cells around (cells wholly out of range
  // skipped), with their offsets and distances.
  let nc = 0;
  const nxs = g.nx[s]!;
  const nys = g.ny[s]!;
  const off = g.offset[s]!;
  const h = g.cell;
  const gox = g.ox[s]!;
  const goy = g.oy[s]!;
  const gstart = g.start;
  const gcount = g.count;
  const sorted = g.sorted;
  const local = g.agentCell[i]! - off;
  const cx = local % nxs;
  const cy = (local - cx) / nxs;
  const r2 = NEIGHBOUR_RANGE * NEIGHBOUR_RANGE;
  for (let dy = -2; dy <= 2; dy++) {
    const yy = cy + dy;
    if (yy < 0 || yy >= nys) continue;
    // Distance from the walker to the cell row's y-extent.
    const y0 = goy + yy * h;
    const ry = yi < y0 ? y0 - yi : yi > y0 + h ? yi - y0 - h : 0;
    const ry2 = ry * ry;
    if (ry2 > r2) continue;
    for (let dx = -2; dx <= 2; dx++) {
      const xx = cx + dx;
      if (xx < 0 || xx >= nxs) continue;
      const x0 = gox + xx * h;
      const rx = xi < x0 ? x0 - xi : xi > x0 + h ? xi - x0 - h : 0;
      if (rx * rx + ry2 > r2) continue;
      const cell = off + yy * nxs + xx;
      const st = gstart[cell]!;
      const end = st + gcount[cell]!;
      for (let k = st; k < end; k++) {
        const j = sorted[k]!;
        if (j === i) continue;
        const ddx = xi - ax[j]!;
        const ddy = yi - ay[j]!;
        const d2 = ddx * ddx + ddy * ddy;
        if (d2 > r2 || d2 < 1e-18) continue;
        if (nc === cand.length) grow();
        cand[nc] = j;
        cdx[nc] = ddx;
        cdy[nc] = ddy;
        cdist[nc] = Math.sqrt(d2);
        nc++;
      }
    }
  }

  // Direction: desired + neighbour repulsion + wall repulsion (+ keep right).
  let ex = e0x;
  let ey = e0y;
  let opposing = false;
  for (let k = 0; k < nc; k++) {
    const j = cand[k]!;
    const dx = cdx[k]!;
    const dy = cdy[k]!;
    const dist = cdist[k]!;
    const l = ri + arad[j]!;
    const q = (l - dist) / CFSM_NEIGHBOUR_RANGE;
    if (q > -REPULSION_CUTOFF) {
      const r = (CFSM_NEIGHBOUR_STRENGTH * fastExp(q)) / dist;
      ex += r * dx;
      ey += r * dy;
    }
    // Someone ahead (within the keep-right range) walking against us.
    if (
      !opposing &&
      dist < KEEP_RIGHT_RANGE &&
      -dx * e0x - dy * e0y > 0 &&
      aex[j]! * e0x + aey[j]! * e0y < -0.3
    )
      opposing = true;
  }
  const sg = sim.layout.storeys[s]!.segments;
  const sc = segmentCellOf(sg, xi, yi);
  for (let k = sg.start[sc]!; k < sg.start[sc + 1]!; k++) {
    const w = sg.items[k]!;
    if (sg.door[w]! >= 0) continue;
    const dist = wallOffset(sg, w, xi, yi);
    if (dist < 1e-9 || dist > 0.5) continue;
    const dx = WALL_OFFSET[0]!;
    const dy = WALL_OFFSET[1]!;
    const r = CFSM_WALL_STRENGTH * Math.exp((ri - dist) / CFSM_WALL_RANGE);
    ex += (r * dx) / dist;
    ey += (r * dy) / dist;
  }
  if (opposing) {
    ex += KEEP_RIGHT_WEIGHT * e0y;
    ey -= KEEP_RIGHT_WEIGHT * e0x;
  }
  if (unsticking) {
    const nudge = (sim.rng.next() - 0.5) * 0.6;
    ex += nudge * e0y;
    ey -= nudge * e0x;
  }
  const elen = Math.sqrt(ex * ex + ey * ey);
  if (elen < 1e-9 || (e0x === 0 && e0y === 0)) {
    sim.nvx[i] = 0;
    sim.nvy[i] = 0;
    return;
  }
  ex /= elen;
  ey /= elen;

  // Speed from the headway to the nearest person ahead.
  const v0 = a.v0[i]!;
  let v = speedAlong(nc, ex, ey, ri, v0, unsticking, e0x, e0y, arad, aex, aey);
  if (v < SIDESTEP_SLOW * v0 && !unsticking) {
    // Side-stepping: held back by someone ahead, a walker takes a direction turned by ±SIDESTEP_ANGLE
    // if it gains more ground towards its goal there (speed × cosine to e0) by SIDESTEP_GAIN, and
    // the floor a body length that way is open, off walls, on the way to the same goal.
    const field = goalField(sim.layout, sim.goals.goals[a.goal[i]!]!);
    const nav = sim.layout.storeys[s]!.nav;
    let best = v * (ex * e0x + ey * e0y) * SIDESTEP_GAIN;
    let bx = ex;
    let by = ey;
    // Both turns (left +, right −) are looked at first and their headways found in one pass over
    // the neighbours; then taken in that order, as if tried one after the other (best only grows,
    // so a turn that cannot beat the initial best cannot beat a later one either).
    const lx = ex * SIDESTEP_COS - ey * SIDESTEP_SIN;
    const ly = ex * SIDESTEP_SIN + ey * SIDESTEP_COS;
    const rx = ex * SIDESTEP_COS + ey * SIDESTEP_SIN;
    const ry = -ex * SIDESTEP_SIN + ey * SIDESTEP_COS;
    const lp = lx * e0x + ly * e0y;
    const rp = rx * e0x + ry * e0y;
    const look = ri + SIDESTEP_LOOK;
    const lOk = lp * v0 > best && sidestepFloorOpen(nav, field, xi + lx * look, yi + ly * look, ri);
    const rOk = rp * v0 > best && sidestepFloorOpen(nav, field, xi + rx * look, yi + ry * look, ri);
    if (lOk || rOk) {
      speedsAlongTwo(nc, lx, ly, rx, ry, ri, v0, arad);
      if (lOk && SIDE_SPEED[0]! * lp > best) {
        best = SIDE_SPEED[0]! * lp;
        bx = lx;
        by = ly;
        v = SIDE_SPEED[0]!;
      }
      if (rOk && !(rp * v0 <= best) && SIDE_SPEED[1]! * rp > best) {
        bx = rx;
        by = ry;
        v = SIDE_SPEED[1]!;
      }
    }
    ex = bx;
    ey = by;
  }
  sim.nvx[i] = v * ex;
  sim.nvy[i] = v * ey;
}

/** Side-stepping (Lifeline heuristic after the vision-field rule of Moussaïd, Helbing & Theraulaz
 * 2011, PNAS 108:6884, "choose the direction that gets you furthest towards the goal given who is
 * in the way"): tried only below this fraction of the free speed, at ±this angle, taken when it gains
 * this factor, if the floor this far (m) beyond the body is open. */
const SIDESTEP_SLOW = 0.9;
const SIDESTEP_ANGLE = (30 * Math.PI) / 180;
const SIDESTEP_COS = Math.cos(SIDESTEP_ANGLE);
const SIDESTEP_SIN = Math.sin(SIDESTEP_ANGLE);
const SIDESTEP_GAIN = 1.2;
const SIDESTEP_LOOK = 0.3;

/** The floor a side-step would lead onto (the point (x, y)) is open, off walls and on the way to the goal. */
function sidestepFloorOpen(nav: NavGrid, field: Float32Array, x: number, y: number, ri: number): boolean {
  const c = navCellOf(nav, x, y);
  return c >= 0 && nav.space[c]! >= 0 && nav.wallDist[c]! >= ri && field[c]! < Infinity;
}

/** Scratch for speedsAlongTwo: the speeds along the left and the right turn. */
const SIDE_SPEED = new Float64Array(2);

/** speedAlong (not unsticking) for two directions in one pass over the gathered neighbours. */
function speedsAlongTwo(
  nc: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
  ri: number,
  v0: number,
  arad: Float32Array,
): void {
  let ha = Infinity;
  let hb = Infinity;
  for (let k = 0; k < nc; k++) {
    const dx = -cdx[k]!;
    const dy = -cdy[k]!;
    const aheadA = dx * ax + dy * ay;
    const aheadB = dx * bx + dy * by;
    if (aheadA <= 0 && aheadB <= 0) continue;
    const l = ri + arad[cand[k]!]!;
    const dist = cdist[k]! - l;
    if (aheadA > 0 && Math.abs(dx * ay - dy * ax) < l && dist < ha) ha = dist;
    if (aheadB > 0 && Math.abs(dx * by - dy * bx) < l && dist < hb) hb = dist;
  }
  SIDE_SPEED[0] = headwaySpeed(ha, v0);
  SIDE_SPEED[1] = headwaySpeed(hb, v0);
}

/** CFSM speed from a headway (m): min(v0, headway/T), never negative; v0 with nobody ahead. */
function headwaySpeed(headway: number, v0: number): number {
  if (headway < Infinity) {
    const vh = headway / CFSM_TIME_GAP;
    if (vh < v0) return vh > 0 ? vh : 0;
  }
  return v0;
}

/** CFSM speed along unit direction (ex, ey): min(v0, (s − l)/T) with s the nearest person in front
 * (lateral offset < l) among the gathered candidates; while unsticking, opposing walkers are ignored. */
function speedAlong(
  nc: number,
  ex: number,
  ey: number,
  ri: number,
  v0: number,
  unsticking: boolean,
  e0x: number,
  e0y: number,
  arad: Float32Array,
  aex: Float32Array,
  aey: Float32Array,
): number {
  let headway = Infinity;
  for (let k = 0; k < nc; k++) {
    const dx = -cdx[k]!;
    const dy = -cdy[k]!;
    const ahead = dx * ex + dy * ey;
    if (ahead <= 0) continue;
    const j = cand[k]!;
    const l = ri + arad[j]!;
    const lateral = Math.abs(dx * ey - dy * ex);
    if (lateral >= l) continue;
    if (unsticking && aex[j]! * e0x + aey[j]! * e0y < 0) continue;
    const dist = cdist[k]! - l;
    if (dist < headway) headway = dist;
  }
  return headwaySpeed(headway, v0);
}
