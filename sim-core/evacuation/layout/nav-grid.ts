/**
 * The navigation raster of one storey: square cells of NAV_CELL metres, each belonging to the space
 * whose polygon holds its centre (or to none: outside, or inside an obstacle). Two side-by-side cells
 * are linked if they are in the same space, or in two spaces joined by a passable door whose segment
 * the line between the cell centres crosses — so walls are space boundaries and only a door's width
 * lets the field through. `moves` holds, per cell, a 16-bit mask of the allowed steps of the
 * 16-neighbour stencil (MOVES); diagonal and knight steps stay inside one space so they never cut a
 * wall corner or a door jamb.
 */
import type { Storey } from '../../../models/schema/storey.ts';
import type { BBox } from '../../../models/geometry/polygon.ts';
import { pointLocator } from '../../../models/geometry/point-locator.ts';
import { segmentsIntersectXY } from '../../../models/geometry/segments.ts';

/** The 16-neighbour stencil: 4 axis steps, 4 diagonals, 8 knight steps. */
export const MOVES: readonly (readonly [number, number])[] = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
  [1, 1],
  [1, -1],
  [-1, 1],
  [-1, -1],
  [2, 1],
  [2, -1],
  [-2, 1],
  [-2, -1],
  [1, 2],
  [1, -2],
  [-1, 2],
  [-1, -2],
];

const GRID_OFFSET = 0.137;

export interface NavGrid {
  ox: number;
  oy: number;
  h: number;
  nx: number;
  ny: number;
  /** Global space index per cell, −1 where nobody may stand. */
  space: Int32Array;
  /** Allowed steps per cell, bit k for MOVES[k]. */
  moves: Uint16Array;
  /** Distance (m) from each cell centre to the nearest wall, capped at 1 m (set by building-layout). */
  wallDist: Float32Array;
  /** Link to the +x neighbour open (1) or a wall (0); likewise +y. */
  openX: Uint8Array;
  openY: Uint8Array;
}

export function buildNavGrid(
  storey: Storey,
  spaceIndex: ReadonlyMap<string, number>,
  box: BBox,
  h: number,
): NavGrid {
  // A small odd offset keeps cell centres off walls drawn on round coordinates.
  const ox = box.minX - h + GRID_OFFSET * h;
  const oy = box.minY - h + GRID_OFFSET * h;
  const nx = Math.ceil((box.maxX - box.minX) / h) + 2;
  const ny = Math.ceil((box.maxY - box.minY) / h) + 2;
  const space = new Int32Array(nx * ny).fill(-1);
  /** Calls f(cell, location of its centre: −1 out, 0 on the boundary, 1 in) for the ring's box. */
  const scan = (
    ring: readonly (readonly [number, number])[],
    f: (c: number, where: number) => void,
  ): void => {
    let x0 = Infinity;
    let x1 = -Infinity;
    let y0 = Infinity;
    let y1 = -Infinity;
    for (const [x, y] of ring) {
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
    // Axis-aligned rectangles (most rooms) need no polygon test.
    const rect =
      ring.length === 4 &&
      ring.every(([x, y]) => (x === x0 || x === x1) && (y === y0 || y === y1)) &&
      x0 < x1 &&
      y0 < y1;
    const loc = rect ? undefined : pointLocator(ring as [number, number][]);
    const cx0 = Math.max(0, Math.floor((x0 - ox) / h));
    const cx1 = Math.min(nx - 1, Math.ceil((x1 - ox) / h));
    const cy0 = Math.max(0, Math.floor((y0 - oy) / h));
    const cy1 = Math.min(ny - 1, Math.ceil((y1 - oy) / h));
    for (let cy = cy0; cy <= cy1; cy++) {
      const y = oy + (cy + 0.5) * h;
      for (let cx = cx0; cx <= cx1; cx++) {
        const x = ox + (cx + 0.5) * h;
        let where: number;
        if (loc) where = loc.locate(x, y);
        else if (x < x0 || x > x1 || y < y0 || y > y1) where = -1;
        else where = x === x0 || x === x1 || y === y0 || y === y1 ? 0 : 1;
        f(cy * nx + cx, where);
      }
    }
  };
  // Centres exactly on a wall go to the first space that has them on its boundary (after every
  // interior has been claimed), so that a wall line never becomes a row of dead cells that would cut
  // a door off.
  const onBoundary: number[] = [];
  for (const sp of storey.spaces) {
    const g = spaceIndex.get(sp.id)!;
    scan(sp.polygon, (c, where) => {
      if (where > 0 && space[c]! < 0) space[c] = g;
      else if (where === 0) onBoundary.push(c, g);
    });
  }
  for (let k = 0; k < onBoundary.length; k += 2) {
    const c = onBoundary[k]!;
    if (space[c]! < 0) space[c] = onBoundary[k + 1]!;
  }
  for (const ob of storey.obstacles ?? []) {
    scan(ob.polygon, (c, where) => {
      if (where >= 0) space[c] = -1;
    });
  }

  // Doors by the unordered pair of spaces they join.
  const doorsByPair = new Map<string, [number, number, number, number][]>();
  for (const d of storey.doors ?? []) {
    if (d.passable === false) continue;
    const a = spaceIndex.get(d.spaces[0]);
    const b = spaceIndex.get(d.spaces[1]);
    if (a === undefined || b === undefined) continue;
    const key = a < b ? `${a},${b}` : `${b},${a}`;
    let list = doorsByPair.get(key);
    if (!list) doorsByPair.set(key, (list = []));
    list.push([d.segment[0][0], d.segment[0][1], d.segment[1][0], d.segment[1][1]]);
  }
  const link = (c: number, d: number): number => {
    const a = space[c]!;
    const b = space[d]!;
    if (a < 0 || b < 0) return 0;
    if (a === b) return 1;
    const list = doorsByPair.get(a < b ? `${a},${b}` : `${b},${a}`);
    if (!list) return 0;
    const cx = c % nx;
    const cy = (c - cx) / nx;
    const dx = d % nx;
    const dy = (d - dx) / nx;
    const px = ox + (cx + 0.5) * h;
    const py = oy + (cy + 0.5) * h;
    const qx = ox + (dx + 0.5) * h;
    const qy = oy + (dy + 0.5) * h;
    for (const [ax, ay, bx, by] of list) if (segmentsIntersectXY(px, py, qx, qy, ax, ay, bx, by)) return 1;
    return 0;
  };
  const openX = new Uint8Array(nx * ny);
  const openY = new Uint8Array(nx * ny);
  for (let cy = 0; cy < ny; cy++) {
    for (let cx = 0; cx < nx; cx++) {
      const c = cy * nx + cx;
      if (cx + 1 < nx) openX[c] = link(c, c + 1);
      if (cy + 1 < ny) openY[c] = link(c, c + nx);
    }
  }

  const moves = new Uint16Array(nx * ny);
  for (let cy = 0; cy < ny; cy++) {
    for (let cx = 0; cx < nx; cx++) {
      const c = cy * nx + cx;
      const s = space[c]!;
      if (s < 0) continue;
      let mask = 0;
      if (cx + 1 < nx && openX[c]) mask |= 1;
      if (cx > 0 && openX[c - 1]) mask |= 2;
      if (cy + 1 < ny && openY[c]) mask |= 4;
      if (cy > 0 && openY[c - nx]) mask |= 8;
      for (let k = 4; k < 16; k++) {
        const [dx, dy] = MOVES[k]!;
        const ex = cx + dx;
        const ey = cy + dy;
        if (ex < 0 || ey < 0 || ex >= nx || ey >= ny) continue;
        // Every cell of the step's bounding box in the same space: no corner or jamb is cut.
        let ok = true;
        for (let yy = Math.min(cy, ey); yy <= Math.max(cy, ey) && ok; yy++)
          for (let xx = Math.min(cx, ex); xx <= Math.max(cx, ex) && ok; xx++) ok = space[yy * nx + xx] === s;
        if (ok) mask |= 1 << k;
      }
      moves[c] = mask;
    }
  }
  return { ox, oy, h, nx, ny, space, moves, openX, openY, wallDist: new Float32Array(nx * ny).fill(1) };
}

/** The cell holding (x, y), or −1 off the grid. */
export function navCellOf(g: NavGrid, x: number, y: number): number {
  const cx = Math.floor((x - g.ox) / g.h);
  const cy = Math.floor((y - g.oy) / g.h);
  if (cx < 0 || cy < 0 || cx >= g.nx || cy >= g.ny) return -1;
  return cy * g.nx + cx;
}
