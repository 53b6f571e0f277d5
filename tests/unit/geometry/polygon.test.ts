import { describe, expect, it } from 'vitest';
import type { Point } from '../../../models/schema/common.ts';
import {
  allCollinear,
  bbox,
  bboxesOverlap,
  cleanRing,
  distanceToBoundary,
  distinctVertexCount,
  isClosed,
  locatePoint,
  perimeter,
  pointInPolygon,
  repeatedVertexIndices,
  signedArea,
} from '../../../models/geometry/polygon.ts';

const square: Point[] = [
  [0, 0],
  [2, 0],
  [2, 2],
  [0, 2],
];

describe('polygon basics', () => {
  it('signed area is positive counter-clockwise, negative clockwise', () => {
    expect(signedArea(square)).toBe(4);
    expect(signedArea([...square].reverse())).toBe(-4);
  });

  it('keeps precision far from the origin', () => {
    const far = square.map(([x, y]): Point => [x + 1e7, y + 1e7]);
    expect(signedArea(far)).toBe(4);
  });

  it('perimeter and bounding box', () => {
    expect(perimeter(square)).toBe(8);
    expect(bbox(square)).toEqual({ minX: 0, minY: 0, maxX: 2, maxY: 2 });
    expect(bboxesOverlap(bbox(square), { minX: 2, minY: 0, maxX: 3, maxY: 1 })).toBe(true);
    expect(bboxesOverlap(bbox(square), { minX: 2.1, minY: 0, maxX: 3, maxY: 1 })).toBe(false);
    expect(bboxesOverlap(bbox(square), { minX: 2.1, minY: 0, maxX: 3, maxY: 1 }, 0.06)).toBe(true);
  });

  it('point in polygon (even–odd) and location with a boundary band', () => {
    expect(pointInPolygon([1, 1], square)).toBe(true);
    expect(pointInPolygon([3, 1], square)).toBe(false);
    expect(locatePoint([1, 1], square, 1e-9)).toBe(1);
    expect(locatePoint([2, 1], square, 1e-9)).toBe(0);
    expect(locatePoint([2.5, 1], square, 1e-9)).toBe(-1);
    expect(distanceToBoundary([1, 0.5], square)).toBe(0.5);
  });

  it('closed rings, repeated vertices and distinct vertices', () => {
    const closed: Point[] = [...square, [0, 0]];
    expect(isClosed(closed)).toBe(true);
    expect(isClosed(square)).toBe(false);
    const repeated: Point[] = [
      [0, 0],
      [2, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ];
    expect(repeatedVertexIndices(repeated)).toEqual([2]);
    expect(cleanRing(repeated)).toEqual(square);
    expect(cleanRing(square)).toBe(square);
    expect(
      distinctVertexCount([
        [0, 0],
        [1, 1],
        [0, 0],
      ]),
    ).toBe(2);
  });

  it('tells collinear vertex sets', () => {
    expect(
      allCollinear(
        [
          [0, 0],
          [1, 1],
          [3, 3],
          [2, 2],
        ],
        1e-9,
      ),
    ).toBe(true);
    expect(
      allCollinear(
        [
          [0, 0],
          [1, 1],
          [3, 3.001],
        ],
        1e-9,
      ),
    ).toBe(false);
    expect(
      allCollinear(
        [
          [1, 1],
          [1, 1],
        ],
        1e-9,
      ),
    ).toBe(true);
  });
});
