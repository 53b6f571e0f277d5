/**
 * A storey's plan as plain data for the SVG plan view: spaces (kind, label, outline), doors by class,
 * obstacles, and — with their layers — facade openings and hydrants. SVG's y runs down, the model's
 * north up, so every point is written as (x, −y). Pure, so it is unit-tested without a browser.
 */
import type { Building, Opening, Point, SpaceKind } from '../../../models/index.ts';
import { type BBox, bbox, signedArea } from '../../../models/geometry/polygon.ts';
import { distance, pointSegmentDistance } from '../../../models/geometry/segments.ts';
import { type DoorClass, doorClass } from '../scene/door-markers.ts';
import { type EquipmentKind, waterEquipment } from '../scene/water-markers.ts';
import type { LayerVisibility } from '../view/layers.ts';

export interface PlanSpace {
  id: string;
  name: string | undefined;
  /** The kind drawn: a space a stair lands in is a stair. */
  kind: SpaceKind;
  points: string;
  /** Label anchor (SVG coordinates) and the space's area (m²), which sizes the label. */
  labelX: number;
  labelY: number;
  /** Font size (m) that fits the label inside the space's box; 0 = too small to label. */
  labelSize: number;
}

export interface PlanLine {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Plan {
  /** SVG viewBox: min-x, min-y, width, height (m, with a margin). */
  viewBox: [number, number, number, number];
  spaces: PlanSpace[];
  doors: (PlanLine & { cls: DoorClass })[];
  obstacles: { id: string; points: string }[];
  openings: (PlanLine & { kind: Opening['kind'] })[];
  hydrants: { id: string; x: number; y: number }[];
  /** Pumps, tanks and valves drawn on this storey (water layer; schematic places, SVG coordinates). */
  equipment: { id: string; kind: EquipmentKind; x: number; y: number }[];
}

/** Margin around the storey in the plan (m). */
const MARGIN = 3;

/** Largest, smallest label font size (m); about 0.6 em per character of a proportional font. */
const LABEL_MAX = 1.1;
const LABEL_MIN = 0.35;

function labelSize(text: string, box: BBox): number {
  const fit = Math.min(
    (0.85 * (box.maxX - box.minX)) / (0.6 * Math.max(text.length, 1)),
    0.5 * (box.maxY - box.minY),
  );
  const size = Math.min(LABEL_MAX, fit);
  return size >= LABEL_MIN ? size : 0;
}

export function svgPoints(ring: readonly Point[]): string {
  return ring.map(([x, y]) => `${x},${-y}`).join(' ');
}

/** Area centroid (falls back to the box centre for degenerate rings). */
function centroid(ring: readonly Point[]): Point {
  const a = signedArea(ring);
  if (Math.abs(a) < 1e-9) {
    const b = bbox(ring);
    return [(b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2];
  }
  const [ox, oy] = ring[0]!;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[(i + 1) % ring.length]!;
    const ax = x0 - ox;
    const ay = y0 - oy;
    const bx = x1 - ox;
    const by = y1 - oy;
    const cross = ax * by - bx * ay;
    cx += (ax + bx) * cross;
    cy += (ay + by) * cross;
  }
  return [ox + cx / (6 * a), oy + cy / (6 * a)];
}

export function storeyPlan(
  building: Building,
  storeyIndex: number,
  layers: LayerVisibility,
): Plan | undefined {
  const storey = building.storeys[storeyIndex];
  if (storey === undefined) return undefined;
  const landings = new Set(building.stairs.flatMap((s) => s.landings.map((l) => l.space)));
  const all = storey.spaces.flatMap((s) => s.polygon);
  const spaces = storey.spaces.map((s): PlanSpace => {
    const [lx, ly] = centroid(s.polygon);
    return {
      id: s.id,
      name: s.name,
      kind: landings.has(s.id) ? 'stair' : s.kind,
      points: svgPoints(s.polygon),
      labelX: lx,
      labelY: -ly,
      labelSize: labelSize(s.name ?? s.id, bbox(s.polygon)),
    };
  });
  const line = (id: string, [a, b]: readonly [Point, Point]): PlanLine => ({
    id,
    x1: a[0],
    y1: -a[1],
    x2: b[0],
    y2: -b[1],
  });
  const doors = (storey.doors ?? []).map((d) => ({ ...line(d.id, d.segment), cls: doorClass(d) }));
  const obstacles = (storey.obstacles ?? []).map((o) => ({ id: o.id, points: svgPoints(o.polygon) }));
  const openings = layers.facade
    ? (building.facade?.openings ?? [])
        .filter((o) => o.storey === storey.id)
        .map((o) => ({
          ...line(
            o.id,
            openingSpan(
              o.at,
              o.width,
              storey.spaces.map((s) => s.polygon),
            ),
          ),
          kind: o.kind,
        }))
    : [];
  const hydrants = layers.water
    ? (building.water?.hydrants ?? [])
        .filter((h) => h.storey === storey.id)
        .map((h) => ({ id: h.id, x: h.at[0], y: -h.at[1] }))
    : [];
  const equipment = layers.water
    ? waterEquipment(building)
        .filter((e) => e.storey === storeyIndex)
        .map((e) => ({ id: e.id, kind: e.kind, x: e.x, y: -e.y }))
    : [];
  // The schematic places may lie outside the storey's outline: the plan shows them all.
  const box = bbox([...all, ...equipment.map((e): Point => [e.x, -e.y])]);
  return {
    viewBox: [
      box.minX - MARGIN,
      -box.maxY - MARGIN,
      box.maxX - box.minX + 2 * MARGIN,
      box.maxY - box.minY + 2 * MARGIN,
    ],
    spaces,
    doors,
    obstacles,
    openings,
    hydrants,
    equipment,
  };
}

/** An opening's span along its wall: the direction of the storey's polygon edge nearest to `at`. */
function openingSpan(at: Point, width: number, rings: readonly (readonly Point[])[]): [Point, Point] {
  let best = Infinity;
  let ux = 1;
  let uy = 0;
  for (const ring of rings) {
    ring.forEach((a, i) => {
      const b = ring[(i + 1) % ring.length]!;
      const len = distance(a, b);
      const d = pointSegmentDistance(at, a, b);
      if (len > 0 && d < best) {
        best = d;
        ux = (b[0] - a[0]) / len;
        uy = (b[1] - a[1]) / len;
      }
    });
  }
  const h = width / 2;
  return [
    [at[0] - ux * h, at[1] - uy * h],
    [at[0] + ux * h, at[1] + uy * h],
  ];
}
