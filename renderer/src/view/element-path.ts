/**
 * From a validation issue's JSON pointer to the thing in the building it is about, so the view can
 * highlight it: `/storeys/3/doors/1/segment` → door 1 of storey 3. Only geometric things resolve
 * (spaces, doors, obstacles, a whole storey, site areas and points, facade openings, hydrants,
 * inlets, stair landings and lift stops); anything else (a profile, a pipe) gives undefined.
 * Pure: used by the side panel (is this issue locatable?) and by both views (what to draw).
 */
import type { Building, Point } from '../../../models/index.ts';
import { parsePointer } from '../../../models/scenario/json-pointer.ts';

export type ElementKind =
  | 'storey'
  | 'space'
  | 'door'
  | 'obstacle'
  | 'drivable'
  | 'siteObstacle'
  | 'siteBoundary'
  | 'entrance'
  | 'cityHydrant'
  | 'opening'
  | 'hydrant'
  | 'inlet';

/** A drawable outline of the element, in model coordinates; z0..z1 is its vertical extent (m). */
export type HighlightShape =
  | { type: 'polygon'; ring: readonly Point[]; z0: number; z1: number }
  | { type: 'segment'; a: Point; b: Point; z0: number; z1: number }
  | { type: 'point'; at: Point; z0: number; z1: number };

export interface ElementRef {
  kind: ElementKind;
  /** The element's id where it has one (a site boundary has none). */
  id: string | undefined;
  /** Index of the storey it is on; undefined for site things (drawn at ground level). */
  storey: number | undefined;
  shapes: HighlightShape[];
}

function index(token: string | undefined): number | undefined {
  return token !== undefined && /^(0|[1-9]\d*)$/.test(token) ? Number(token) : undefined;
}

/** How tall a highlight of a point or segment on a storey is drawn (m): about a person. */
const MARKER_HEIGHT = 2;

function storeyRef(
  b: Building,
  si: number,
  sub: string | undefined,
  j: number | undefined,
): ElementRef | undefined {
  const storey = b.storeys[si];
  if (storey === undefined) return undefined;
  const z0 = storey.elevation;
  const z1 = storey.elevation + storey.height;
  if (sub === 'spaces' && j !== undefined) {
    const space = storey.spaces[j];
    if (space !== undefined)
      return {
        kind: 'space',
        id: space.id,
        storey: si,
        shapes: [{ type: 'polygon', ring: space.polygon, z0, z1 }],
      };
  }
  if (sub === 'doors' && j !== undefined) {
    const door = storey.doors?.[j];
    if (door !== undefined) {
      const [a, b2] = door.segment;
      return {
        kind: 'door',
        id: door.id,
        storey: si,
        shapes: [{ type: 'segment', a, b: b2, z0, z1: z0 + MARKER_HEIGHT }],
      };
    }
  }
  if (sub === 'obstacles' && j !== undefined) {
    const obstacle = storey.obstacles?.[j];
    if (obstacle !== undefined)
      return {
        kind: 'obstacle',
        id: obstacle.id,
        storey: si,
        shapes: [{ type: 'polygon', ring: obstacle.polygon, z0, z1 }],
      };
  }
  // Anything else under the storey (its height, an unresolvable index) points at the whole storey.
  return {
    kind: 'storey',
    id: storey.id,
    storey: si,
    shapes: storey.spaces.map((s) => ({ type: 'polygon', ring: s.polygon, z0, z1: z0 + 0.3 })),
  };
}

function storeyIndexById(b: Building, id: string): number | undefined {
  const i = b.storeys.findIndex((s) => s.id === id);
  return i >= 0 ? i : undefined;
}

/** The landing or stop `k` of a stair or lift: that storey's space. */
function landingRef(b: Building, storeyId: string, spaceId: string): ElementRef | undefined {
  const si = storeyIndexById(b, storeyId);
  if (si === undefined) return undefined;
  const j = b.storeys[si]!.spaces.findIndex((s) => s.id === spaceId);
  return storeyRef(b, si, j >= 0 ? 'spaces' : undefined, j >= 0 ? j : undefined);
}

function pointOnStorey(
  b: Building,
  kind: ElementKind,
  id: string,
  storeyId: string,
  at: Point,
  z0: number,
  z1: number,
): ElementRef {
  const si = storeyIndexById(b, storeyId);
  const storey = si === undefined ? undefined : b.storeys[si];
  const base = storey?.elevation ?? 0;
  return { kind, id, storey: si, shapes: [{ type: 'point', at, z0: base + z0, z1: base + z1 }] };
}

export function resolveIssuePath(b: Building, path: string): ElementRef | undefined {
  let tokens: string[];
  try {
    tokens = parsePointer(path);
  } catch {
    return undefined;
  }
  const [t0, t1, t2, t3] = tokens;
  const i = index(t1);
  if (t0 === 'storeys' && i !== undefined) return storeyRef(b, i, t2, index(t3));

  if (t0 === 'site' && b.site !== undefined) {
    const site = b.site;
    const k = index(t2);
    if (t1 === 'boundary' && site.boundary !== undefined)
      return { kind: 'siteBoundary', id: undefined, storey: undefined, shapes: [flat(site.boundary, 0.5)] };
    if (k === undefined) return undefined;
    if (t1 === 'drivable') {
      const d = site.drivable?.[k];
      if (d !== undefined)
        return { kind: 'drivable', id: d.id, storey: undefined, shapes: [flat(d.polygon, 0.5)] };
    }
    if (t1 === 'obstacles') {
      const o = site.obstacles?.[k];
      if (o !== undefined) {
        const top = o.kind === 'overhead' ? (o.clearance ?? 4) + 0.5 : (o.height ?? 1);
        return {
          kind: 'siteObstacle',
          id: o.id,
          storey: undefined,
          shapes: [{ type: 'polygon', ring: o.polygon, z0: 0, z1: top }],
        };
      }
    }
    if (t1 === 'entrances') {
      const e = site.entrances?.[k];
      if (e !== undefined)
        return {
          kind: 'entrance',
          id: e.id,
          storey: undefined,
          shapes: [{ type: 'point', at: e.at, z0: 0, z1: 3 }],
        };
    }
    if (t1 === 'hydrants') {
      const h = site.hydrants?.[k];
      if (h !== undefined)
        return {
          kind: 'cityHydrant',
          id: h.id,
          storey: undefined,
          shapes: [{ type: 'point', at: h.at, z0: 0, z1: 1.5 }],
        };
    }
    return undefined;
  }

  if (t0 === 'facade' && t1 === 'openings') {
    const o = b.facade?.openings?.[index(t2) ?? -1];
    if (o === undefined) return undefined;
    return pointOnStorey(b, 'opening', o.id, o.storey, o.at, o.sill, o.sill + o.height);
  }

  if (t0 === 'water' && (t1 === 'hydrants' || t1 === 'inlets')) {
    const k = index(t2) ?? -1;
    if (t1 === 'hydrants') {
      const h = b.water?.hydrants?.[k];
      return h === undefined ? undefined : pointOnStorey(b, 'hydrant', h.id, h.storey, h.at, 0, 1.5);
    }
    const inlet = b.water?.inlets?.[k];
    if (inlet === undefined) return undefined;
    return {
      kind: 'inlet',
      id: inlet.id,
      storey: undefined,
      shapes: [{ type: 'point', at: inlet.at, z0: 0, z1: 1.5 }],
    };
  }

  // A stair landing or a lift stop names a space on a storey: highlight that space.
  if ((t0 === 'stairs' || t0 === 'elevators') && i !== undefined && (t2 === 'landings' || t2 === 'stops')) {
    const list = t0 === 'stairs' ? b.stairs[i]?.landings : b.elevators?.[i]?.stops;
    const landing = list?.[index(t3) ?? -1];
    return landing === undefined ? undefined : landingRef(b, landing.storey, landing.space);
  }
  return undefined;
}

function flat(ring: readonly Point[], height: number): HighlightShape {
  return { type: 'polygon', ring, z0: 0, z1: height };
}
