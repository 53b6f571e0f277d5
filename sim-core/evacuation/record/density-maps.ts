/**
 * Per-storey density maps for the renderer's heat maps (issue 3 "Outputs": density heat maps per
 * storey, Fruin levels). Each storey is covered by square cells (default 1 m); a cell's density is
 * the people standing in it (walking or waiting for a lift) over its walkable area (measured on the
 * 0.2 m navigation raster), sampled at the recording rate. Kept per cell: the maximum density, its
 * Fruin walkway level of service, and the time spent at LoS E–F. Cells with less than a quarter of
 * their area walkable are left out (a sliver by a wall would turn one person into a huge density).
 * A 1 m cell holds only a few people, so a single sample is coarse (0, 1, 2… p/m²); the maximum over
 * time and the E–F time are what the peak map shows. Each sample's levels are also kept as a
 * sparse series per storey (`series`, density-series.ts), for a heat map that follows the playback.
 *
 * Fruin (1971) walkway LoS by area per person (reference §6.5): A > 3.25 m²/p, B 2.3–3.25,
 * C 1.4–2.3, D 0.93–1.4, E 0.46–0.93, F < 0.46.
 */
import { LIFT_WAIT, WALKING } from '../population/agent-arrays.ts';
import type { Sim } from '../run/sim-state.ts';
import { FRUIN_E_DENSITY } from '../constants.ts';
import {
  addSeriesCell,
  beginSeriesSample,
  createDensitySeriesRecorder,
  type DensitySeries,
  type DensitySeriesRecorder,
  finishDensitySeries,
} from './density-series.ts';

/** Lower bounds of area per person (m²/p) of LoS A, B, C, D, E; below the last: F. */
export const FRUIN_WALKWAY_AREA = [3.25, 2.3, 1.4, 0.93, 0.46] as const;
export const FRUIN_LEVELS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
const MIN_WALKABLE_FRACTION = 0.25;

/** Fruin walkway level (0 = A … 5 = F) of a density (p/m²). */
export function fruinLevel(density: number): number {
  if (density <= 0) return 0;
  const area = 1 / density;
  let k = 0;
  while (k < FRUIN_WALKWAY_AREA.length && area <= FRUIN_WALKWAY_AREA[k]!) k++;
  return k;
}

export interface DensityMap {
  storey: string;
  /** Grid origin (m), cell size (m), columns and rows; cell (cx, cy) = index cy·nx + cx. */
  ox: number;
  oy: number;
  cell: number;
  nx: number;
  ny: number;
  /** Walkable area per cell (m²); 0 where the cell is left out. */
  area: Float32Array;
  /** Maximum sampled density (p/m²). */
  maxDensity: Float32Array;
  /** Fruin level of the maximum (0 = A … 5 = F). */
  los: Uint8Array;
  /** Time (s) at Fruin E–F (> 1.08 p/m²). */
  timeEF: Float32Array;
  /** The Fruin level of every occupied cell at every sample (absent in results made before it). */
  series?: DensitySeries;
}

export interface DensityRecorder {
  everySteps: number;
  interval: number;
  maps: DensityMap[];
  counts: Int32Array[];
  series: DensitySeriesRecorder[];
}

export function createDensityRecorder(sim: Sim, interval: number, cell: number): DensityRecorder {
  if (!(cell > 0)) throw new Error(`density cell must be > 0 m, not ${cell}`);
  const everySteps = Math.max(1, Math.round(interval / sim.opts.dt));
  const maps = sim.layout.storeys.map((lay) => {
    const nav = lay.nav;
    const ox = lay.box.minX;
    const oy = lay.box.minY;
    const nx = Math.max(1, Math.ceil((lay.box.maxX - ox) / cell));
    const ny = Math.max(1, Math.ceil((lay.box.maxY - oy) / cell));
    const area = new Float32Array(nx * ny);
    const h2 = nav.h * nav.h;
    for (let c = 0; c < nav.space.length; c++) {
      if (nav.space[c]! < 0) continue;
      const gx = c % nav.nx;
      const gy = (c - gx) / nav.nx;
      const cx = Math.floor((nav.ox + (gx + 0.5) * nav.h - ox) / cell);
      const cy = Math.floor((nav.oy + (gy + 0.5) * nav.h - oy) / cell);
      if (cx < 0 || cy < 0 || cx >= nx || cy >= ny) continue;
      area[cy * nx + cx]! += h2;
    }
    for (let k = 0; k < area.length; k++) if (area[k]! < MIN_WALKABLE_FRACTION * cell * cell) area[k] = 0;
    const n = nx * ny;
    return {
      storey: lay.id,
      ox,
      oy,
      cell,
      nx,
      ny,
      area,
      maxDensity: new Float32Array(n),
      los: new Uint8Array(n),
      timeEF: new Float32Array(n),
    };
  });
  return {
    everySteps,
    interval: everySteps * sim.opts.dt,
    maps,
    counts: maps.map((m) => new Int32Array(m.nx * m.ny)),
    series: maps.map((m) => createDensitySeriesRecorder(m.nx * m.ny, everySteps * sim.opts.dt)),
  };
}

/** Samples the densities if this step is on the recording rate (no allocation). */
export function recordDensity(sim: Sim, rec: DensityRecorder): void {
  if (sim.step % rec.everySteps !== 0) return;
  const a = sim.a;
  for (const c of rec.counts) c.fill(0);
  for (let i = 0; i < a.n; i++) {
    const st = a.state[i];
    if (st !== WALKING && st !== LIFT_WAIT) continue;
    const s = a.storey[i]!;
    const m = rec.maps[s]!;
    const cx = Math.floor((a.x[i]! - m.ox) / m.cell);
    const cy = Math.floor((a.y[i]! - m.oy) / m.cell);
    if (cx < 0 || cy < 0 || cx >= m.nx || cy >= m.ny) continue;
    rec.counts[s]![cy * m.nx + cx]!++;
  }
  for (let s = 0; s < rec.maps.length; s++) {
    const m = rec.maps[s]!;
    const count = rec.counts[s]!;
    const series = rec.series[s]!;
    beginSeriesSample(series);
    for (let k = 0; k < count.length; k++) {
      const area = m.area[k]!;
      if (count[k] === 0 || area === 0) continue;
      const d = count[k]! / area;
      if (d > m.maxDensity[k]!) m.maxDensity[k] = d;
      if (d > FRUIN_E_DENSITY) m.timeEF[k]! += rec.interval;
      addSeriesCell(series, k, fruinLevel(d));
    }
  }
}

export function finishDensityMaps(rec: DensityRecorder): DensityMap[] {
  rec.maps.forEach((m, s) => {
    for (let k = 0; k < m.los.length; k++) m.los[k] = fruinLevel(m.maxDensity[k]!);
    m.series = finishDensitySeries(rec.series[s]!);
  });
  return rec.maps;
}
