/**
 * The density map over time (issue 3 "Outputs": density heat maps per storey; issue 6: the heat map
 * follows the playback): per storey, at every density sample (the recording interval, sample k at
 * k × interval s from the alarm), the Fruin level of each cell someone stood in, as a sparse list.
 * Cells nobody stood in are not stored, so the size follows the crowd, not the building: at most
 * one entry per walking person per sample, 3 bytes (cell index as uint16 where the storey has
 * ≤ 65 536 cells, else 5 with uint32) + 4 bytes of sample start per storey per sample.
 * Example (docs/evacuation.md): 10 000 people walking on one floor for 60 samples < 1.8 MB, the
 * trajectory frames of the same run 9.6 MB.
 *
 * The recorder grows its arrays by doubling (an allocation now and then, never per step) and trims
 * them at the end of the run.
 */

export interface DensitySeries {
  /** Seconds between samples; sample k was taken at k × interval s. */
  interval: number;
  /** Samples taken. */
  samples: number;
  /** Sample k's occupied cells are entries start[k] … start[k + 1] − 1 (samples + 1 values). */
  start: Uint32Array;
  /** Cell index (cy · nx + cx of the storey's map) of each entry. */
  cells: Uint16Array | Uint32Array;
  /** Fruin walkway level (0 = A … 5 = F) of each entry's density at that sample. */
  levels: Uint8Array;
}

export interface DensitySeriesRecorder {
  interval: number;
  wide: boolean;
  samples: number;
  used: number;
  start: Uint32Array;
  cells: Uint16Array | Uint32Array;
  levels: Uint8Array;
}

const FIRST_ENTRIES = 256;
const FIRST_SAMPLES = 64;

export function createDensitySeriesRecorder(cellsInMap: number, interval: number): DensitySeriesRecorder {
  const wide = cellsInMap > 65536;
  return {
    interval,
    wide,
    samples: 0,
    used: 0,
    start: new Uint32Array(FIRST_SAMPLES + 1),
    cells: wide ? new Uint32Array(FIRST_ENTRIES) : new Uint16Array(FIRST_ENTRIES),
    levels: new Uint8Array(FIRST_ENTRIES),
  };
}

/** Opens the next sample (its entries follow with addSeriesCell). */
export function beginSeriesSample(r: DensitySeriesRecorder): void {
  if (r.samples + 2 > r.start.length) {
    const next = new Uint32Array(r.start.length * 2);
    next.set(r.start);
    r.start = next;
  }
  r.start[r.samples] = r.used;
  r.samples++;
  r.start[r.samples] = r.used;
}

/** Adds an occupied cell to the open sample. */
export function addSeriesCell(r: DensitySeriesRecorder, cell: number, level: number): void {
  if (r.used === r.cells.length) {
    const cells = r.wide ? new Uint32Array(r.cells.length * 2) : new Uint16Array(r.cells.length * 2);
    cells.set(r.cells);
    r.cells = cells;
    const levels = new Uint8Array(r.levels.length * 2);
    levels.set(r.levels);
    r.levels = levels;
  }
  r.cells[r.used] = cell;
  r.levels[r.used] = level;
  r.used++;
  r.start[r.samples] = r.used;
}

/** The recorded series, its arrays trimmed to what was used (own buffers, transferable). */
export function finishDensitySeries(r: DensitySeriesRecorder): DensitySeries {
  return {
    interval: r.interval,
    samples: r.samples,
    start: r.start.slice(0, r.samples + 1),
    cells: r.cells.slice(0, r.used),
    levels: r.levels.slice(0, r.used),
  };
}

/** The sample shown at time t (s): the latest taken at or before t, clamped to the series. */
export function seriesSampleAt(s: Pick<DensitySeries, 'interval' | 'samples'>, t: number): number {
  if (s.samples === 0 || !(t > 0)) return 0;
  // A hair over, so t = k × interval read back from floats lands on k.
  return Math.min(s.samples - 1, Math.floor(t / s.interval + 1e-6));
}

/** Bytes held by a series' arrays. */
export function seriesBytes(s: Pick<DensitySeries, 'start' | 'cells' | 'levels'>): number {
  return s.start.byteLength + s.cells.byteLength + s.levels.byteLength;
}
