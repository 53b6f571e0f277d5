/**
 * Splitting a simple polygon into convex pieces, because a collision engine's convex hull of a
 * non-convex obstacle (an L-shaped wall) would fill its notch. Convex polygons stay whole; others are
 * ear-clipped into triangles (Eberly, "Triangulation by Ear Clipping", 2002), O(n²): site obstacles
 * have a handful of vertices.
 */
import type { Point } from '../../models/schema/common.ts';
import { cleanRing, signedArea, type Ring } from '../../models/geometry/polygon.ts';
import { orient } from '../../models/geometry/segments.ts';

function isConvex(ring: Ring): boolean {
  const n = ring.length;
  let sign = 0;
  for (let i = 0; i < n; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % n]!;
    const c = ring[(i + 2) % n]!;
    const o = orient(a[0], a[1], b[0], b[1], c[0], c[1]);
    if (o === 0) continue;
    if (sign === 0) sign = Math.sign(o);
    else if (Math.sign(o) !== sign) return false;
  }
  return true;
}

function inTriangle(p: Point, a: Point, b: Point, c: Point): boolean {
  return (
    orient(a[0], a[1], b[0], b[1], p[0], p[1]) >= 0 &&
    orient(b[0], b[1], c[0], c[1], p[0], p[1]) >= 0 &&
    orient(c[0], c[1], a[0], a[1], p[0], p[1]) >= 0
  );
}

export function convexPieces(polygon: readonly Point[]): Point[][] {
  let ring = [...cleanRing(polygon)];
  if (isConvex(ring)) return [ring];
  if (signedArea(ring) < 0) ring = ring.reverse();
  const pieces: Point[][] = [];
  let guard = ring.length * ring.length;
  while (ring.length > 3 && guard-- > 0) {
    const n = ring.length;
    let clipped = false;
    for (let i = 0; i < n; i++) {
      const a = ring[(i + n - 1) % n]!;
      const b = ring[i]!;
      const c = ring[(i + 1) % n]!;
      if (orient(a[0], a[1], b[0], b[1], c[0], c[1]) <= 0) continue;
      if (ring.some((p) => p !== a && p !== b && p !== c && inTriangle(p, a, b, c))) continue;
      pieces.push([a, b, c]);
      ring.splice(i, 1);
      clipped = true;
      break;
    }
    // A degenerate ring with no ear left: keep the rest whole rather than loop.
    if (!clipped) break;
  }
  pieces.push(ring);
  return pieces;
}
