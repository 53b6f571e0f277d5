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
/** 1/D: a product in the hot loop instead of a division. */
const INV_NEIGHBOUR_RANGE = 1 / CFSM_NEIGHBOUR_RANGE;

/** Candidate neighbours of one walker and their offsets (scratch; grows only if a crowd is denser
 * than ever before). dx, dy point from the neighbour to the walker; dist is the centre distance. */
let cand = new Int32Array(256);
let cdx = new Float64Array(256);
let cdy = new Float64Array(256);
let cdist = new Float64Array(256);
/** The contact distance l = r_i + r_j of each candidate. */
let cl = new Float64Array(256);

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
  const l = new Float64Array(m);
  l.set(cl);
  cl = l;
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

  // Neighbours within NEIGHBOUR_RANGE, row by row of the grid: in a row the cells the circle reaches
  // are consecutive, and so are their walkers in `sorted` (counting sort), so each row is one run of
  // the sorted positions. Each neighbour's repulsion and the keep-right test are taken as it is
  // found; its offset and distance are kept for the headways below.
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
  const sx = g.sx;
  const sy = g.sy;
  const sr = g.sr;
  const local = g.agentCell[i]! - off;
  const cx = local % nxs;
  const cy = (local - cx) / nxs;
  const r2 = NEIGHBOUR_RANGE * NEIGHBOUR_RANGE;
  let ex = e0x;
  let ey = e0y;
  let opposing = false;
  for (let dy = -2; dy <= 2; dy++) {
    const yy = cy + dy;
    if (yy < 0 || yy >= nys) continue;
    // Distance from the walker to the cell row's y-extent, and the half-chord of the circle there.
    const y0 = goy + yy * h;
    const ry = yi < y0 ? y0 - yi : yi > y0 + h ? yi - y0 - h : 0;
    const rem = r2 - ry * ry;
    if (rem < 0) continue;
    const w = Math.sqrt(rem);
    let xa = Math.floor((xi - w - gox) / h);
    let xb = Math.floor((xi + w - gox) / h);
    if (xa < 0) xa = 0;
    if (xb >= nxs) xb = nxs - 1;
    if (xa > xb) continue;
    const row = off + yy * nxs;
    const end = gstart[row + xb]! + gcount[row + xb]!;
    for (let k = gstart[row + xa]!; k < end; k++) {
      const ddx = xi - sx[k]!;
      const ddy = yi - sy[k]!;
      const d2 = ddx * ddx + ddy * ddy;
      // (The walker itself is at distance 0.)
      if (d2 > r2 || d2 < 1e-18) continue;
      const j = sorted[k]!;
      const dist = Math.sqrt(d2);
      const l = ri + sr[k]!;
      const q = (l - dist) * INV_NEIGHBOUR_RANGE;
      if (q > -REPULSION_CUTOFF) {
        const r = (CFSM_NEIGHBOUR_STRENGTH * fastExp(q)) / dist;
        ex += r * ddx;
        ey += r * ddy;
      }
      // Someone ahead (within the keep-right range) walking against us.
      if (
        !opposing &&
        dist < KEEP_RIGHT_RANGE &&
        -ddx * e0x - ddy * e0y > 0 &&
        aex[j]! * e0x + aey[j]! * e0y < -0.3
      )
        opposing = true;
      if (nc === cand.length) grow();
      cand[nc] = j;
      cdx[nc] = ddx;
      cdy[nc] = ddy;
      cdist[nc] = dist;
      cl[nc] = l;
      nc++;
    }
  }

  // Direction: desired + neighbour repulsion (above) + wall repulsion (+ keep right).
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
  const v0 = a.v0[i]! * a.smokeSpeed[i]!;
  // The two side-step turns (left +, right −) of the direction, for the side-stepping below.
  const lx = ex * SIDESTEP_COS - ey * SIDESTEP_SIN;
  const ly = ex * SIDESTEP_SIN + ey * SIDESTEP_COS;
  const rx = ex * SIDESTEP_COS + ey * SIDESTEP_SIN;
  const ry = -ex * SIDESTEP_SIN + ey * SIDESTEP_COS;
  // A walker held back last step most likely is now and will look at both turns: then the three
  // headways come from one pass over the neighbours (the same figures as separate passes; in a
  // dense crowd nearly everyone is held, and a second pass was a tenth of the step).
  let v: number;
  let turnsKnown = false;
  const pvx = a.vx[i]!;
  const pvy = a.vy[i]!;
  const slow = SIDESTEP_SLOW * v0;
  if (!unsticking && pvx * pvx + pvy * pvy < slow * slow) {
    speedsAlongThree(nc, ex, ey, lx, ly, rx, ry, v0);
    v = SPEED[0]!;
    turnsKnown = true;
  } else v = speedAlong(nc, ex, ey, v0, unsticking, e0x, e0y, aex, aey);
  if (v < slow && !unsticking) {
    // Side-stepping: held back by someone ahead, a walker takes a direction turned by ±SIDESTEP_ANGLE
    // if it gains more ground towards its goal there (speed × cosine to e0) by SIDESTEP_GAIN, and
    // the floor a body length that way is open, off walls, on the way to the same goal.
    let best = v * (ex * e0x + ey * e0y) * SIDESTEP_GAIN;
    let bx = ex;
    let by = ey;
    // Both turns are looked at first and their headways found in one pass over the neighbours;
    // then taken in that order, as if tried one after the other (best only grows, so a turn that
    // cannot beat the initial best cannot beat a later one either). The floor test comes after the
    // cheaper test of whether the turn could win at full speed.
    const lp = lx * e0x + ly * e0y;
    const rp = rx * e0x + ry * e0y;
    const lMay = lp * v0 > best;
    const rMay = rp * v0 > best;
    if (lMay || rMay) {
      const field = goalField(sim.layout, sim.goals.goals[a.goal[i]!]!);
      const nav = sim.layout.storeys[s]!.nav;
      const look = ri + SIDESTEP_LOOK;
      const lOk = lMay && sidestepFloorOpen(nav, field, xi + lx * look, yi + ly * look, ri);
      const rOk = rMay && sidestepFloorOpen(nav, field, xi + rx * look, yi + ry * look, ri);
      if (lOk || rOk) {
        if (!turnsKnown) speedsAlongTwo(nc, lx, ly, rx, ry, v0);
        if (lOk && SPEED[1]! * lp > best) {
          best = SPEED[1]! * lp;
          bx = lx;
          by = ly;
          v = SPEED[1]!;
        }
        if (rOk && !(rp * v0 <= best) && SPEED[2]! * rp > best) {
          bx = rx;
          by = ry;
          v = SPEED[2]!;
        }
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

/** Scratch for the headway passes: the speeds along the direction, its left and its right turn. */
const SPEED = new Float64Array(3);

/** speedAlong (not unsticking) for the two turns in one pass over the gathered neighbours, into
 * SPEED[1] (a) and SPEED[2] (b). */
function speedsAlongTwo(nc: number, ax: number, ay: number, bx: number, by: number, v0: number): void {
  let ha = Infinity;
  let hb = Infinity;
  for (let k = 0; k < nc; k++) {
    const dx = -cdx[k]!;
    const dy = -cdy[k]!;
    const aheadA = dx * ax + dy * ay;
    const aheadB = dx * bx + dy * by;
    if (aheadA <= 0 && aheadB <= 0) continue;
    const l = cl[k]!;
    const dist = cdist[k]! - l;
    if (aheadA > 0 && Math.abs(dx * ay - dy * ax) < l && dist < ha) ha = dist;
    if (aheadB > 0 && Math.abs(dx * by - dy * bx) < l && dist < hb) hb = dist;
  }
  SPEED[1] = headwaySpeed(ha, v0);
  SPEED[2] = headwaySpeed(hb, v0);
}

/** speedAlong (not unsticking) along e, a and b in one pass, into SPEED[0], SPEED[1], SPEED[2]. */
function speedsAlongThree(
  nc: number,
  ex: number,
  ey: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
  v0: number,
): void {
  let he = Infinity;
  let ha = Infinity;
  let hb = Infinity;
  for (let k = 0; k < nc; k++) {
    const dx = -cdx[k]!;
    const dy = -cdy[k]!;
    const aheadE = dx * ex + dy * ey;
    const aheadA = dx * ax + dy * ay;
    const aheadB = dx * bx + dy * by;
    if (aheadE <= 0 && aheadA <= 0 && aheadB <= 0) continue;
    const l = cl[k]!;
    const dist = cdist[k]! - l;
    if (aheadE > 0 && Math.abs(dx * ey - dy * ex) < l && dist < he) he = dist;
    if (aheadA > 0 && Math.abs(dx * ay - dy * ax) < l && dist < ha) ha = dist;
    if (aheadB > 0 && Math.abs(dx * by - dy * bx) < l && dist < hb) hb = dist;
  }
  SPEED[0] = headwaySpeed(he, v0);
  SPEED[1] = headwaySpeed(ha, v0);
  SPEED[2] = headwaySpeed(hb, v0);
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
  v0: number,
  unsticking: boolean,
  e0x: number,
  e0y: number,
  aex: Float32Array,
  aey: Float32Array,
): number {
  let headway = Infinity;
  for (let k = 0; k < nc; k++) {
    const dx = -cdx[k]!;
    const dy = -cdy[k]!;
    const ahead = dx * ex + dy * ey;
    if (ahead <= 0) continue;
    const l = cl[k]!;
    const lateral = Math.abs(dx * ey - dy * ex);
    if (lateral >= l) continue;
    if (unsticking) {
      const j = cand[k]!;
      if (aex[j]! * e0x + aey[j]! * e0y < 0) continue;
    }
    const dist = cdist[k]! - l;
    if (dist < headway) headway = dist;
  }
  return headwaySpeed(headway, v0);
}
