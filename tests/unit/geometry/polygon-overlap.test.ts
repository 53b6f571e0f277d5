import { describe, expect, it } from 'vitest';
import { rect } from '../shapes.ts';
import fc from 'fast-check';
import type { Point } from '../../../models/schema/common.ts';
import {
  intersectionMeasure,
  polygonsOverlap,
  polygonWithin,
} from '../../../models/geometry/polygon-overlap.ts';

describe('intersectionMeasure', () => {
  it('is the exact area for crossing rectangles, either winding', () => {
    const a = rect(0, 0, 4, 2);
    const b = rect(1, -1, 2, 5);
    expect(intersectionMeasure(a, b).area).toBeCloseTo(2, 12);
    expect(intersectionMeasure([...a].reverse(), b).area).toBeCloseTo(2, 12);
  });

  it('is zero for spaces sharing a wall, and the whole area for identical ones', () => {
    expect(intersectionMeasure(rect(0, 0, 2, 2), rect(2, 0, 4, 2)).area).toBeCloseTo(0, 12);
    expect(intersectionMeasure(rect(0, 0, 2, 2), rect(0, 0, 2, 2)).area).toBeCloseTo(4, 12);
  });

  it('handles a concave polygon', () => {
    const u: Point[] = [
      [0, 0],
      [3, 0],
      [3, 3],
      [2, 3],
      [2, 1],
      [1, 1],
      [1, 3],
      [0, 3],
    ];
    // The notch (1…2 × 1…3) is outside the U: only the base under it counts.
    expect(intersectionMeasure(u, rect(1, 0, 2, 3)).area).toBeCloseTo(1, 12);
  });

  it('matches the analytic area for random axis-aligned rectangles', () => {
    const span = fc.tuple(fc.integer({ min: -20, max: 20 }), fc.integer({ min: 1, max: 20 }));
    fc.assert(
      fc.property(span, span, span, span, ([ax, aw], [ay, ah], [bx, bw], [by, bh]) => {
        const overlap = (p: number, pw: number, q: number, qw: number): number =>
          Math.max(0, Math.min(p + pw, q + qw) - Math.max(p, q));
        const expected = overlap(ax, aw, bx, bw) * overlap(ay, ah, by, bh);
        const a = rect(ax, ay, ax + aw, ay + ah);
        const b = rect(bx, by, bx + bw, by + bh);
        expect(intersectionMeasure(a, b).area).toBeCloseTo(expected, 9);
        expect(intersectionMeasure(b, a).area).toBeCloseTo(expected, 9);
      }),
    );
  });
});

describe('polygonsOverlap', () => {
  it('ignores shared walls, touching corners and slivers of drawing noise', () => {
    expect(polygonsOverlap(rect(0, 0, 2, 2), rect(2, 0, 4, 2))).toBe(false);
    expect(polygonsOverlap(rect(0, 0, 2, 2), rect(2, 2, 4, 4))).toBe(false);
    expect(polygonsOverlap(rect(0, 0, 10, 2), rect(0, 1.995, 10, 8))).toBe(false);
  });

  it('reports real overlaps, including a small deep one at a corner', () => {
    expect(polygonsOverlap(rect(0, 0, 10, 10), rect(9.6, 9.6, 20, 20))).toBe(true);
    expect(polygonsOverlap(rect(0, 0, 10, 10), rect(2, 2, 3, 3))).toBe(true);
    expect(polygonsOverlap(rect(0, 0, 4, 4), rect(0, 0, 4, 4))).toBe(true);
    expect(polygonsOverlap(rect(0, 0, 4, 2), rect(1, -1, 2, 5))).toBe(true);
  });

  it('says whether one polygon lies within another', () => {
    expect(polygonWithin(rect(1, 1, 2, 2), rect(0, 0, 10, 10))).toBe(true);
    expect(polygonWithin(rect(0, 0, 10, 10), rect(0, 0, 10, 10))).toBe(true);
    expect(polygonWithin(rect(9, 1, 11, 2), rect(0, 0, 10, 10))).toBe(false);
    expect(polygonWithin(rect(9, 1, 10.005, 2), rect(0, 0, 10, 10))).toBe(true);
  });
});
