import { describe, expect, it } from 'vitest';
import type { Point } from '../../../models/schema/common.ts';
import { findSelfIntersection, isSimplePolygon } from '../../../models/geometry/simple-polygon.ts';

function circle(n: number, r = 50): Point[] {
  return Array.from({ length: n }, (_, i): Point => {
    const a = (2 * Math.PI * i) / n;
    return [r * Math.cos(a), r * Math.sin(a)];
  });
}

/** A comb of long horizontal teeth off a spine at x = 0 … 1: 4·teeth vertices, many long edges. */
function comb(teeth: number): Point[] {
  const pts: Point[] = [[0, 0]];
  for (let i = 0; i < teeth; i++) {
    pts.push([100, 2 * i], [100, 2 * i + 1]);
    if (i < teeth - 1) pts.push([1, 2 * i + 1], [1, 2 * i + 2]);
  }
  pts.push([0, 2 * teeth - 1]);
  return pts;
}

describe('findSelfIntersection', () => {
  it('accepts simple polygons, convex and not', () => {
    expect(
      isSimplePolygon([
        [0, 0],
        [4, 0],
        [4, 4],
        [2, 1],
        [0, 4],
      ]),
    ).toBe(true);
    expect(isSimplePolygon(circle(100))).toBe(true);
  });

  it('finds a bow-tie crossing and where it is', () => {
    const hit = findSelfIntersection([
      [0, 0],
      [2, 2],
      [2, 0],
      [0, 2],
    ]);
    expect(hit?.at).toEqual([1, 1]);
    expect(hit?.edges).toEqual([0, 2]);
  });

  it('finds a vertex touching another edge, and a spike that doubles back', () => {
    expect(
      findSelfIntersection([
        [0, 0],
        [4, 0],
        [4, 4],
        [2, 0],
        [0, 4],
      ])?.at,
    ).toEqual([2, 0]);
    expect(
      findSelfIntersection([
        [0, 0],
        [4, 0],
        [2, 0],
        [2, 3],
      ]),
    ).toBeDefined();
  });

  it('finds two collinear overlapping edges (a keyhole)', () => {
    const keyhole: Point[] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 5],
      [4, 5],
      [4, 6],
      [6, 6],
      [6, 4],
      [4, 4],
      [4, 5],
      [0, 5],
    ];
    expect(isSimplePolygon(keyhole)).toBe(false);
  });

  it('skips consecutive repeated vertices instead of reporting them', () => {
    expect(
      isSimplePolygon([
        [0, 0],
        [2, 0],
        [2, 0],
        [2, 2],
        [0, 2],
        [0, 0],
      ]),
    ).toBe(true);
  });

  it('judges 10 000-vertex polygons in well under a second', () => {
    const round = circle(10_000);
    const crossed = [...round];
    [crossed[10], crossed[5000]] = [crossed[5000]!, crossed[10]!];
    const teeth = comb(2_500);
    const t0 = performance.now();
    expect(isSimplePolygon(round)).toBe(true);
    expect(isSimplePolygon(crossed)).toBe(false);
    expect(teeth.length).toBe(10_000);
    expect(isSimplePolygon(teeth)).toBe(true);
    // Measured ≈ 115 ms together; the bound is loose for loaded 2-core machines and still far below
    // the seconds an O(n²) all-pairs test of the 10 000-edge comb takes.
    expect(performance.now() - t0).toBeLessThan(2500);
  });
});
