/**
 * The building's outer walls in plan, per storey: the outer boundary of the storey's spaces
 * (models/geometry/boundary.ts outerBoundary, shared walls dropped), each piece with its outward
 * normal, and the pieces merged into facade sides — one side per wall line (outward direction and
 * offset), across storeys, so the south wall of every storey is one side "S".
 */
import type { Building } from '../../models/schema/building.ts';
import type { Point } from '../../models/schema/common.ts';
import { outerBoundary } from '../../models/geometry/boundary.ts';
import { pointLocator } from '../../models/geometry/point-locator.ts';
import { cleanRing } from '../../models/geometry/polygon.ts';
import { pointSegmentDistanceXY } from '../../models/geometry/segments.ts';

/** Wall tolerance (m): the format's door/opening tolerance (docs/model-format.md). */
const WALL_TOL = 0.05;
/** Wall lines closer than this (m) in offset, or 1° in direction, are one facade side. */
const SIDE_OFFSET_TOL = 0.1;

export interface WallPiece {
  a: Point;
  b: Point;
  /** Unit outward normal. */
  nx: number;
  ny: number;
  /** Index into the building's facade sides. */
  side: number;
}

export interface FacadeSide {
  /** Compass label of the outward normal (N, NE, E, …), suffixed -2, -3 for parallel setbacks. */
  id: string;
  nx: number;
  ny: number;
  /** n · p of the wall line. */
  offset: number;
}

export interface BuildingOutline {
  /** Outer wall pieces of each storey, in storey order. */
  storeys: WallPiece[][];
  sides: FacadeSide[];
  /** Index of the highest storey (the tower, for rescue-site distances). */
  top: number;
}

const COMPASS = ['E', 'NE', 'N', 'NW', 'W', 'SW', 'S', 'SE'];

export function buildingOutline(b: Building): BuildingOutline {
  const sides: FacadeSide[] = [];
  const sideOf = (nx: number, ny: number, offset: number): number => {
    const i = sides.findIndex(
      (s) => s.nx * nx + s.ny * ny > Math.cos(Math.PI / 180) && Math.abs(s.offset - offset) < SIDE_OFFSET_TOL,
    );
    if (i >= 0) return i;
    sides.push({ id: '', nx, ny, offset });
    return sides.length - 1;
  };
  let top = 0;
  const storeys = b.storeys.map((s, si) => {
    if (s.elevation + s.height > b.storeys[top]!.elevation + b.storeys[top]!.height) top = si;
    const rings = s.spaces.map((sp) => cleanRing(sp.polygon));
    const locs = rings.map((r) => pointLocator(r));
    const inside = (x: number, y: number): boolean => locs.some((l) => l.locate(x, y) >= 0);
    return outerBoundary(rings, WALL_TOL).flatMap(([a, b]): WallPiece[] => {
      const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
      if (len < 1e-6) return [];
      let nx = (b[1] - a[1]) / len;
      let ny = -(b[0] - a[0]) / len;
      const mx = (a[0] + b[0]) / 2;
      const my = (a[1] + b[1]) / 2;
      if (inside(mx + 0.1 * nx, my + 0.1 * ny)) {
        nx = -nx;
        ny = -ny;
      }
      return [{ a, b, nx, ny, side: sideOf(nx, ny, nx * mx + ny * my) }];
    });
  });
  // Labels: compass octant of the normal; parallel sides farther out first get the plain label.
  const order = sides.map((_, i) => i).sort((p, q) => sides[q]!.offset - sides[p]!.offset);
  const used = new Map<string, number>();
  for (const i of order) {
    const s = sides[i]!;
    const oct = (Math.round(Math.atan2(s.ny, s.nx) / (Math.PI / 4)) + 8) % 8;
    const base = COMPASS[oct]!;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    s.id = n === 1 ? base : `${base}-${n}`;
  }
  return { storeys, sides, top };
}

/** The wall piece of `pieces` nearest to p, with its distance (m); undefined if there are none. */
export function nearestPiece(
  pieces: readonly WallPiece[],
  p: Point,
): { piece: WallPiece; d: number } | undefined {
  let best: { piece: WallPiece; d: number } | undefined;
  for (const piece of pieces) {
    const d = pointSegmentDistanceXY(p[0], p[1], piece.a[0], piece.a[1], piece.b[0], piece.b[1]);
    if (!best || d < best.d) best = { piece, d };
  }
  return best;
}
