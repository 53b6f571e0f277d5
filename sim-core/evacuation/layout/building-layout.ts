/**
 * Everything the engine needs to know about the building's geometry, indexed once: global space and
 * door numbers, and per storey its navigation raster, its walls and door portals in a segment grid.
 * Built from a validated building (scenario already applied); pure and deterministic.
 */
import type { Building } from '../../../models/schema/building.ts';
import { OUTSIDE } from '../../../models/schema/building.ts';
import type { Space } from '../../../models/schema/storey.ts';
import { bbox, pointInPolygon, unionBBox, type BBox } from '../../../models/geometry/polygon.ts';
import { NAV_CELL, WALL_CLEARANCE_FRACTION } from '../constants.ts';
import { buildNavGrid, type NavGrid } from './nav-grid.ts';
import { buildSegmentGrid, segmentCellOf, type SegmentGrid } from './segment-grid.ts';
import { pointSegmentDistanceXY } from '../../../models/geometry/segments.ts';
import { storeyWalls } from './wall-segments.ts';

/** `spaceB` of a door to the outside. */
export const OUTSIDE_SPACE = -2;

/** Segment-grid cell (m) and the distance (m) within which a cell lists a segment: more than the
 * largest wall clearance (0.9 × 0.6 m radius) plus a step (≤ 3 m/s × 0.1 s). */
const SEGMENT_CELL = 1;
/** How far (m) a door portal is drawn past each end of the door: the spec's 0.05 m tolerance + 1 cm. */
const PORTAL_OVERLAP = 0.06;
const SEGMENT_REACH = 1;

export interface SpaceInfo {
  id: string;
  storey: number;
  kind: Space['kind'];
  polygon: Space['polygon'];
  /** JSON pointer of the space in the building file, for reports. */
  path: string;
}

export interface DoorInfo {
  id: string;
  storey: number;
  spaceA: number;
  /** OUTSIDE_SPACE for a final exit. */
  spaceB: number;
  width: number;
  ax: number;
  ay: number;
  bx: number;
  by: number;
  /** Side of the door line on which spaceA lies: the sign (+1 or −1) of orient(a, b, p) for a point p
   * in spaceA (left of a→b is +1). A step crosses the door when it ends strictly on the other side
   * (movement/apply-move.ts), so a walker standing exactly on the line is on neither side yet. */
  sideA: number;
}

export interface StoreyLayout {
  index: number;
  id: string;
  elevation: number;
  box: BBox;
  nav: NavGrid;
  segments: SegmentGrid;
  /** Largest hard wall clearance (m) that still lets a body through the storey's narrowest door. */
  maxClearance: number;
}

export interface BuildingLayout {
  spaces: SpaceInfo[];
  spaceIndex: Map<string, number>;
  doors: DoorInfo[];
  doorIndex: Map<string, number>;
  storeys: StoreyLayout[];
  storeyIndex: Map<string, number>;
}

export function buildLayout(b: Building): BuildingLayout {
  const spaces: SpaceInfo[] = [];
  const spaceIndex = new Map<string, number>();
  b.storeys.forEach((st, si) =>
    st.spaces.forEach((sp, k) => {
      spaceIndex.set(sp.id, spaces.length);
      spaces.push({
        id: sp.id,
        storey: si,
        kind: sp.kind,
        polygon: sp.polygon,
        path: `/storeys/${si}/spaces/${k}`,
      });
    }),
  );
  const doors: DoorInfo[] = [];
  const doorIndex = new Map<string, number>();
  const storeys: StoreyLayout[] = [];
  const storeyIndex = new Map<string, number>();
  b.storeys.forEach((st, si) => {
    storeyIndex.set(st.id, si);
    let box = bbox(st.spaces[0]!.polygon);
    for (const sp of st.spaces) box = unionBBox(box, bbox(sp.polygon));
    const seg = { ...storeyWalls(st), door: [] as number[] };
    seg.door = seg.ax.map(() => -1);
    let narrowest = Infinity;
    const polygonOf = (id: string): Space['polygon'] | undefined =>
      id === OUTSIDE ? undefined : spaces[spaceIndex.get(id)!]!.polygon;
    for (const d of st.doors ?? []) {
      if (d.passable === false) continue;
      const [[ax, ay], [bx, by]] = d.segment;
      const width = Math.hypot(bx - ax, by - ay);
      narrowest = Math.min(narrowest, width);
      const idx = doors.length;
      doorIndex.set(d.id, idx);
      doors.push({
        id: d.id,
        storey: si,
        spaceA: spaceIndex.get(d.spaces[0])!,
        spaceB: d.spaces[1] === OUTSIDE ? OUTSIDE_SPACE : spaceIndex.get(d.spaces[1])!,
        width,
        ax,
        ay,
        bx,
        by,
        sideA: doorSideOf(ax, ay, bx, by, polygonOf(d.spaces[0]), polygonOf(d.spaces[1])),
      });
      // The portal reaches PORTAL_OVERLAP past each door end, over the wall ends: a step through the
      // gap's edge meets the wall too, and walls win, so nobody slips out between wall and portal.
      const ux = (bx - ax) / width;
      const uy = (by - ay) / width;
      seg.ax.push(ax - ux * PORTAL_OVERLAP);
      seg.ay.push(ay - uy * PORTAL_OVERLAP);
      seg.bx.push(bx + ux * PORTAL_OVERLAP);
      seg.by.push(by + uy * PORTAL_OVERLAP);
      seg.door.push(idx);
    }
    const nav = buildNavGrid(st, spaceIndex, box, NAV_CELL);
    const segments = buildSegmentGrid(seg, box, SEGMENT_CELL, SEGMENT_REACH);
    measureWallDistance(nav, segments);
    storeys.push({
      index: si,
      id: st.id,
      elevation: st.elevation,
      box,
      nav,
      segments,
      maxClearance: Number.isFinite(narrowest) ? 0.45 * narrowest : 0.6 * WALL_CLEARANCE_FRACTION,
    });
  });
  return { spaces, spaceIndex, doors, doorIndex, storeys, storeyIndex };
}

/** How far (m) from a door's middle its sides are probed: more than the 0.05 m a door may lie off its
 * wall (spec "Storeys"), so the probe is past the wall, and small enough to stay in a room. */
const SIDE_PROBE = 0.1;

/** The side (+1 left of a→b, −1 right) of the door line on which polygon `a` lies (else the side away
 * from `b`); +1 if neither probe says (a door not on its spaces' boundary, refused by validation). */
export function doorSideOf(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  a: Space['polygon'] | undefined,
  b: Space['polygon'] | undefined,
): number {
  const len = Math.hypot(bx - ax, by - ay);
  const nx = -(by - ay) / len;
  const ny = (bx - ax) / len;
  const left: [number, number] = [(ax + bx) / 2 + SIDE_PROBE * nx, (ay + by) / 2 + SIDE_PROBE * ny];
  const right: [number, number] = [(ax + bx) / 2 - SIDE_PROBE * nx, (ay + by) / 2 - SIDE_PROBE * ny];
  if (a && pointInPolygon(left, a)) return 1;
  if (a && pointInPolygon(right, a)) return -1;
  if (b && pointInPolygon(left, b)) return -1;
  return 1;
}

/** Fills nav.wallDist: each walkable cell centre's distance to the nearest wall (capped at 1 m). */
export function measureWallDistance(nav: NavGrid, sg: SegmentGrid): void {
  for (let c = 0; c < nav.space.length; c++) {
    if (nav.space[c]! < 0) continue;
    const cx = c % nav.nx;
    const cy = (c - cx) / nav.nx;
    const x = nav.ox + (cx + 0.5) * nav.h;
    const y = nav.oy + (cy + 0.5) * nav.h;
    const sc = segmentCellOf(sg, x, y);
    let best = 1;
    for (let k = sg.start[sc]!; k < sg.start[sc + 1]!; k++) {
      const w = sg.items[k]!;
      if (sg.door[w]! >= 0) continue;
      const d = pointSegmentDistanceXY(x, y, sg.ax[w]!, sg.ay[w]!, sg.bx[w]!, sg.by[w]!);
      if (d < best) best = d;
    }
    nav.wallDist[c] = best;
  }
}
