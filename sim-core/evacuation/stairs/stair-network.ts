/**
 * The stairs as the engine moves people on them: per stair, its landings (storey, landing space,
 * the points where someone leaving the stair steps onto the floor) and, between consecutive landings,
 * a travel length (stair-speed.ts flightLength) walked as a 1-D lane, one lane per direction.
 */
import type { Building } from '../../../models/schema/building.ts';
import { distanceToBoundary } from '../../../models/geometry/polygon.ts';
import type { BuildingLayout } from '../layout/building-layout.ts';
import { STAIR_BOUNDARY_LAYER, STAIR_DOWN_SPECIFIC_FLOW, STAIR_UP_SPECIFIC_FLOW } from '../constants.ts';
import { flightLength, stairK } from './stair-speed.ts';

export interface LandingInfo {
  storey: number;
  space: number;
  /** Candidate points (m) where a walker leaving the stair appears on the floor, best first. */
  spawnX: number[];
  spawnY: number[];
}

export interface StairInfo {
  id: string;
  passable: boolean;
  width: number;
  /** Width for density: clear width less the SFPE boundary layers. */
  effectiveWidth: number;
  k: number;
  landings: LandingInfo[];
  /** Travel length (m) from landing j to landing j + 1 (and back); length landings − 1. */
  length: number[];
  /** Entry flow caps (p/s) onto a lane going down / up: design specific flow × clear width. */
  downCap: number;
  upCap: number;
}

/** Spawn points closer than this (m) to a wall or to each other are skipped. */
const SPAWN_CLEARANCE = 0.35;
const SPAWN_SPACING = 0.6;
const SPAWN_POINTS = 6;

/** Points (m) of a space where people stepping into it appear: central, clear of walls, spaced. */
export function spawnPoints(layout: BuildingLayout, space: number): { x: number[]; y: number[] } {
  const sp = layout.spaces[space]!;
  const nav = layout.storeys[sp.storey]!.nav;
  let cx = 0;
  let cy = 0;
  for (const [x, y] of sp.polygon) {
    cx += x / sp.polygon.length;
    cy += y / sp.polygon.length;
  }
  const cells: [number, number, number][] = [];
  for (let c = 0; c < nav.space.length; c++) {
    if (nav.space[c] !== space) continue;
    const gx = c % nav.nx;
    const gy = (c - gx) / nav.nx;
    const x = nav.ox + (gx + 0.5) * nav.h;
    const y = nav.oy + (gy + 0.5) * nav.h;
    const clear = distanceToBoundary([x, y], sp.polygon);
    cells.push([Math.hypot(x - cx, y - cy) - (clear >= SPAWN_CLEARANCE ? 1e6 : 0), x, y]);
  }
  cells.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  const x: number[] = [];
  const y: number[] = [];
  for (const [, px, py] of cells) {
    if (x.length >= SPAWN_POINTS) break;
    if (x.some((qx, i) => Math.hypot(qx - px, y[i]! - py) < SPAWN_SPACING)) continue;
    x.push(px);
    y.push(py);
  }
  return { x, y };
}

export function buildStairs(b: Building, layout: BuildingLayout): StairInfo[] {
  return b.stairs.map((st) => {
    const landings = st.landings.map((l) => {
      const space = layout.spaceIndex.get(l.space)!;
      const pts = spawnPoints(layout, space);
      return { storey: layout.storeyIndex.get(l.storey)!, space, spawnX: pts.x, spawnY: pts.y };
    });
    const length: number[] = [];
    for (let j = 0; j + 1 < landings.length; j++) {
      const rise =
        layout.storeys[landings[j + 1]!.storey]!.elevation - layout.storeys[landings[j]!.storey]!.elevation;
      length.push(flightLength(rise, st.riser, st.tread, st.width));
    }
    return {
      id: st.id,
      passable: st.passable !== false,
      width: st.width,
      effectiveWidth: Math.max(0.3, st.width - 2 * STAIR_BOUNDARY_LAYER),
      k: stairK(st.riser, st.tread),
      landings,
      length,
      downCap: STAIR_DOWN_SPECIFIC_FLOW * st.width,
      upCap: STAIR_UP_SPECIFIC_FLOW * st.width,
    };
  });
}
