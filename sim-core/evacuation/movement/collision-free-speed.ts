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
} from '../constants.ts';
import { segmentCellOf } from '../layout/segment-grid.ts';
import type { Sim } from '../run/sim-state.ts';

/** Candidate neighbours of one walker (scratch; grows only if a crowd is denser than ever before). */
let cand = new Int32Array(256);

export function computeVelocity(sim: Sim, i: number): void {
  const a = sim.a;
  const g = sim.grid;
  const s = a.storey[i]!;
  const xi = a.x[i]!;
  const yi = a.y[i]!;
  const e0x = a.ex[i]!;
  const e0y = a.ey[i]!;
  const unsticking = a.unstick[i]! > 0;
  const ri = unsticking ? a.radius[i]! * 0.5 : a.radius[i]!;

  // Gather neighbours from the 3 × 3 cells around.
  let nc = 0;
  const nxs = g.nx[s]!;
  const c = g.agentCell[i]!;
  const local = c - g.offset[s]!;
  const cx = local % nxs;
  const cy = (local - cx) / nxs;
  for (let dy = -1; dy <= 1; dy++) {
    const yy = cy + dy;
    if (yy < 0 || yy >= g.ny[s]!) continue;
    for (let dx = -1; dx <= 1; dx++) {
      const xx = cx + dx;
      if (xx < 0 || xx >= nxs) continue;
      const cell = g.offset[s]! + yy * nxs + xx;
      const st = g.start[cell]!;
      const end = st + g.count[cell]!;
      for (let k = st; k < end; k++) {
        const j = g.sorted[k]!;
        if (j === i) continue;
        if (nc === cand.length) {
          const bigger = new Int32Array(cand.length * 2);
          bigger.set(cand);
          cand = bigger;
        }
        cand[nc++] = j;
      }
    }
  }

  // Direction: desired + neighbour repulsion + wall repulsion (+ keep right).
  let ex = e0x;
  let ey = e0y;
  let opposing = false;
  for (let k = 0; k < nc; k++) {
    const j = cand[k]!;
    const dx = xi - a.x[j]!;
    const dy = yi - a.y[j]!;
    const dist = Math.sqrt(dx * dx + dy * dy);
    if (dist < 1e-9) continue;
    const l = ri + a.radius[j]!;
    const r = CFSM_NEIGHBOUR_STRENGTH * Math.exp((l - dist) / CFSM_NEIGHBOUR_RANGE);
    ex += (r * dx) / dist;
    ey += (r * dy) / dist;
    // Someone ahead (within the keep-right range) walking against us.
    if (
      !opposing &&
      dist < KEEP_RIGHT_RANGE &&
      -dx * e0x - dy * e0y > 0 &&
      a.ex[j]! * e0x + a.ey[j]! * e0y < -0.3
    )
      opposing = true;
  }
  const sg = sim.layout.storeys[s]!.segments;
  const sc = segmentCellOf(sg, xi, yi);
  for (let k = sg.start[sc]!; k < sg.start[sc + 1]!; k++) {
    const w = sg.items[k]!;
    if (sg.door[w]! >= 0) continue;
    const ax = sg.ax[w]!;
    const ay = sg.ay[w]!;
    const vx = sg.bx[w]! - ax;
    const vy = sg.by[w]! - ay;
    const len2 = vx * vx + vy * vy;
    let t = len2 > 0 ? ((xi - ax) * vx + (yi - ay) * vy) / len2 : 0;
    if (t < 0) t = 0;
    else if (t > 1) t = 1;
    const dx = xi - (ax + t * vx);
    const dy = yi - (ay + t * vy);
    const dist = Math.sqrt(dx * dx + dy * dy);
    if (dist < 1e-9 || dist > 0.5) continue;
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
  let headway = Infinity;
  for (let k = 0; k < nc; k++) {
    const j = cand[k]!;
    const dx = a.x[j]! - xi;
    const dy = a.y[j]! - yi;
    const ahead = dx * ex + dy * ey;
    if (ahead <= 0) continue;
    const l = ri + a.radius[j]!;
    const lateral = Math.abs(dx * ey - dy * ex);
    if (lateral >= l) continue;
    if (unsticking && a.ex[j]! * e0x + a.ey[j]! * e0y < 0) continue;
    const dist = Math.sqrt(dx * dx + dy * dy) - l;
    if (dist < headway) headway = dist;
  }
  let v = a.v0[i]!;
  if (headway < Infinity) {
    const vh = headway / CFSM_TIME_GAP;
    if (vh < v) v = vh > 0 ? vh : 0;
  }
  sim.nvx[i] = v * ex;
  sim.nvy[i] = v * ey;
}
