import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sweepCrossPairs, sweepPairs } from '../../../models/geometry/box-sweep.ts';

const box = fc
  .tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -50, max: 50 }), fc.nat(20), fc.nat(20))
  .map(([x, y, w, h]) => [x, y, x + w, y + h]);

function overlaps(a: Float64Array, i: number, b: Float64Array, j: number): boolean {
  return (
    a[4 * i]! <= b[4 * j + 2]! &&
    b[4 * j]! <= a[4 * i + 2]! &&
    a[4 * i + 1]! <= b[4 * j + 3]! &&
    b[4 * j + 1]! <= a[4 * i + 3]!
  );
}

describe('box sweep', () => {
  it('finds exactly the overlapping pairs that a brute-force check finds', () => {
    fc.assert(
      fc.property(fc.array(box, { maxLength: 40 }), (list) => {
        const boxes = new Float64Array(list.flat());
        const found = new Set<string>();
        sweepPairs(boxes, (i, j) => {
          found.add(`${Math.min(i, j)},${Math.max(i, j)}`);
        });
        const expected = new Set<string>();
        for (let i = 0; i < list.length; i++)
          for (let j = i + 1; j < list.length; j++)
            if (overlaps(boxes, i, boxes, j)) expected.add(`${i},${j}`);
        expect(found).toEqual(expected);
      }),
    );
  });

  it('finds exactly the overlapping pairs between two sets', () => {
    fc.assert(
      fc.property(fc.array(box, { maxLength: 25 }), fc.array(box, { maxLength: 25 }), (la, lb) => {
        const a = new Float64Array(la.flat());
        const b = new Float64Array(lb.flat());
        const found: string[] = [];
        sweepCrossPairs(a, b, (i, j) => found.push(`${i},${j}`));
        const expected: string[] = [];
        for (let i = 0; i < la.length; i++)
          for (let j = 0; j < lb.length; j++) if (overlaps(a, i, b, j)) expected.push(`${i},${j}`);
        expect(found.sort()).toEqual(expected.sort());
      }),
    );
  });

  it('stops when the visitor says so', () => {
    const boxes = new Float64Array([0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1]);
    let calls = 0;
    sweepPairs(boxes, () => ++calls > 0);
    expect(calls).toBe(1);
  });
});
