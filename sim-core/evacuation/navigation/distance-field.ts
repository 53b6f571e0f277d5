/**
 * Distance (m) from every cell of a storey's navigation grid to a set of source cells, by Dijkstra
 * on the 16-neighbour stencil (axis, diagonal and knight steps; nav-grid.ts). Error bound: in open
 * space a 16-neighbour path overestimates the straight-line distance by at most
 * 1/cos(θ/2) − 1 where θ is the widest angle between neighbouring stencil directions,
 * atan(1/2) = 26.57°, i.e. ≤ 2.75 % (8 neighbours would give 1/cos 22.5° − 1 = 8.2 %); crossing a
 * door adds at most one cell (h) because door crossings are axis steps only.
 *
 * Near walls each step costs more (× 1 + WALL_PENALTY·(1 − d/WALL_PENALTY_RANGE) for a cell centre d
 * metres from a wall, averaged over the step's two cells), so the field's paths keep off walls and go
 * through the middle of doors instead of grazing jambs; the field therefore overestimates the
 * distance along walls by up to WALL_PENALTY (route costs stay comparable between goals). Lifeline's
 * choice, like the obstacle terms of Vadere's floor fields.
 */
import { MOVES, type NavGrid } from '../layout/nav-grid.ts';

/** Extra cost factor at a wall and the distance (m) over which it fades (Lifeline's choice). Note: in a
 * corridor up to 1 m wide every cell is within the fade, and the field's lateral gradient draws walkers
 * towards the centre line; a fade of a body radius (0.2 m) was tried for RiMEA 12d (issue 3) and lifted
 * the 1.0 m corridor's flow, but then the field ran along the lobby wall of the yuzhong sample right at
 * its stair doors and walkers shuttled there for ever, so 0.5 m stays until that is solved. */
export const WALL_PENALTY = 1;
export const WALL_PENALTY_RANGE = 0.5;

/** Indexed binary min-heap on Float64 keys (decrease-key by position table); no allocation per op. */
export class Heap {
  readonly key: Float64Array;
  readonly item: Int32Array;
  readonly pos: Int32Array;
  size = 0;
  constructor(n: number) {
    this.key = new Float64Array(n);
    this.item = new Int32Array(n);
    this.pos = new Int32Array(n).fill(-1);
  }
  /** Empties the heap for items 0 … n − 1 (n ≤ capacity), so one heap serves many fields. */
  reset(n: number): void {
    this.size = 0;
    this.pos.fill(-1, 0, n);
  }
  private swap(i: number, j: number): void {
    const ki = this.key[i]!;
    const ii = this.item[i]!;
    this.key[i] = this.key[j]!;
    this.item[i] = this.item[j]!;
    this.key[j] = ki;
    this.item[j] = ii;
    this.pos[this.item[i]!] = i;
    this.pos[this.item[j]!] = j;
  }
  private up(i: number): void {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.key[p]! <= this.key[i]!) break;
      this.swap(i, p);
      i = p;
    }
  }
  private down(i: number): void {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.size && this.key[l]! < this.key[m]!) m = l;
      if (r < this.size && this.key[r]! < this.key[m]!) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }
  /** Insert, or lower the key of an item already queued. */
  push(item: number, key: number): void {
    const p = this.pos[item]!;
    if (p >= 0) {
      if (key < this.key[p]!) {
        this.key[p] = key;
        this.up(p);
      }
      return;
    }
    const i = this.size++;
    this.key[i] = key;
    this.item[i] = item;
    this.pos[item] = i;
    this.up(i);
  }
  pop(): number {
    const top = this.item[0]!;
    this.size--;
    if (this.size > 0) {
      this.key[0] = this.key[this.size]!;
      this.item[0] = this.item[this.size]!;
      this.pos[this.item[0]!] = 0;
      this.down(0);
    }
    this.pos[top] = -2;
    return top;
  }
}

/** The static step-cost factor of a cell from its wall distance (the wall penalty above). */
export function wallWeight(wallDist: number): number {
  return 1 + (wallDist < WALL_PENALTY_RANGE ? WALL_PENALTY * (1 - wallDist / WALL_PENALTY_RANGE) : 0);
}

/** Distances (m) from `sources` (cells at distance `sourceValue`, default 0); Infinity if unreachable. */
export function distanceField(g: NavGrid, sources: readonly number[]): Float32Array {
  const n = g.nx * g.ny;
  const dist = new Float64Array(n);
  const weight = new Float64Array(n);
  for (let c = 0; c < n; c++) weight[c] = wallWeight(g.wallDist[c]!);
  weightedDistances(g, sources, weight, dist, new Heap(n));
  return Float32Array.from(dist);
}

/** What the Dijkstra reads of a grid: the navigation grid, or the quickest field's coarse lattice. */
export interface StencilGrid {
  nx: number;
  ny: number;
  h: number;
  space: Int32Array;
  moves: Uint16Array;
  /** The lattice's cells in the navigation grid (lattice only). */
  centre?: Int32Array;
}

/**
 * Dijkstra on the 16-neighbour stencil from `sources` (at distance 0, or `sourceDist`), each step
 * costing its length × the mean of its two cells' `weight`, into `dist` (Infinity where unreachable).
 * `heap` is scratch of at least nx·ny items. The static field and the quickest-path field
 * (quickest-field.ts) share it.
 */
export function weightedDistances(
  g: StencilGrid,
  sources: readonly number[],
  weight: Float64Array,
  dist: Float64Array,
  heap: Heap,
  stop?: EarlyStop,
  sourceDist?: readonly number[],
): void {
  const n = g.nx * g.ny;
  dist.fill(Infinity, 0, n);
  heap.reset(n);
  const nx = g.nx;
  const h = g.h;
  for (let k = 0; k < 16; k++) {
    STEP_OFFSET[k] = MOVES[k]![1] * nx + MOVES[k]![0];
    STEP_LENGTH[k] = Math.hypot(MOVES[k]![0], MOVES[k]![1]) * h;
  }
  for (let k = 0; k < sources.length; k++) {
    const s = sources[k]!;
    if (g.space[s]! < 0) continue;
    const d0 = sourceDist ? sourceDist[k]! : 0;
    if (d0 < dist[s]!) {
      dist[s] = d0;
      heap.push(s, d0);
    }
  }
  let remaining = stop ? stop.count : 0;
  let limit = Infinity;
  while (heap.size > 0) {
    const c = heap.pop();
    const dc = dist[c]!;
    if (dc > limit) {
      // Early stop: what is left unsettled stays Infinity.
      dist[c] = Infinity;
      for (let k = 0; k < heap.size; k++) dist[heap.item[k]!] = Infinity;
      return;
    }
    if (stop && stop.needed[c] === 1) {
      stop.needed[c] = 0;
      if (--remaining === 0) limit = dc * stop.factor + stop.margin;
    }
    const mask = g.moves[c]!;
    for (let k = 0; k < 16; k++) {
      if ((mask & (1 << k)) === 0) continue;
      const d = c + STEP_OFFSET[k]!;
      if (heap.pos[d] === -2) continue;
      const nd = dc + STEP_LENGTH[k]! * 0.5 * (weight[c]! + weight[d]!);
      if (nd < dist[d]!) {
        dist[d] = nd;
        heap.push(d, nd);
      }
    }
  }
}

/**
 * Stop a field early: once every cell marked in `needed` (count of them) is settled at distance D,
 * cells beyond D × factor + margin are left at Infinity. The marks are cleared as cells settle.
 */
export interface EarlyStop {
  needed: Uint8Array;
  count: number;
  factor: number;
  margin: number;
}

/** Scratch: the stencil's cell offsets and step lengths for the grid at hand. */
const STEP_OFFSET = new Int32Array(16);
const STEP_LENGTH = new Float64Array(16);
