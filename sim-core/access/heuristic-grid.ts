/**
 * Distance to the goal "as if the vehicle could turn on the spot", on a grid over the drivable area:
 * the holonomic-with-obstacles heuristic of hybrid A* (Dolgov et al., "Path Planning for Autonomous
 * Vehicles in Unknown Semi-structured Environments", IJRR 29(5), 2010). A cell is passable when a
 * vertical cylinder of radius r − d (d: half the cell diagonal) at its centre is free, r being the
 * largest disc about the rear axle inside the inflated body. So a blocked cell is blocked for every
 * pose whose rear axle lies in it, and a start cut off from every goal cell is cut off for certain:
 * the planner may then stop at once ("no route even turning on the spot").
 */
import type { VehicleProbe } from './collision-world.ts';
import type { VehicleGeometry } from './vehicle-geometry.ts';
import type { Ring } from '../../models/geometry/polygon.ts';

export interface HeuristicGrid {
  cell: number;
  /** Metres to the nearest goal cell through passable cells; Infinity if none. */
  at(x: number, y: number): number;
  /** Passable cells that connect to a goal (for diagnostics). */
  reachableCells: number;
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
): HeuristicGrid {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const r of rings)
    for (const [x, y] of r) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  const nx = Math.max(1, Math.ceil((maxX - minX) / cell));
  const ny = Math.max(1, Math.ceil((maxY - minY) / cell));
  const half = (cell * Math.SQRT2) / 2;
  const radius = Math.max(0.01, Math.min(g.halfWidth, g.rear) - half);
  const dist = new Float64Array(nx * ny).fill(Infinity);
  const passable = new Uint8Array(nx * ny);
  const heap = new Int32Array(nx * ny * 9 + 8);
  let size = 0;
  for (let j = 0; j < ny; j++)
    for (let i = 0; i < nx; i++) {
      const x = minX + (i + 0.5) * cell;
      const y = minY + (j + 0.5) * cell;
      const k = j * nx + i;
      if (!probe.discFree(x, y, radius)) continue;
      passable[k] = 1;
      if (isGoalCell(x, y, half)) {
        dist[k] = 0;
        size = heapPush(heap, size, dist, k);
      }
    }
  const done = new Uint8Array(nx * ny);
  let reachableCells = 0;
  while (size > 0) {
    const k = heapPop(heap, size, dist);
    size--;
    if (done[k]) continue;
    done[k] = 1;
    reachableCells++;
    const i = k % nx;
    const j = (k - i) / nx;
    for (let dj = -1; dj <= 1; dj++)
      for (let di = -1; di <= 1; di++) {
        if (di === 0 && dj === 0) continue;
        const a = i + di;
        const b = j + dj;
        if (a < 0 || b < 0 || a >= nx || b >= ny) continue;
        const n = b * nx + a;
        if (!passable[n] || done[n]) continue;
        const d = dist[k]! + (di !== 0 && dj !== 0 ? Math.SQRT2 : 1) * cell;
        if (d < dist[n]! && size < heap.length) {
          dist[n] = d;
          size = heapPush(heap, size, dist, n);
        }
      }
  }
  return {
    cell,
    reachableCells,
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
