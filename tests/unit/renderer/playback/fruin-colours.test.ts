import { describe, expect, it } from 'vitest';
import {
  densityMapPixels,
  FRUIN_COLOURS,
  fruinLegend,
  levelCounts,
} from '../../../../renderer/src/playback/fruin-colours.ts';
import { fruinLevel } from '../../../../sim-core/evacuation/record/density-maps.ts';

const hex = (px: Uint8Array, k: number) =>
  `#${[0, 1, 2].map((c) => px[k * 4 + c]!.toString(16).padStart(2, '0')).join('')}`;

describe('density heat map colours', () => {
  it('colours each occupied cell by its Fruin level; left-out and never-used cells stay transparent', () => {
    // 3 × 2 grid: cell 0 left out (area 0), cell 1 never occupied, cells 2–5 at levels A, C, E, F.
    const densities = [2, 0, 0.2, 0.6, 1.5, 3];
    const map = {
      nx: 3,
      ny: 2,
      area: Float32Array.from([0, 1, 1, 1, 1, 1]),
      maxDensity: Float32Array.from(densities),
      los: Uint8Array.from(densities.map(fruinLevel)),
    };
    const px = densityMapPixels(map);
    expect(px.length).toBe(6 * 4);
    expect(px[3]).toBe(0);
    expect(px[7]).toBe(0);
    expect([2, 3, 4, 5].map((k) => hex(px, k))).toEqual([
      FRUIN_COLOURS[0],
      FRUIN_COLOURS[2],
      FRUIN_COLOURS[4],
      FRUIN_COLOURS[5],
    ]);
    for (const k of [2, 3, 4, 5]) expect(px[k * 4 + 3]).toBeGreaterThan(150);
    expect(levelCounts([map])).toEqual([1, 0, 1, 0, 1, 1]);
  });

  it('refuses arrays that do not match the grid', () => {
    const bad = {
      nx: 2,
      ny: 2,
      area: new Float32Array(3),
      maxDensity: new Float32Array(4),
      los: new Uint8Array(4),
    };
    expect(() => densityMapPixels(bad)).toThrow(/2 × 2/);
  });

  it('the legend gives the Fruin walkway bounds as densities (1 / area per person)', () => {
    const rows = fruinLegend();
    expect(rows.map((r) => r.level)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(rows[0]!.min).toBe(0);
    expect(rows[0]!.max).toBeCloseTo(1 / 3.25, 6);
    expect(rows[4]!.min).toBeCloseTo(1 / 0.93, 6);
    expect(rows[5]!.min).toBeCloseTo(1 / 0.46, 6);
    expect(rows[5]!.max).toBeNull();
    // Each level's range starts where the last one stopped, and fruinLevel agrees inside each.
    for (let k = 1; k < rows.length; k++) expect(rows[k]!.min).toBe(rows[k - 1]!.max);
    rows.forEach((r, k) => expect(fruinLevel(r.max === null ? r.min * 2 : (r.min + r.max) / 2)).toBe(k));
  });
});
