/**
 * A uniform grid over a storey listing, per cell, the segments (walls and door portals) that come
 * within `reach` of the cell. A walker asks only its own cell's list for walls to keep clear of and
 * for segments its step might cross. Compressed rows (CSR): items[start[c] … start[c + 1]).
 */
export interface SegmentGrid {
  ox: number;
  oy: number;
  cell: number;
  nx: number;
  ny: number;
  start: Int32Array;
  items: Int32Array;
  ax: Float64Array;
  ay: Float64Array;
  bx: Float64Array;
  by: Float64Array;
  /** −1 for a wall, else the global index of the door this portal is. */
  door: Int32Array;
}

export function buildSegmentGrid(
  seg: { ax: number[]; ay: number[]; bx: number[]; by: number[]; door: number[] },
  box: { minX: number; minY: number; maxX: number; maxY: number },
  cell: number,
  reach: number,
): SegmentGrid {
  const ox = box.minX - reach;
  const oy = box.minY - reach;
  const nx = Math.max(1, Math.ceil((box.maxX + reach - ox) / cell));
  const ny = Math.max(1, Math.ceil((box.maxY + reach - oy) / cell));
  const n = seg.ax.length;
  const range = (i: number): [number, number, number, number] => {
    const x0 = Math.min(seg.ax[i]!, seg.bx[i]!) - reach;
    const x1 = Math.max(seg.ax[i]!, seg.bx[i]!) + reach;
    const y0 = Math.min(seg.ay[i]!, seg.by[i]!) - reach;
    const y1 = Math.max(seg.ay[i]!, seg.by[i]!) + reach;
    const cx0 = Math.max(0, Math.floor((x0 - ox) / cell));
    const cx1 = Math.min(nx - 1, Math.floor((x1 - ox) / cell));
    const cy0 = Math.max(0, Math.floor((y0 - oy) / cell));
    const cy1 = Math.min(ny - 1, Math.floor((y1 - oy) / cell));
    return [cx0, cx1, cy0, cy1];
  };
  const start = new Int32Array(nx * ny + 1);
  for (let i = 0; i < n; i++) {
    const [cx0, cx1, cy0, cy1] = range(i);
    for (let cy = cy0; cy <= cy1; cy++) for (let cx = cx0; cx <= cx1; cx++) start[cy * nx + cx + 1]!++;
  }
  for (let c = 0; c < nx * ny; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, nx * ny);
  const items = new Int32Array(start[nx * ny]!);
  for (let i = 0; i < n; i++) {
    const [cx0, cx1, cy0, cy1] = range(i);
    for (let cy = cy0; cy <= cy1; cy++) for (let cx = cx0; cx <= cx1; cx++) items[fill[cy * nx + cx]!++] = i;
  }
  return {
    ox,
    oy,
    cell,
    nx,
    ny,
    start,
    items,
    ax: Float64Array.from(seg.ax),
    ay: Float64Array.from(seg.ay),
    bx: Float64Array.from(seg.bx),
    by: Float64Array.from(seg.by),
    door: Int32Array.from(seg.door),
  };
}

/** The cell holding (x, y), clamped to the grid. */
export function segmentCellOf(g: SegmentGrid, x: number, y: number): number {
  let cx = Math.floor((x - g.ox) / g.cell);
  let cy = Math.floor((y - g.oy) / g.cell);
  if (cx < 0) cx = 0;
  else if (cx >= g.nx) cx = g.nx - 1;
  if (cy < 0) cy = 0;
  else if (cy >= g.ny) cy = g.ny - 1;
  return cy * g.nx + cx;
}

/** Scratch output of `wallOffset` (module-level, so hot loops allocate nothing): [dx, dy]. */
export const WALL_OFFSET = new Float64Array(2);

/**
 * The offset from the closest point of segment `w` to (x, y), written to WALL_OFFSET, and its length.
 * Shared by the wall repulsion of the movement model and the wall push-out of a step.
 */
export function wallOffset(g: SegmentGrid, w: number, x: number, y: number): number {
  const ax = g.ax[w]!;
  const ay = g.ay[w]!;
  const vx = g.bx[w]! - ax;
  const vy = g.by[w]! - ay;
  const len2 = vx * vx + vy * vy;
  let t = len2 > 0 ? ((x - ax) * vx + (y - ay) * vy) / len2 : 0;
  if (t < 0) t = 0;
  else if (t > 1) t = 1;
  const dx = x - (ax + t * vx);
  const dy = y - (ay + t * vy);
  WALL_OFFSET[0] = dx;
  WALL_OFFSET[1] = dy;
  return Math.sqrt(dx * dx + dy * dy);
}
