/**
 * Distance to the goal "as if the vehicle could turn on the spot", on a grid over the drivable area:
 * the holonomic-with-obstacles heuristic of hybrid A* (Dolgov et al., "Path Planning for Autonomous
 * Vehicles in Unknown Semi-structured Environments", IJRR 29(5), 2010). A cell is passable when a
 * vertical cylinder of radius r − d (d: half the cell diagonal) at its centre is free, r being the
 * largest disc about the rear axle inside the inflated body. So a blocked cell is blocked for every
 * pose whose rear axle lies in it, and a start cut off from every goal cell is cut off for certain:
 * the planner may then stop at once ("no route even turning on the spot").
 *
 * `relaxed()` is a second field over the same cells for that case: blocked cells inside the drivable
 * union are passable at BLOCKED_FACTOR × their length. It measures "how far, and how much obstacle in
 * between", so the pose minimising it among those the vehicle can reach is where it gets stuck on the
 * least-obstructed way towards the goal (used for `stuckAt`, never to prove anything).
 */
import type { VehicleProbe } from './collision-world.ts';
import type { VehicleGeometry } from './vehicle-geometry.ts';
import { bbox, type Ring } from '../../models/geometry/polygon.ts';

/** Cost per metre through a blocked cell in the relaxed field, relative to a free one. */
const BLOCKED_FACTOR = 10;

export interface HeuristicGrid {
  cell: number;
  /** Metres to the nearest goal cell through passable cells; Infinity if none. */
  at(x: number, y: number): number;
  /** Passable cells that connect to a goal (for diagnostics). */
  reachableCells: number;
  /** The relaxed field (obstacles cost BLOCKED_FACTOR × length), built on first call; undefined without `contains`. */
  relaxed?: () => HeuristicGrid;
  /**
   * The same field with the cells in the given discs (x y r triples) made impassable: a guess at a
   * bottleneck the vehicle cannot pass, so the search can be pointed at another way (never a proof).
   */
  without(discs: readonly number[]): HeuristicGrid;
  /** Follows the field downhill from (x, y) for about `metres`; writes the point reached into out[0..1]. */
  descend(x: number, y: number, metres: number, out: Float64Array): void;
}

/** Binary min-heap of cell indices keyed by a Float64Array. */
function heapPush(heap: Int32Array, size: number, key: Float64Array, v: number): number {
  let i = size;
  heap[i] = v;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (key[heap[p]!]! <= key[heap[i]!]!) break;
    const t = heap[p]!;
    heap[p] = heap[i]!;
    heap[i] = t;
    i = p;
  }
  return size + 1;
}

function heapPop(heap: Int32Array, size: number, key: Float64Array): number {
  const top = heap[0]!;
  const n = size - 1;
  heap[0] = heap[n]!;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < n && key[heap[l]!]! < key[heap[m]!]!) m = l;
    if (r < n && key[heap[r]!]! < key[heap[m]!]!) m = r;
    if (m === i) break;
    const t = heap[m]!;
    heap[m] = heap[i]!;
    heap[i] = t;
    i = m;
  }
  return top;
}

export function heuristicGrid(
  probe: VehicleProbe,
  g: VehicleGeometry,
  rings: readonly Ring[],
  isGoalCell: (x: number, y: number, slack: number) => boolean,
  cell = 1,
  contains?: (x: number, y: number) => boolean,
): HeuristicGrid {
  const { minX, minY, maxX, maxY } = bbox(rings.flat());
  const nx = Math.max(1, Math.ceil((maxX - minX) / cell));
  const ny = Math.max(1, Math.ceil((maxY - minY) / cell));
  const half = (cell * Math.SQRT2) / 2;
  const radius = Math.max(0.01, Math.min(g.halfWidth, g.rear) - half);
  // Per-cell cost factor: 1 passable, 0 impassable.
  const factor = new Float64Array(nx * ny);
  const goal = new Uint8Array(nx * ny);
  for (let j = 0; j < ny; j++)
    for (let i = 0; i < nx; i++) {
      const x = minX + (i + 0.5) * cell;
      const y = minY + (j + 0.5) * cell;
      const k = j * nx + i;
      if (!probe.discFree(x, y, radius)) continue;
      factor[k] = 1;
      if (isGoalCell(x, y, half)) goal[k] = 1;
    }
  const frame = { minX, minY, nx, ny, cell };
  const grid = fieldOf(frame, factor, goal);
  if (contains) {
    let relaxed: HeuristicGrid | undefined;
    grid.relaxed = () => {
      if (relaxed) return relaxed;
      const f2 = new Float64Array(nx * ny);
      const g2 = new Uint8Array(nx * ny);
      for (let j = 0; j < ny; j++)
        for (let i = 0; i < nx; i++) {
          const k = j * nx + i;
          if (factor[k]! > 0) {
            f2[k] = 1;
            g2[k] = goal[k]!;
            continue;
          }
          const x = minX + (i + 0.5) * cell;
          const y = minY + (j + 0.5) * cell;
          if (!contains(x, y)) continue;
          f2[k] = BLOCKED_FACTOR;
          if (isGoalCell(x, y, half)) g2[k] = 1;
        }
      relaxed = fieldOf(frame, f2, g2);
      return relaxed;
    };
  }
  return grid;
}

interface Frame {
  minX: number;
  minY: number;
  nx: number;
  ny: number;
  cell: number;
}

/** Multi-source Dijkstra from the goal cells, 8-connected; a step costs its length × the entered cell's factor. */
function dijkstra(f: Frame, factor: Float64Array, goal: Uint8Array): { dist: Float64Array; reached: number } {
  const { nx, ny, cell } = f;
  const dist = new Float64Array(nx * ny).fill(Infinity);
  const heap = new Int32Array(nx * ny * 9 + 8);
  let size = 0;
  for (let k = 0; k < nx * ny; k++)
    if (goal[k] && factor[k]! > 0) {
      dist[k] = 0;
      size = heapPush(heap, size, dist, k);
    }
  const done = new Uint8Array(nx * ny);
  let reached = 0;
  while (size > 0) {
    const k = heapPop(heap, size, dist);
    size--;
    if (done[k]) continue;
    done[k] = 1;
    reached++;
    const i = k % nx;
    const j = (k - i) / nx;
    for (let dj = -1; dj <= 1; dj++)
      for (let di = -1; di <= 1; di++) {
        if (di === 0 && dj === 0) continue;
        const a = i + di;
        const b = j + dj;
        if (a < 0 || b < 0 || a >= nx || b >= ny) continue;
        const n = b * nx + a;
        if (factor[n] === 0 || done[n]) continue;
        const d = dist[k]! + (di !== 0 && dj !== 0 ? Math.SQRT2 : 1) * cell * factor[n]!;
        if (d < dist[n]! && size < heap.length) {
          dist[n] = d;
          size = heapPush(heap, size, dist, n);
        }
      }
  }
  return { dist, reached };
}

function fieldOf(f: Frame, factor: Float64Array, goal: Uint8Array): HeuristicGrid {
  const { minX, minY, nx, ny, cell } = f;
  const { dist, reached } = dijkstra(f, factor, goal);
  return {
    cell,
    reachableCells: reached,
    without(discs) {
      const f2 = factor.slice();
      for (let d = 0; d + 2 < discs.length; d += 3) {
        const [cx, cy, r] = [discs[d]!, discs[d + 1]!, discs[d + 2]!];
        const i0 = Math.max(0, Math.floor((cx - r - minX) / cell));
        const i1 = Math.min(nx - 1, Math.floor((cx + r - minX) / cell));
        const j0 = Math.max(0, Math.floor((cy - r - minY) / cell));
        const j1 = Math.min(ny - 1, Math.floor((cy + r - minY) / cell));
        for (let j = j0; j <= j1; j++)
          for (let i = i0; i <= i1; i++)
            if (Math.hypot(minX + (i + 0.5) * cell - cx, minY + (j + 0.5) * cell - cy) <= r)
              f2[j * nx + i] = 0;
      }
      return fieldOf(f, f2, goal);
    },
    descend(x, y, metres, out) {
      let i = Math.min(nx - 1, Math.max(0, Math.floor((x - minX) / cell)));
      let j = Math.min(ny - 1, Math.max(0, Math.floor((y - minY) / cell)));
      for (let walked = 0; walked < metres;) {
        let bi = i;
        let bj = j;
        for (let dj = -1; dj <= 1; dj++)
          for (let di = -1; di <= 1; di++) {
            const a = i + di;
            const b = j + dj;
            if (a < 0 || b < 0 || a >= nx || b >= ny) continue;
            if (dist[b * nx + a]! < dist[bj * nx + bi]!) [bi, bj] = [a, b];
          }
        if (bi === i && bj === j) break;
        walked += Math.hypot(bi - i, bj - j) * cell;
        [i, j] = [bi, bj];
      }
      out[0] = minX + (i + 0.5) * cell;
      out[1] = minY + (j + 0.5) * cell;
    },
    at(x, y) {
      const i = Math.floor((x - minX) / cell);
      const j = Math.floor((y - minY) / cell);
      if (i < 0 || j < 0 || i >= nx || j >= ny) return Infinity;
      const own = dist[j * nx + i]!;
      if (!Number.isFinite(own)) return own;
      // Bilinear between cell centres where all four are finite: a continuous estimate lets the
      // search tell apart poses a few centimetres closer to the goal (a truck drifting across a lane).
      const fx = (x - minX) / cell - 0.5;
      const fy = (y - minY) / cell - 0.5;
      const i0 = Math.floor(fx);
      const j0 = Math.floor(fy);
      if (i0 < 0 || j0 < 0 || i0 + 1 >= nx || j0 + 1 >= ny) return own;
      const a = dist[j0 * nx + i0]!;
      const b = dist[j0 * nx + i0 + 1]!;
      const c = dist[(j0 + 1) * nx + i0]!;
      const d = dist[(j0 + 1) * nx + i0 + 1]!;
      if (!Number.isFinite(a + b + c + d)) return own;
      const u = fx - i0;
      const v = fy - j0;
      return (a * (1 - u) + b * u) * (1 - v) + (c * (1 - u) + d * u) * v;
    },
  };
}
