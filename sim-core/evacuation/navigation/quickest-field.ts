/**
 * The quickest-path direction field: where a crowd heading for a goal is dense, walkers follow the
 * gradient of the estimated remaining travel time instead of the distance. Kretz 2009 ("Pedestrian
 * traffic: on the quickest path", J. Stat. Mech. P03012, arXiv:0901.0170): a large crowd round a
 * corner does not hug the inner wall, as a shortest-path field makes it, but takes a longer path with
 * some distance to the corner to avoid the high density there; his dynamic potential is a flood
 * fill in which a cell costs more where it is occupied. The same idea as an eikonal equation with a
 * density-dependent speed: Hughes 2002 (Transp. Res. B 36:507), Hartmann 2010 (New J. Phys.
 * 12:043032), Köster & Zönnchen 2014 (Transp. Res. Procedia 2:344, Vadere's dynamic floor field).
 *
 * Here, every QUICKEST_PERIOD s, per storey:
 *   - walkers are counted per navigation cell; a cell's density is taken over the
 *     QUICKEST_WINDOW-wide square of walkable cells around it (summed-area tables);
 *   - a step costs its static cost (distance-field.ts, with the wall penalty) × the time to walk it
 *     at that density relative to free walking, 1 / Weidmann's speed fraction (Weidmann 1993, as in
 *     firefighters/floor-crowd.ts: 1 − exp(−1.913 (1/D − 1/5.4)), floored at 0.08). At low density
 *     the field is the distance field (at 0.5 P/m² a step costs 3 % more): Kretz's requirement (c),
 *     "keep agents' movement at very low densities unaltered";
 *   - Dijkstra over those costs (distance-field.ts) on a coarse lattice of every LATTICE-th
 *     navigation cell (0.6 m; a lattice step is allowed where the LATTICE navigation steps of the
 *     same stencil move are), from the lattice cells within QUICKEST_SOURCE of the goal at their
 *     distance-field value. The lattice makes a field about 9× cheaper than on the 0.2 m grid,
 *     which the speed target needs (10 000 agents: fields on the 0.2 m grid every 0.5 s doubled
 *     the run's CPU time); a door too narrow for the lattice leaves the rooms behind it
 *     unreached, and walkers there keep the distance field.
 * A walker reads it (central differences on the lattice, a blocked side counting as uphill) when its
 * goal has one, the lattice reaches its cell and neighbours, and it is more than QUICKEST_NEAR from
 * the goal and QUICKEST_WALL from a wall: the approach to a door and the clearance along walls stay
 * on the 0.2 m distance field. Route choice keeps the distance field (choose-goal.ts).
 *
 * Cost bound (Lifeline's choice): a goal gets a quickest field only while at least
 * QUICKEST_MIN_CROWD of its walkers stand above Fruin's LoS E density (1.08 P/m²), a large crowd
 * as in RiMEA test 15 (500 persons) or Kretz's corner; the field is computed only as far as the
 * goal's walkers stand (+ a margin). Deterministic: the update runs at the first direction asked for
 * at or after its time, from the positions at the start of that step (no walker has moved yet).
 */
import { FRUIN_E_DENSITY } from '../constants.ts';
import { floorCrowdFactor } from '../firefighters/floor-crowd.ts';
import { MOVES, type NavGrid } from '../layout/nav-grid.ts';
import { WALKING } from '../population/agent-arrays.ts';
import type { Sim } from '../run/sim-state.ts';
import { goalField } from './goals.ts';
import { Heap, wallWeight, weightedDistances, type EarlyStop, type StencilGrid } from './distance-field.ts';

/** Seconds between updates of the quickest fields (Lifeline's choice). Measured on RiMEA 15, seed 15:
 * on a 0.6 m lattice, 2 s made the corner slower than the detour (179.1 against 178.3 s) while 1 s
 * kept it between (164.4 s; straight 163.5, detour 170.8); on the 0.2 m grid 0.5 s gave 164.4 s. */
export const QUICKEST_PERIOD = 1;
/** Side (m) of the square over which a cell's density is taken: about the 2 × 2 m measuring areas of
 * RiMEA test 4 (rimea-4-8-16.test.ts); 9 navigation cells of 0.2 m. */
export const QUICKEST_WINDOW = 1.8;
/** Walkers of one goal above FRUIN_E_DENSITY needed for it to get a quickest field. */
export const QUICKEST_MIN_CROWD = 50;
/** Lattice spacing in navigation cells (0.6 m). 4 cells (0.8 m, 9/16 as many) also kept RiMEA 15's
 * corner between straight and detour (seed 15), but NIST 2.8's time then fell from 50 to 100
 * opposing walkers (260.7 → 233.2 s). */
const LATTICE = 3;
/** Lattice cells within this distance-field distance (m) of the goal are the field's sources. */
const QUICKEST_SOURCE = 1.5;
/** Walkers closer than this (m, distance field) to their goal, or than QUICKEST_WALL to a wall, keep
 * the distance field's direction. */
const QUICKEST_NEAR = 2;
const QUICKEST_WALL = 0.4;
/** The field is computed out to the farthest of the goal's walkers × this factor + this margin (in
 * the field's units, metres at free walking); walkers pushed back beyond it use the distance field. */
const QUICKEST_REACH_FACTOR = 1.2;
const QUICKEST_REACH_MARGIN = 4;

/** The coarse lattice of a storey's navigation grid. */
interface Lattice extends StencilGrid {
  /** The navigation grid it was built from (a closure replaces a storey's grid). */
  nav: NavGrid;
  centre: Int32Array;
}

interface QuickestState {
  /** Per goal: its quickest field (on its storey's lattice) this update, or null. */
  field: (Float32Array | null)[];
  /** Per goal: the buffer its quickest field is kept in (allocated on first use). */
  buffer: (Float32Array | null)[];
  /** Per storey: its lattice (built on first use). */
  lattice: (Lattice | null)[];
  nextUpdate: number;
  /** Scratch, grown to the largest storey: walkers per cell, the summed-area tables, the lattice
   * weights and distances, the heap and the early stop. */
  count: Int32Array;
  sumPeople: Int32Array;
  sumCells: Int32Array;
  weight: Float64Array;
  dist: Float64Array;
  heap: Heap | null;
  stop: EarlyStop;
  sources: number[];
  sourceDist: number[];
  /** Per goal: its walkers above FRUIN_E_DENSITY this update. */
  dense: Int32Array;
}

const states = new WeakMap<Sim, QuickestState>();
// The last sim asked about and its state, both held weakly (the WeakMap keeps the state while the sim
// lives; nothing of a finished run is kept alive by this module): walkers of one sim ask in a row, so
// most lookups skip the WeakMap.
let lastSim: WeakRef<Sim> | null = null;
let lastState: WeakRef<QuickestState> | null = null;

function stateOf(sim: Sim): QuickestState {
  if (lastSim !== null && lastSim.deref() === sim) {
    const st = lastState!.deref();
    if (st) return st;
  }
  let st = states.get(sim);
  if (!st) {
    const n = sim.goals.goals.length;
    st = {
      field: new Array<Float32Array | null>(n).fill(null),
      buffer: new Array<Float32Array | null>(n).fill(null),
      lattice: new Array<Lattice | null>(sim.layout.storeys.length).fill(null),
      nextUpdate: 0,
      count: new Int32Array(0),
      sumPeople: new Int32Array(0),
      sumCells: new Int32Array(0),
      weight: new Float64Array(0),
      dist: new Float64Array(0),
      heap: null,
      stop: {
        needed: new Uint8Array(0),
        count: 0,
        factor: QUICKEST_REACH_FACTOR,
        margin: QUICKEST_REACH_MARGIN,
      },
      sources: [],
      sourceDist: [],
      dense: new Int32Array(n),
    };
    states.set(sim, st);
  }
  lastSim = new WeakRef(sim);
  lastState = new WeakRef(st);
  return st;
}

/**
 * Writes walker i's desired direction from its goal's quickest field and returns true, or returns
 * false (the caller uses the distance field). c, cx, cy: the walker's navigation cell.
 */
export function quickestDirection(sim: Sim, i: number, c: number, cx: number, cy: number): boolean {
  const st = stateOf(sim);
  if (sim.t >= st.nextUpdate) update(sim, st);
  const a = sim.a;
  const g = a.goal[i]!;
  const f = st.field[g];
  if (!f) return false;
  const goal = sim.goals.goals[g]!;
  const lat = st.lattice[goal.storey]!;
  const nav = sim.layout.storeys[goal.storey]!.nav;
  if (lat.nav !== nav) return false;
  if (goalField(sim.layout, goal)[c]! <= QUICKEST_NEAR || nav.wallDist[c]! < QUICKEST_WALL) return false;
  const bx = Math.floor(cx / LATTICE);
  const by = Math.floor(cy / LATTICE);
  if (bx >= lat.nx || by >= lat.ny) return false;
  const b = by * lat.nx + bx;
  const fb = f[b]!;
  if (!(fb < Infinity)) return false;
  const m = lat.moves[b]!;
  const H = lat.h;
  // MOVES[0..3] are +x, −x, +y, −y.
  const fr = m & 1 ? f[b + 1]! : fb + H;
  const fl = m & 2 ? f[b - 1]! : fb + H;
  const fu = m & 4 ? f[b + lat.nx]! : fb + H;
  const fd = m & 8 ? f[b - lat.nx]! : fb + H;
  const gx = fl - fr;
  const gy = fd - fu;
  const len = Math.sqrt(gx * gx + gy * gy);
  if (!(len > 1e-9 && len < Infinity)) return false;
  a.ex[i] = gx / len;
  a.ey[i] = gy / len;
  return true;
}

function update(sim: Sim, st: QuickestState): void {
  st.nextUpdate = sim.t + QUICKEST_PERIOD - 1e-9;
  const a = sim.a;
  const goals = sim.goals.goals;
  st.field.fill(null);
  if (st.field.length < goals.length) {
    for (let g = st.field.length; g < goals.length; g++) {
      st.field.push(null);
      st.buffer.push(null);
    }
    st.dense = new Int32Array(goals.length);
  }
  for (let s = 0; s < sim.layout.storeys.length; s++) {
    // Only a storey with enough walkers can have a dense crowd heading for one goal.
    if (sim.grid.walkers[s]! < QUICKEST_MIN_CROWD) continue;
    const nav = sim.layout.storeys[s]!.nav;
    const nx = nav.nx;
    const ny = nav.ny;
    grow(st, nx * ny, (nx + 1) * (ny + 1));
    countWalkers(sim, st, s, nav);
    const k = Math.round(QUICKEST_WINDOW / nav.h / 2 - 0.5);
    const cellArea = nav.h * nav.h;
    // Which goals have a dense crowd heading for them?
    const dense = st.dense;
    dense.fill(0);
    for (let i = 0; i < a.n; i++) {
      if (a.state[i] !== WALKING || a.storey[i] !== s) continue;
      const c = cellOf(nav, a.x[i]!, a.y[i]!);
      const g = a.goal[i]!;
      if (g >= 0 && c >= 0 && densityAt(st, nav, c, k, cellArea) > FRUIN_E_DENSITY) dense[g]!++;
    }
    let any = false;
    for (let g = 0; g < goals.length; g++) if (dense[g]! >= QUICKEST_MIN_CROWD) any = true;
    if (!any) continue;
    let lat = st.lattice[s];
    if (!lat || lat.nav !== nav) lat = st.lattice[s] = buildLattice(nav);
    const cells = lat.nx * lat.ny;
    // Step-cost factors at the lattice cells: wall penalty × 1 / Weidmann speed fraction.
    const weight = st.weight;
    for (let by = 0; by < lat.ny; by++)
      for (let bx = 0; bx < lat.nx; bx++) {
        const c = (by * LATTICE + 1) * nx + bx * LATTICE + 1;
        const wall = wallWeight(nav.wallDist[c]!);
        weight[by * lat.nx + bx] =
          nav.space[c]! >= 0 ? wall / floorCrowdFactor(densityAt(st, nav, c, k, cellArea)) : wall;
      }
    for (let gi = 0; gi < goals.length; gi++) {
      const goal = goals[gi]!;
      if (goal.storey !== s || dense[gi]! < QUICKEST_MIN_CROWD) continue;
      // Sources: lattice cells near the goal, at their distance-field distance.
      const fs = goalField(sim.layout, goal);
      st.sources.length = 0;
      st.sourceDist.length = 0;
      for (let b = 0; b < cells; b++) {
        if (lat.space[b]! < 0) continue;
        const v = fs[lat.centre[b]!]!;
        if (v <= QUICKEST_SOURCE) {
          st.sources.push(b);
          st.sourceDist.push(v);
        }
      }
      if (st.sources.length === 0) continue;
      // Only as far as the goal's walkers stand (and a margin beyond the farthest).
      const stop = st.stop;
      stop.needed.fill(0, 0, cells);
      stop.count = 0;
      for (let i = 0; i < a.n; i++) {
        if (a.state[i] !== WALKING || a.storey[i] !== s || a.goal[i] !== gi) continue;
        const c = cellOf(nav, a.x[i]!, a.y[i]!);
        if (c < 0) continue;
        const cx = c % nx;
        const bx = Math.floor(cx / LATTICE);
        const by = Math.floor((c - cx) / nx / LATTICE);
        if (bx >= lat.nx || by >= lat.ny) continue;
        const b = by * lat.nx + bx;
        if (stop.needed[b] === 0 && lat.space[b]! >= 0) {
          stop.needed[b] = 1;
          stop.count++;
        }
      }
      weightedDistances(lat, st.sources, weight, st.dist, st.heap!, stop, st.sourceDist);
      let out = st.buffer[gi];
      if (!out || out.length !== cells) out = st.buffer[gi] = new Float32Array(cells);
      const dist = st.dist;
      for (let b = 0; b < cells; b++) out[b] = dist[b]!;
      st.field[gi] = out;
    }
  }
}

/** Walkers of storey s per navigation cell, and the summed-area tables of walkers and of walkable
 * cells ((nx + 1) × (ny + 1), row 0 and column 0 zero). */
function countWalkers(sim: Sim, st: QuickestState, s: number, nav: NavGrid): void {
  const a = sim.a;
  const nx = nav.nx;
  const ny = nav.ny;
  const count = st.count;
  count.fill(0, 0, nx * ny);
  for (let i = 0; i < a.n; i++) {
    if (a.state[i] !== WALKING || a.storey[i] !== s) continue;
    const c = cellOf(nav, a.x[i]!, a.y[i]!);
    if (c >= 0) count[c]!++;
  }
  const sp = st.sumPeople;
  const sc = st.sumCells;
  const w1 = nx + 1;
  sp.fill(0, 0, w1);
  sc.fill(0, 0, w1);
  for (let y = 0; y < ny; y++) {
    let rowP = 0;
    let rowC = 0;
    sp[(y + 1) * w1] = 0;
    sc[(y + 1) * w1] = 0;
    for (let x = 0; x < nx; x++) {
      const c = y * nx + x;
      rowP += count[c]!;
      if (nav.space[c]! >= 0) rowC++;
      sp[(y + 1) * w1 + x + 1] = sp[y * w1 + x + 1]! + rowP;
      sc[(y + 1) * w1 + x + 1] = sc[y * w1 + x + 1]! + rowC;
    }
  }
}

/** The lattice of every LATTICE-th navigation cell (the centre of each LATTICE × LATTICE block): a
 * lattice move of the stencil is allowed where the same navigation move is allowed LATTICE times in
 * a row from the block's centre cell. */
function buildLattice(nav: NavGrid): Lattice {
  const lnx = Math.floor(nav.nx / LATTICE);
  const lny = Math.floor(nav.ny / LATTICE);
  const n = lnx * lny;
  const space = new Int32Array(n);
  const moves = new Uint16Array(n);
  const centre = new Int32Array(n);
  for (let by = 0; by < lny; by++)
    for (let bx = 0; bx < lnx; bx++) {
      const b = by * lnx + bx;
      const c = (by * LATTICE + 1) * nav.nx + bx * LATTICE + 1;
      centre[b] = c;
      space[b] = nav.space[c]!;
      if (space[b]! < 0) continue;
      let mask = 0;
      for (let k = 0; k < 16; k++) {
        const tx = bx + MOVES[k]![0];
        const ty = by + MOVES[k]![1];
        if (tx < 0 || ty < 0 || tx >= lnx || ty >= lny) continue;
        const off = MOVES[k]![1] * nav.nx + MOVES[k]![0];
        let ok = true;
        for (let r = 0; r < LATTICE && ok; r++) ok = (nav.moves[c + r * off]! & (1 << k)) !== 0;
        if (ok) mask |= 1 << k;
      }
      moves[b] = mask;
    }
  return { nav, nx: lnx, ny: lny, h: nav.h * LATTICE, space, moves, centre };
}

/** The navigation cell holding (x, y), or −1 outside the grid. */
function cellOf(nav: NavGrid, x: number, y: number): number {
  const cx = Math.floor((x - nav.ox) / nav.h);
  const cy = Math.floor((y - nav.oy) / nav.h);
  return cx >= 0 && cy >= 0 && cx < nav.nx && cy < nav.ny ? cy * nav.nx + cx : -1;
}

/** Walkers per m² of walkable floor in the (2k + 1)² cells around cell c (summed-area tables). */
function densityAt(st: QuickestState, nav: NavGrid, c: number, k: number, cellArea: number): number {
  const nx = nav.nx;
  const cx = c % nx;
  const cy = (c - cx) / nx;
  const x0 = cx - k < 0 ? 0 : cx - k;
  const y0 = cy - k < 0 ? 0 : cy - k;
  const x1 = cx + k + 1 > nx ? nx : cx + k + 1;
  const y1 = cy + k + 1 > nav.ny ? nav.ny : cy + k + 1;
  const w1 = nx + 1;
  const sp = st.sumPeople;
  const people = sp[y1 * w1 + x1]! - sp[y0 * w1 + x1]! - sp[y1 * w1 + x0]! + sp[y0 * w1 + x0]!;
  if (people === 0) return 0;
  const sc = st.sumCells;
  const walkable = sc[y1 * w1 + x1]! - sc[y0 * w1 + x1]! - sc[y1 * w1 + x0]! + sc[y0 * w1 + x0]!;
  return walkable > 0 ? people / (walkable * cellArea) : 0;
}

/** Grows the scratch to a storey of `cells` navigation cells and `table` summed-area entries (the
 * lattice arrays are smaller than `cells`). */
function grow(st: QuickestState, cells: number, table: number): void {
  if (st.count.length < cells) {
    st.count = new Int32Array(cells);
    st.weight = new Float64Array(cells);
    st.dist = new Float64Array(cells);
    st.heap = new Heap(cells);
    st.stop.needed = new Uint8Array(cells);
  }
  if (st.sumPeople.length < table) {
    st.sumPeople = new Int32Array(table);
    st.sumCells = new Int32Array(table);
  }
}
