import { describe, expect, it } from 'vitest';
import {
  pointSegmentDistance,
  segmentIntersection,
  segmentsIntersect,
} from '../../../models/geometry/segments.ts';

describe('segments', () => {
  it('finds a proper crossing and its point', () => {
    expect(segmentsIntersect([0, 0], [2, 2], [0, 2], [2, 0])).toBe(true);
    expect(segmentIntersection([0, 0], [2, 2], [0, 2], [2, 0])).toEqual([1, 1]);
  });

  it('counts touching and collinear overlap, not near misses', () => {
    expect(segmentIntersection([0, 0], [2, 0], [2, 0], [3, 1])).toEqual([2, 0]);
    expect(segmentsIntersect([0, 0], [2, 0], [1, 0], [3, 0])).toBe(true);
    expect(segmentsIntersect([0, 0], [2, 0], [2.001, 0], [3, 0])).toBe(false);
    expect(segmentsIntersect([0, 0], [2, 0], [1, 0.001], [1, 1])).toBe(false);
    expect(segmentsIntersect([0, 0], [2, 0], [0, 1], [2, 1])).toBe(false);
  });

  it('measures point–segment distance to the nearest end or the interior', () => {
    expect(pointSegmentDistance([1, 1], [0, 0], [2, 0])).toBe(1);
    expect(pointSegmentDistance([3, 0], [0, 0], [2, 0])).toBe(1);
    expect(pointSegmentDistance([3, 4], [0, 0], [0, 0])).toBe(5);
  });
});
