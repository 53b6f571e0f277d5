/**
 * Colours of the Fruin walkway levels of service for the density heat map. The levels themselves
 * are the engine's (sim-core/evacuation/record/density-maps.ts: Fruin 1971 walkway LoS by area per
 * person, A > 3.25 m²/p … F < 0.46); the colours run green → red as crowding gets worse (ColorBrewer
 * RdYlGn, reversed), the order a trainer reads as "fine → dangerous".
 */
import {
  type DensityMap,
  FRUIN_LEVELS,
  FRUIN_WALKWAY_AREA,
} from '../../../sim-core/evacuation/record/density-maps.ts';

export const FRUIN_COLOURS = ['#1a9850', '#91cf60', '#fee08b', '#fc8d59', '#e34a33', '#a50026'] as const;

/** Opacity of a coloured cell over the floor (the floor stays readable under level A). */
const CELL_ALPHA = 220;

function rgb(hex: string): [number, number, number] {
  const v = Number.parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}
const RGB = FRUIN_COLOURS.map(rgb);

/** A legend row per level: letter, colour, and the density range in persons per m². */
export interface FruinLegendRow {
  level: (typeof FRUIN_LEVELS)[number];
  colour: string;
  /** Density range (p/m²), the bounds of the Fruin area per person inverted; max null = open. */
  min: number;
  max: number | null;
}

export function fruinLegend(): FruinLegendRow[] {
  return FRUIN_LEVELS.map((level, k) => ({
    level,
    colour: FRUIN_COLOURS[k]!,
    min: k === 0 ? 0 : 1 / FRUIN_WALKWAY_AREA[k - 1]!,
    max: k < FRUIN_WALKWAY_AREA.length ? 1 / FRUIN_WALKWAY_AREA[k]! : null,
  }));
}

/**
 * RGBA pixels (row cy = model y from the map's origin upwards, as a DataTexture reads them) of a
 * storey's peak density map: each cell in its level's colour; cells left out of the map (too little
 * walkable area) and cells nobody ever stood in are transparent, so only where people were is drawn.
 */
export function densityMapPixels(
  map: Pick<DensityMap, 'nx' | 'ny' | 'area' | 'maxDensity' | 'los'>,
): Uint8Array {
  const n = map.nx * map.ny;
  if (map.area.length !== n || map.maxDensity.length !== n || map.los.length !== n)
    throw new Error(`density map arrays do not match its ${map.nx} × ${map.ny} grid`);
  const out = new Uint8Array(n * 4);
  for (let k = 0; k < n; k++) {
    if (!(map.area[k]! > 0) || !(map.maxDensity[k]! > 0)) continue;
    const c = RGB[Math.min(RGB.length - 1, map.los[k]!)]!;
    out[k * 4] = c[0];
    out[k * 4 + 1] = c[1];
    out[k * 4 + 2] = c[2];
    out[k * 4 + 3] = CELL_ALPHA;
  }
  return out;
}

/** Cells per level (A … F) that were occupied at least once: the summary under the legend. */
export function levelCounts(maps: readonly Pick<DensityMap, 'area' | 'maxDensity' | 'los'>[]): number[] {
  const counts = FRUIN_LEVELS.map(() => 0);
  for (const m of maps)
    for (let k = 0; k < m.los.length; k++)
      if (m.area[k]! > 0 && m.maxDensity[k]! > 0) counts[Math.min(counts.length - 1, m.los[k]!)]!++;
  return counts;
}
