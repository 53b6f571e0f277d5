/**
 * Obstacles a scenario places on the site: a parked car or a street stall as a rectangle, from a
 * click (default size, long side east–west) or a drag (the drag is the long side's centre line).
 */
import type { Point, SiteObstacle } from '../../../models/index.ts';

export type PlacedKind = Extract<SiteObstacle['kind'], 'parked-car' | 'stall'>;

/**
 * Default footprints (m) and heights: a mid-size saloon is about 4.8 × 1.9 m and 1.5 m tall (the
 * samples' parked cars use the same figures); a street stall (摊位) about 3 × 2 m and 2.2 m tall with
 * its awning (typical, UNVERIFIED; the 3D view's default stall height, scene/site-geometry.ts).
 */
export const PLACED_SIZE: Readonly<Record<PlacedKind, { length: number; width: number; height: number }>> = {
  'parked-car': { length: 4.8, width: 1.9, height: 1.5 },
  stall: { length: 3, width: 2, height: 2.2 },
};

/** A press that moves less than this (m) is a click, not a drag. */
export const CLICK_TOLERANCE = 0.3;
/** The shortest obstacle a drag draws (m). */
export const MIN_LENGTH = 1;

const round = (v: number) => Math.round(v * 100) / 100;

/** A length × width rectangle centred on `c`, its long side along `angle` (radians), counter-clockwise. */
export function rectangle(c: Point, length: number, width: number, angle: number): Point[] {
  const ux = Math.cos(angle);
  const uy = Math.sin(angle);
  const hl = length / 2;
  const hw = width / 2;
  const at = (sl: number, sw: number): Point => [
    round(c[0] + ux * hl * sl - uy * hw * sw),
    round(c[1] + uy * hl * sl + ux * hw * sw),
  ];
  return [at(-1, -1), at(1, -1), at(1, 1), at(-1, 1)];
}

/** The outline placed by a press at `from` released at `to`. */
export function placedPolygon(kind: PlacedKind, from: Point, to: Point): Point[] {
  const { length, width } = PLACED_SIZE[kind];
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  const d = Math.hypot(dx, dy);
  if (d < CLICK_TOLERANCE) return rectangle(from, length, width, 0);
  return rectangle(
    [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2],
    Math.max(d, MIN_LENGTH),
    width,
    Math.atan2(dy, dx),
  );
}

export function placedObstacle(kind: PlacedKind, id: string, polygon: Point[]): SiteObstacle {
  return { id, kind, polygon, height: PLACED_SIZE[kind].height, removable: true };
}

export function movedPolygon(polygon: readonly Point[], dx: number, dy: number): Point[] {
  return polygon.map(([x, y]) => [round(x + dx), round(y + dy)]);
}

/** The centre of an outline's bounding box (for lists and keyboard moves). */
export function centreOf(polygon: readonly Point[]): Point {
  const xs = polygon.map((p) => p[0]);
  const ys = polygon.map((p) => p[1]);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}
