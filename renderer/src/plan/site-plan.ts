/**
 * The site as plain data for the SVG site plan: the site limit, drivable areas by kind, the ground
 * storeys' outline, the file's obstacles and the entrances — the same things the 3D view puts on the
 * ground (scene/site-geometry.ts). SVG's y runs down, so points are written as (x, −y), as in
 * plan-model.ts. Pure, so it is unit-tested without a browser.
 */
import { type Building, OUTSIDE, type Point } from '../../../models/index.ts';
import { type BBox, bbox, unionBBox } from '../../../models/geometry/polygon.ts';
import type { DrivableKind, SiteObstacleKind } from '../scene/site-geometry.ts';
import { svgPoints } from './plan-model.ts';

export interface SitePlan {
  viewBox: [number, number, number, number];
  boundary: string | undefined;
  drivable: { id: string; kind: DrivableKind; name: string | undefined; points: string }[];
  ground: { id: string; points: string }[];
  obstacles: {
    id: string;
    kind: SiteObstacleKind;
    name: string | undefined;
    removable: boolean;
    points: string;
    polygon: Point[];
  }[];
  /** Entrance arrows: the point and the tip ENTRANCE_ARROW metres along the heading (SVG coordinates). */
  entrances: { id: string; x: number; y: number; tx: number; ty: number }[];
}

/** Margin around the site in the plan (m). */
const MARGIN = 4;
/** Entrance arrow length (m). */
const ENTRANCE_ARROW = 5;
/** Storeys within this (m) of the lowest storey with an exit are the ground storeys (as validation). */
const GROUND_BAND = 1;

function groundStoreys(b: Building): Building['storeys'] {
  const exits = b.storeys.filter((s) => (s.doors ?? []).some((d) => d.spaces.includes(OUTSIDE)));
  const base = (exits.length > 0 ? exits : b.storeys).reduce((lo, s) => Math.min(lo, s.elevation), Infinity);
  return b.storeys.filter((s) => Math.abs(s.elevation - base) <= GROUND_BAND);
}

export function sitePlan(b: Building): SitePlan {
  const site = b.site ?? {};
  let box: BBox | undefined;
  const grow = (ring: readonly Point[]) => {
    if (ring.length === 0) return;
    const r = bbox(ring);
    box = box === undefined ? r : unionBBox(box, r);
  };
  const ground = groundStoreys(b).flatMap((st) =>
    st.spaces.map((sp) => ({ id: sp.id, polygon: sp.polygon })),
  );
  for (const g of ground) grow(g.polygon);
  if (site.boundary !== undefined) grow(site.boundary);
  for (const d of site.drivable ?? []) grow(d.polygon);
  for (const o of site.obstacles ?? []) grow(o.polygon);
  const frame: BBox = box ?? { minX: 0, minY: 0, maxX: 10, maxY: 10 };
  return {
    viewBox: [
      frame.minX - MARGIN,
      -frame.maxY - MARGIN,
      frame.maxX - frame.minX + 2 * MARGIN,
      frame.maxY - frame.minY + 2 * MARGIN,
    ],
    boundary: site.boundary === undefined ? undefined : svgPoints(site.boundary),
    drivable: (site.drivable ?? []).map((d) => ({
      id: d.id,
      kind: d.kind,
      name: d.name,
      points: svgPoints(d.polygon),
    })),
    ground: ground.map((g) => ({ id: g.id, points: svgPoints(g.polygon) })),
    obstacles: (site.obstacles ?? []).map((o) => ({
      id: o.id,
      kind: o.kind,
      name: o.name,
      removable: o.removable === true,
      points: svgPoints(o.polygon),
      polygon: o.polygon,
    })),
    entrances: (site.entrances ?? []).map((e) => {
      const a = (e.heading * Math.PI) / 180;
      return {
        id: e.id,
        x: e.at[0],
        y: -e.at[1],
        tx: e.at[0] + ENTRANCE_ARROW * Math.cos(a),
        ty: -(e.at[1] + ENTRANCE_ARROW * Math.sin(a)),
      };
    }),
  };
}
