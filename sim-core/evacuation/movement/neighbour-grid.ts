/**
 * Who is near whom: a uniform grid (NEIGHBOUR_CELL metres) per storey, all storeys in one cell
 * array, rebuilt every step by counting sort — count per cell, prefix sums, scatter — into
 * preallocated typed arrays, so a rebuild allocates nothing. Only walkers (2-D) are binned; a storey
 * nobody walks on is skipped. Cells are numbered row by row, so the walkers of consecutive cells of a
 * row form one run of `sorted` (the speed model reads a row's reach as one run).
 */
import type { BuildingLayout } from '../layout/building-layout.ts';
import { NEIGHBOUR_CELL } from '../constants.ts';
import { WALKING, type AgentArrays } from '../population/agent-arrays.ts';

export interface NeighbourGrid {
  cell: number;
  /** Per storey: origin, size and first cell in the shared arrays. */
  ox: Float64Array;
  oy: Float64Array;
  nx: Int32Array;
  ny: Int32Array;
  offset: Int32Array;
  /** Walkers per storey this step. */
  walkers: Int32Array;
  /** First sorted slot and count of each cell. */
  start: Int32Array;
  count: Int32Array;
  /** Walker indices sorted by cell. */
  sorted: Int32Array;
  /** Their positions in the same order, so the neighbour search reads memory in sequence (the
   * 10 000-agent profile: random reads of a.x / a.y by index were a large part of the search). */
  sx: Float64Array;
  sy: Float64Array;
  /** And their body radii (m). */
  sr: Float32Array;
  /** Each agent's cell (−1 if not walking). */
  agentCell: Int32Array;
}

export function createNeighbourGrid(layout: BuildingLayout, agents: number): NeighbourGrid {
  const s = layout.storeys.length;
  const g: NeighbourGrid = {
    cell: NEIGHBOUR_CELL,
    ox: new Float64Array(s),
    oy: new Float64Array(s),
    nx: new Int32Array(s),
    ny: new Int32Array(s),
    offset: new Int32Array(s + 1),
    walkers: new Int32Array(s),
    start: new Int32Array(0),
    count: new Int32Array(0),
    sorted: new Int32Array(agents),
    sx: new Float64Array(agents),
    sy: new Float64Array(agents),
    sr: new Float32Array(agents),
    agentCell: new Int32Array(agents).fill(-1),
  };
  layout.storeys.forEach((st, i) => {
    g.ox[i] = st.box.minX - NEIGHBOUR_CELL;
    g.oy[i] = st.box.minY - NEIGHBOUR_CELL;
    g.nx[i] = Math.ceil((st.box.maxX - st.box.minX) / NEIGHBOUR_CELL) + 3;
    g.ny[i] = Math.ceil((st.box.maxY - st.box.minY) / NEIGHBOUR_CELL) + 3;
    g.offset[i + 1] = g.offset[i]! + g.nx[i]! * g.ny[i]!;
  });
  g.start = new Int32Array(g.offset[s]!);
  g.count = new Int32Array(g.offset[s]!);
  return g;
}

/** The cell (global) of a point on storey s, clamped into the storey's grid. */
export function neighbourCell(g: NeighbourGrid, s: number, x: number, y: number): number {
  const nx = g.nx[s]!;
  const ny = g.ny[s]!;
  let cx = Math.floor((x - g.ox[s]!) / g.cell);
  let cy = Math.floor((y - g.oy[s]!) / g.cell);
  if (cx < 0) cx = 0;
  else if (cx >= nx) cx = nx - 1;
  if (cy < 0) cy = 0;
  else if (cy >= ny) cy = ny - 1;
  return g.offset[s]! + cy * nx + cx;
}

export function rebuildNeighbourGrid(g: NeighbourGrid, a: AgentArrays): void {
  const storeys = g.walkers.length;
  g.walkers.fill(0);
  for (let i = 0; i < a.n; i++) if (a.state[i] === WALKING) g.walkers[a.storey[i]!]!++;
  for (let s = 0; s < storeys; s++) if (g.walkers[s]! > 0) g.count.fill(0, g.offset[s]!, g.offset[s + 1]!);
  for (let i = 0; i < a.n; i++) {
    if (a.state[i] !== WALKING) {
      g.agentCell[i] = -1;
      continue;
    }
    const c = neighbourCell(g, a.storey[i]!, a.x[i]!, a.y[i]!);
    g.agentCell[i] = c;
    g.count[c]!++;
  }
  let run = 0;
  for (let s = 0; s < storeys; s++) {
    if (g.walkers[s] === 0) continue;
    for (let c = g.offset[s]!; c < g.offset[s + 1]!; c++) {
      g.start[c] = run;
      run += g.count[c]!;
    }
  }
  // Scatter, reusing count as the fill cursor (it ends equal to the original counts again).
  for (let s = 0; s < storeys; s++) if (g.walkers[s]! > 0) g.count.fill(0, g.offset[s]!, g.offset[s + 1]!);
  for (let i = 0; i < a.n; i++) {
    const c = g.agentCell[i]!;
    if (c < 0) continue;
    const k = g.start[c]! + g.count[c]!;
    g.sorted[k] = i;
    g.sx[k] = a.x[i]!;
    g.sy[k] = a.y[i]!;
    g.sr[k] = a.radius[i]!;
    g.count[c]!++;
  }
}
