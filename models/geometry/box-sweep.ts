/**
 * Finding which boxes overlap without comparing every pair: sort by the low edge along one axis and
 * sweep, keeping an active list of boxes that still reach the sweep line (the "sort and sweep" broad
 * phase of collision detection; Ericson, Real-Time Collision Detection, §7.5). Cost is
 * O(n log n + n·k + pairs), k the active-list length: a few boxes for polygon edges, spaces of a storey
 * or a tessellated circle. The sweep runs along whichever axis the boxes are shorter on, so long
 * horizontal walls do not all stay active together.
 *
 * Boxes are flat: `[minX, minY, maxX, maxY]` for box i at offsets 4i … 4i + 3.
 */
import type { Point } from '../schema/common.ts';
import type { BBox } from './polygon.ts';

/** Boxes of the edges of a ring (edge i runs from vertex i to vertex i + 1), grown by `margin`. */
export function edgeBoxes(ring: readonly Point[], margin = 0): Float64Array {
  const n = ring.length;
  const boxes = new Float64Array(4 * n);
  for (let i = 0; i < n; i++) {
    const [ax, ay] = ring[i]!;
    const [bx, by] = ring[(i + 1) % n]!;
    boxes[4 * i] = Math.min(ax, bx) - margin;
    boxes[4 * i + 1] = Math.min(ay, by) - margin;
    boxes[4 * i + 2] = Math.max(ax, bx) + margin;
    boxes[4 * i + 3] = Math.max(ay, by) + margin;
  }
  return boxes;
}

/** Boxes of separate segments `{ a, b }`, grown by `margin`. */
export function segmentBoxes(segments: readonly { a: Point; b: Point }[], margin = 0): Float64Array {
  const boxes = new Float64Array(4 * segments.length);
  segments.forEach(({ a, b }, i) => {
    boxes[4 * i] = Math.min(a[0], b[0]) - margin;
    boxes[4 * i + 1] = Math.min(a[1], b[1]) - margin;
    boxes[4 * i + 2] = Math.max(a[0], b[0]) + margin;
    boxes[4 * i + 3] = Math.max(a[1], b[1]) + margin;
  });
  return boxes;
}

/** A list of BBox objects in the flat layout. */
export function flatBoxes(list: readonly BBox[], margin = 0): Float64Array {
  const boxes = new Float64Array(4 * list.length);
  list.forEach((b, i) => {
    boxes[4 * i] = b.minX - margin;
    boxes[4 * i + 1] = b.minY - margin;
    boxes[4 * i + 2] = b.maxX + margin;
    boxes[4 * i + 3] = b.maxY + margin;
  });
  return boxes;
}

/** 0 to sweep along x, 1 along y: the axis on which the boxes are shorter in total. */
function sweepAxis(...sets: Float64Array[]): 0 | 1 {
  let spanX = 0;
  let spanY = 0;
  for (const boxes of sets) {
    for (let i = 0; i < boxes.length; i += 4) {
      spanX += boxes[i + 2]! - boxes[i]!;
      spanY += boxes[i + 3]! - boxes[i + 1]!;
    }
  }
  return spanX <= spanY ? 0 : 1;
}

function orderByMin(boxes: Float64Array, axis: 0 | 1): Int32Array {
  const order = new Int32Array(boxes.length / 4);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((p, q) => boxes[4 * p + axis]! - boxes[4 * q + axis]!);
}

/** Keeps in `active[0 … count)` only boxes whose high edge on `axis` reaches `at`; returns the new count. */
function prune(boxes: Float64Array, active: Int32Array, count: number, axis: 0 | 1, at: number): number {
  let kept = 0;
  for (let k = 0; k < count; k++) {
    const j = active[k]!;
    if (boxes[4 * j + 2 + axis]! >= at) active[kept++] = j;
  }
  return kept;
}

/** Boxes i of `a` and j of `b` overlap (touching counts) on the other axis. */
function crossOverlap(a: Float64Array, i: number, b: Float64Array, j: number, other: 0 | 1): boolean {
  return a[4 * i + other]! <= b[4 * j + 2 + other]! && b[4 * j + other]! <= a[4 * i + 2 + other]!;
}

/**
 * Calls `visit(i, j)` (i ≠ j, each unordered pair once, in no particular order) for every pair of
 * overlapping or touching boxes. `visit` returns true to stop the sweep early.
 */
export function sweepPairs(boxes: Float64Array, visit: (i: number, j: number) => boolean | void): void {
  const axis = sweepAxis(boxes);
  const other = axis === 0 ? 1 : 0;
  const order = orderByMin(boxes, axis);
  const active = new Int32Array(order.length);
  let count = 0;
  for (const i of order) {
    count = prune(boxes, active, count, axis, boxes[4 * i + axis]!);
    for (let k = 0; k < count; k++) {
      const j = active[k]!;
      if (crossOverlap(boxes, i, boxes, j, other) && visit(j, i) === true) return;
    }
    active[count++] = i;
  }
}

/** Calls `visit(i, j)` for every box i of `a` overlapping or touching box j of `b`. */
export function sweepCrossPairs(
  a: Float64Array,
  b: Float64Array,
  visit: (i: number, j: number) => void,
): void {
  const axis = sweepAxis(a, b);
  const other = axis === 0 ? 1 : 0;
  const orderA = orderByMin(a, axis);
  const orderB = orderByMin(b, axis);
  const activeA = new Int32Array(orderA.length);
  const activeB = new Int32Array(orderB.length);
  let countA = 0;
  let countB = 0;
  let ia = 0;
  let ib = 0;
  while (ia < orderA.length || ib < orderB.length) {
    const nextA = orderA[ia];
    const nextB = orderB[ib];
    if (nextA !== undefined && (nextB === undefined || a[4 * nextA + axis]! <= b[4 * nextB + axis]!)) {
      countB = prune(b, activeB, countB, axis, a[4 * nextA + axis]!);
      for (let k = 0; k < countB; k++) {
        const j = activeB[k]!;
        if (crossOverlap(a, nextA, b, j, other)) visit(nextA, j);
      }
      activeA[countA++] = nextA;
      ia++;
    } else if (nextB !== undefined) {
      countA = prune(a, activeA, countA, axis, b[4 * nextB + axis]!);
      for (let k = 0; k < countA; k++) {
        const i = activeA[k]!;
        if (crossOverlap(a, i, b, nextB, other)) visit(i, nextB);
      }
      activeB[countB++] = nextB;
      ib++;
    }
  }
}
