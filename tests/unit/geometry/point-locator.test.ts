import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Point } from '../../../models/schema/common.ts';
import { locatePoint } from '../../../models/geometry/polygon.ts';
import { ON_BOUNDARY_EPS, pointLocator } from '../../../models/geometry/point-locator.ts';

/** A 200-point star: many bands, concave everywhere. */
const star: Point[] = Array.from({ length: 200 }, (_, i): Point => {
  const a = (2 * Math.PI * i) / 200;
  const r = i % 2 === 0 ? 10 : 4;
  return [r * Math.cos(a), r * Math.sin(a)];
});

describe('pointLocator', () => {
  it('agrees with the linear scan', () => {
    const locator = pointLocator(star);
    fc.assert(
      fc.property(
        fc.double({ min: -11, max: 11, noNaN: true }),
        fc.double({ min: -11, max: 11, noNaN: true }),
        (x, y) => {
          expect(locator.locate(x, y)).toBe(locatePoint([x, y], star, ON_BOUNDARY_EPS));
        },
      ),
    );
  });

  it('puts vertices and edge points on the boundary', () => {
    const locator = pointLocator(star);
    expect(locator.locate(10, 0)).toBe(0);
    expect(locator.locate(0, 0)).toBe(1);
    expect(locator.locate(12, 0)).toBe(-1);
  });
});
