/** Shapes shared by tests. */
import type { Point } from '../../models/schema/common.ts';

/** The axis-aligned rectangle [x0, x1] × [y0, y1], counter-clockwise. */
export function rect(x0: number, y0: number, x1: number, y1: number): Point[] {
  return [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ];
}
