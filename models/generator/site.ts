/**
 * The site south of the tower: a fire lane along the south (long) side, the rescue site
 * (消防车登高操作场地) between lane and facade, cars parked on the lane, two gates, city hydrants and
 * the responding station. The facade facing the rescue site is the one with the stair exits.
 */
import type { Point } from '../schema/common.ts';
import type { Site, SiteObstacle } from '../schema/site.ts';
import { pt, rect, rectPolygon, type Rect } from './geometry.ts';

/**
 * Rescue site: GB 50016-2014 (2018 ed.) 7.2.2 (secondary ×4): ≥ 15 × 10 m, ≥ 20 × 10 m for buildings
 * over 50 m; its near edge 5 m ("should") to 10 m (maximum) from the wall; slope ≤ 3 %. 7.2.1: along
 * at least one long side, so it runs the full length of the south wall.
 */
export const RESCUE_SITE = { depth: 10, offset: 5, slope: 0.02 } as const;

/** A parked car: 4.8 × 1.8 m, 1.5 m tall (typical saloon), every 6.5 m along the lane's far side. */
export const PARKED_CAR = { length: 4.8, width: 1.8, height: 1.5, pitch: 6.5 } as const;

/** Default station: GB/建标 152-2017 (recalled, UNVERIFIED) plans urban stations for a 5 min response. */
export const DEFAULT_STATION = { name: 'Nearest fire station (typical)', travelTime: 300 } as const;

/** City hydrant static pressure (Pa): 0.2 MPa, typical (GB 55036 3.0.3 asks ≥ 0.14 MPa). */
const CITY_HYDRANT_PRESSURE = 200000;

export interface SiteInput {
  /** The south wall: x0..x1 on the line y (the face toward the lane). */
  face: { x0: number; x1: number; y: number };
  /** Everything the building covers, for the site boundary. */
  footprint: Rect;
  /** Building height (m). */
  height: number;
  laneWidth: number;
  parkedCars: number;
  station?: { name: string; travelTime: number };
}

export interface SiteLayout {
  site: Site;
  rescueSite: Rect;
  lane: Rect;
}

export function designSite(input: SiteInput): SiteLayout {
  const { face, footprint } = input;
  const length = Math.max(face.x1 - face.x0, input.height > 50 ? 20 : 15);
  const cx = (face.x0 + face.x1) / 2;
  const rs = rect(
    cx - length / 2,
    face.y - RESCUE_SITE.offset - RESCUE_SITE.depth,
    cx + length / 2,
    face.y - RESCUE_SITE.offset,
  );
  const lx0 = Math.min(rs.x0, footprint.x0) - 25;
  const carsFrom = lx0 + 12;
  const lx1 = Math.max(
    Math.max(rs.x1, footprint.x1) + 25,
    carsFrom + input.parkedCars * PARKED_CAR.pitch + 10,
  );
  const lane = rect(lx0, rs.y0 - input.laneWidth, lx1, rs.y0);
  const laneMid = (lane.y0 + lane.y1) / 2;

  const obstacles: SiteObstacle[] = [];
  for (let i = 0; i < input.parkedCars; i++) {
    const x = carsFrom + i * PARKED_CAR.pitch;
    obstacles.push({
      id: `car-${i + 1}`,
      kind: 'parked-car',
      name: `Parked car ${i + 1}`,
      polygon: rectPolygon(rect(x, lane.y0 + 0.2, x + PARKED_CAR.length, lane.y0 + 0.2 + PARKED_CAR.width)),
      height: PARKED_CAR.height,
      removable: true,
    });
  }
  const boundary = rect(lx0 - 5, lane.y0 - 8, lx1 + 5, footprint.y1 + 10);
  const site: Site = {
    boundary: rectPolygon(boundary),
    drivable: [
      { id: 'lane-1', kind: 'road', name: 'Fire lane', polygon: rectPolygon(lane), slope: 0.02 },
      {
        id: 'rs-1',
        kind: 'rescue-site',
        name: 'Rescue site',
        polygon: rectPolygon(rs),
        slope: RESCUE_SITE.slope,
      },
    ],
    obstacles,
    entrances: [
      { id: 'gate-W', name: 'West gate', at: pt(lane.x0 + 1, laneMid), heading: 0 },
      { id: 'gate-E', name: 'East gate', at: pt(lane.x1 - 1, laneMid), heading: 180 },
    ],
    // GB 50974-2014 5.4.7: pump inlets 15–40 m from an outdoor hydrant; the first inlet is at
    // x0 + 1.5, so a hydrant just beyond the lane's far edge is 15–40 m from it for every lane width.
    hydrants: [
      { id: 'city-H1', at: pt(face.x0 + 1.5, lane.y0 - 1.5), pressure: CITY_HYDRANT_PRESSURE },
      { id: 'city-H2', at: pt(face.x1 + 10, lane.y0 - 1.5), pressure: CITY_HYDRANT_PRESSURE },
    ],
    station: { ...(input.station ?? DEFAULT_STATION) },
  };
  return { site, rescueSite: rs, lane };
}

/**
 * Pump inlets outdoors, 1 m in front of the south wall, 2.5 m apart from its west end
 * (GB 50974-2014 5.4.8: wall-mounted, ≥ 2.0 m from openings: typical placement, not checked).
 */
export function inletPositions(face: { x0: number; y: number }, count: number): Point[] {
  const out: Point[] = [];
  for (let i = 0; i < count; i++) out.push(pt(face.x0 + 1.5 + 2.5 * i, face.y - 1));
  return out;
}
