/**
 * The site around the tower, at ground level: drivable areas as flat faces by kind (roads, the
 * rescue site 消防车登高操作场地 in yellow, plazas), obstacles as blocks of their height (overhead
 * structures as a slab at their clearance), the site limit as a line, entrances as arrows in their
 * direction of travel, and city hydrants (placed as instanced markers by the scene).
 */
import {
  type BufferGeometry,
  BufferGeometry as Geometry,
  Float32BufferAttribute,
  Shape,
  ShapeGeometry,
} from 'three';
import type { Building, Site } from '../../../models/index.ts';
import type { Placement } from './instances.ts';
import { flatPolygon, mergeGeometries, prism } from './prism.ts';

export type DrivableKind = NonNullable<Site['drivable']>[number]['kind'];
export type SiteObstacleKind = NonNullable<Site['obstacles']>[number]['kind'];

/** Height drawn for an obstacle without one (m), by kind: what such a thing typically is. */
export const DEFAULT_OBSTACLE_HEIGHT: Readonly<Record<SiteObstacleKind, number>> = {
  'parked-car': 1.5,
  bollard: 0.9,
  tree: 6,
  planter: 0.8,
  barrier: 1.1,
  gate: 2,
  kiosk: 2.8,
  stall: 2.2,
  wall: 2.4,
  overhead: 4,
};
/** Thickness of a drawn overhead structure above its clearance (m). */
const OVERHEAD_THICKNESS = 0.6;
/** Drivable faces float slightly above z = 0, rescue sites above roads, so they never flicker. */
const DRIVABLE_LIFT: Readonly<Record<DrivableKind, number>> = {
  road: 0.02,
  plaza: 0.03,
  'rescue-site': 0.04,
};
/** Entrance arrow length (m). */
export const ARROW_LENGTH = 6;

export interface SiteGeometry {
  drivable: Map<DrivableKind, BufferGeometry>;
  /** Obstacles merged per kind; overhead ones are a slab above their clearance. */
  obstacles: Map<SiteObstacleKind, BufferGeometry>;
  /** The site limit as line segments (pairs of points), or undefined without one. */
  boundary: BufferGeometry | undefined;
  entrances: BufferGeometry | undefined;
  hydrants: Placement[];
  dispose(): void;
}

function merged(parts: BufferGeometry[]): BufferGeometry | undefined {
  if (parts.length === 0) return undefined;
  const out = mergeGeometries(parts, false) ?? undefined;
  for (const p of parts) p.dispose();
  return out;
}

/** An arrow in model coordinates pointing along +x from (0, 0), as a flat shape. */
function arrowShape(): Shape {
  const l = ARROW_LENGTH;
  const w = 1.2;
  return new Shape()
    .moveTo(0, -w / 2)
    .lineTo(l * 0.6, -w / 2)
    .lineTo(l * 0.6, -w * 1.5)
    .lineTo(l, 0)
    .lineTo(l * 0.6, w * 1.5)
    .lineTo(l * 0.6, w / 2)
    .lineTo(0, w / 2)
    .closePath();
}

export function createSiteGeometry(building: Building): SiteGeometry {
  const site = building.site ?? {};
  const byKind = new Map<DrivableKind, BufferGeometry[]>();
  for (const d of site.drivable ?? []) {
    const list = byKind.get(d.kind) ?? [];
    list.push(flatPolygon(d.polygon, DRIVABLE_LIFT[d.kind]));
    byKind.set(d.kind, list);
  }
  const drivable = new Map<DrivableKind, BufferGeometry>();
  for (const [kind, parts] of byKind) {
    const g = merged(parts);
    if (g !== undefined) drivable.set(kind, g);
  }

  const obstacleParts = new Map<SiteObstacleKind, BufferGeometry[]>();
  for (const o of site.obstacles ?? []) {
    const list = obstacleParts.get(o.kind) ?? [];
    if (o.kind === 'overhead') {
      const under = o.clearance ?? DEFAULT_OBSTACLE_HEIGHT.overhead;
      list.push(prism(o.polygon, under, under + OVERHEAD_THICKNESS));
    } else {
      list.push(prism(o.polygon, 0, o.height ?? DEFAULT_OBSTACLE_HEIGHT[o.kind]));
    }
    obstacleParts.set(o.kind, list);
  }
  const obstacles = new Map<SiteObstacleKind, BufferGeometry>();
  for (const [kind, parts] of obstacleParts) {
    const g = merged(parts);
    if (g !== undefined) obstacles.set(kind, g);
  }

  let boundary: BufferGeometry | undefined;
  if (site.boundary !== undefined) {
    const ring = site.boundary;
    const xyz: number[] = [];
    ring.forEach(([x, y], i) => {
      const [nx, ny] = ring[(i + 1) % ring.length]!;
      xyz.push(x, 0.05, -y, nx, 0.05, -ny);
    });
    boundary = new Geometry();
    boundary.setAttribute('position', new Float32BufferAttribute(xyz, 3));
  }

  const arrows: BufferGeometry[] = [];
  for (const e of site.entrances ?? []) {
    const g = new ShapeGeometry(arrowShape());
    g.rotateX(-Math.PI / 2); // shape (x, y) → three (x, 0, −y): the model's plan
    g.rotateY((e.heading * Math.PI) / 180); // counter-clockwise from +x, as in the model
    g.translate(e.at[0], 0.08, -e.at[1]);
    arrows.push(g);
  }

  const hydrants: Placement[] = (site.hydrants ?? []).map((h) => ({
    x: h.at[0],
    y: h.at[1],
    z: 0,
    yaw: 0,
    length: 0.6,
    height: 1.1,
    depth: 0.6,
  }));

  const entrances = merged(arrows);
  return {
    drivable,
    obstacles,
    boundary,
    entrances,
    hydrants,
    dispose() {
      for (const g of drivable.values()) g.dispose();
      for (const g of obstacles.values()) g.dispose();
      boundary?.dispose();
      entrances?.dispose();
    },
  };
}
