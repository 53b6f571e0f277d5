import { describe, expect, it } from 'vitest';
import { rect } from '../shapes.ts';
import type { Point } from '../../../models/schema/common.ts';
import {
  boundaryCoverage,
  nearInterval,
  outerBoundary,
  segmentOnBoundary,
  segmentOnSharedBoundary,
} from '../../../models/geometry/boundary.ts';

describe('nearInterval', () => {
  it('is the part of a segment within the tolerance of an edge', () => {
    const t = nearInterval([-1, 0.01], [3, 0.01], [0, 0], [2, 0], 0.05);
    expect(t?.[0]).toBeCloseTo((1 - Math.sqrt(0.05 ** 2 - 0.01 ** 2)) / 4, 12);
    expect(t?.[1]).toBeCloseTo((3 + Math.sqrt(0.05 ** 2 - 0.01 ** 2)) / 4, 12);
    expect(nearInterval([0, 1], [2, 1], [0, 0], [2, 0], 0.05)).toBeUndefined();
  });

  it('covers a crossing segment only near the crossing', () => {
    const t = nearInterval([1, -1], [1, 1], [0, 0], [2, 0], 0.05);
    expect(t?.[0]).toBeCloseTo(0.475, 12);
    expect(t?.[1]).toBeCloseTo(0.525, 12);
  });
});

describe('segment on boundary', () => {
  const room = rect(0, 2, 6, 8);
  const corridor = rect(0, 0, 10, 2);

  it('accepts a door on a wall, within the tolerance, across split edges', () => {
    expect(segmentOnBoundary([2, 2], [3, 2], room, 0.05)).toBe(true);
    expect(segmentOnBoundary([2, 2.04], [3, 1.97], room, 0.05)).toBe(true);
    const split: Point[] = [
      [0, 2],
      [2.5, 2],
      [6, 2],
      [6, 8],
      [0, 8],
    ];
    expect(segmentOnBoundary([2, 2], [3, 2], split, 0.05)).toBe(true);
  });

  it('rejects a segment off the wall or running past a corner', () => {
    expect(segmentOnBoundary([2, 2.1], [3, 2.1], room, 0.05)).toBe(false);
    expect(segmentOnBoundary([5.5, 2], [6.5, 2], room, 0.05)).toBe(false);
    expect(boundaryCoverage([5.5, 2], [6.5, 2], room, 0.05)).toEqual([[0, expect.closeTo(0.55, 12)]]);
  });

  it('needs both spaces for a shared wall', () => {
    expect(segmentOnSharedBoundary([2, 2], [3, 2], room, corridor, 0.05)).toBe(true);
    expect(segmentOnSharedBoundary([7, 2], [8, 2], room, corridor, 0.05)).toBe(false);
  });
});

describe('outerBoundary', () => {
  it('drops walls two spaces share and keeps the rest of a partly shared wall', () => {
    const pieces = outerBoundary([rect(0, 0, 10, 2), rect(0, 2, 6, 8)], 0.05);
    const onLine = (y: number) =>
      pieces.filter(([a, b]) => a[1] === y && b[1] === y).map(([a, b]) => [a[0], b[0]].sort((u, v) => u - v));
    // The corridor's north wall is shared from x = 0 to 6 (give or take the tolerance), outer from 6 to 10.
    const north = onLine(2);
    expect(north).toHaveLength(1);
    expect(north[0]![0]).toBeCloseTo(6.05, 9);
    expect(north[0]![1]).toBe(10);
    expect(onLine(0)).toEqual([[0, 10]]);
    expect(onLine(8)).toEqual([[0, 6]]);
  });
});
