/**
 * Repeated point-in-polygon queries against one polygon. The edges are bucketed into horizontal
 * bands, so a query casts its ray only against the edges of its own band: about √n edges of an
 * n-vertex ring instead of all n. Small rings use one band, i.e. a plain scan.
 */
import type { Location, Ring } from './polygon.ts';
import { bbox } from './polygon.ts';
import { pointSegmentDistanceXY } from './segments.ts';

/** Within this distance (m) of an edge a point counts as on the boundary: far below drawing precision. */
export const ON_BOUNDARY_EPS = 1e-7;

export interface PointLocator {
  /** −1 outside, 0 on the boundary (within ON_BOUNDARY_EPS), 1 inside. */
  locate(x: number, y: number): Location;
}

const SMALL_RING = 32;
const MAX_BANDS = 1024;

/** Builds the band index (O(n)); keep the locator while querying the same, unchanged ring. */
export function pointLocator(ring: Ring): PointLocator {
  const n = ring.length;
  const eps = ON_BOUNDARY_EPS;
  const box = bbox(ring);
  const bands = n <= SMALL_RING ? 1 : Math.min(MAX_BANDS, Math.ceil(Math.sqrt(n)));
  const height = (box.maxY - box.minY) / bands || 1;
  const bandOf = (y: number): number => Math.min(bands - 1, Math.max(0, Math.floor((y - box.minY) / height)));
  // Compressed rows: the edges of band b are items[start[b] … start[b + 1]).
  const start = new Int32Array(bands + 1);
  const forEachBand = (i: number, f: (b: number) => void): void => {
    const ay = ring[i]![1];
    const by = ring[(i + 1) % n]![1];
    const hi = bandOf(Math.max(ay, by) + eps);
    for (let b = bandOf(Math.min(ay, by) - eps); b <= hi; b++) f(b);
  };
  for (let i = 0; i < n; i++) forEachBand(i, (b) => start[b + 1]!++);
  for (let b = 0; b < bands; b++) start[b + 1]! += start[b]!;
  const fill = start.slice(0, bands);
  const items = new Int32Array(start[bands]!);
  for (let i = 0; i < n; i++) forEachBand(i, (b) => (items[fill[b]!++] = i));

  return {
    locate(x: number, y: number): Location {
      if (x < box.minX - eps || x > box.maxX + eps || y < box.minY - eps || y > box.maxY + eps) return -1;
      const b = bandOf(y);
      let inside = false;
      for (let k = start[b]!; k < start[b + 1]!; k++) {
        const i = items[k]!;
        const [ax, ay] = ring[i]!;
        const [bx, by] = ring[(i + 1) % n]!;
        if (pointSegmentDistanceXY(x, y, ax, ay, bx, by) <= eps) return 0;
        if (ay > y !== by > y && x < ax + ((y - ay) * (bx - ax)) / (by - ay)) inside = !inside;
      }
      return inside ? 1 : -1;
    },
  };
}
