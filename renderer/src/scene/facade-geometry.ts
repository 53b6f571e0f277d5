/**
 * Facade openings on the outer wall: each window, balcony or rescue window as a small quad standing
 * just outside the wall at its `at` point, from sill to head; a canopy as a thin slab over it (red
 * when combustible, the facade-fire risk the summary counts); a protruding window net as a cage in
 * front of it (yellow when it has no escape hatch — it traps people — teal when it has one).
 * The wall's direction comes from the storey's outer boundary (models/geometry/boundary.ts), the
 * outward side from which side is inside a space.
 */
import { BufferGeometry, Float32BufferAttribute } from 'three';
import type { Building, Opening, Point, Segment } from '../../../models/index.ts';
import { outerBoundary } from '../../../models/geometry/boundary.ts';
import { pointInPolygon } from '../../../models/geometry/polygon.ts';
import { pointSegmentDistance } from '../../../models/geometry/segments.ts';
import type { Placement } from './instances.ts';

type OpeningKind = Opening['kind'];
export type CanopyClass = 'combustible' | 'noncombustible';
export type NetClass = 'trapping' | 'hatch';

/** Tolerance (m) for walls shared between spaces, as the facade rule uses for the wall line. */
const WALL_TOL = 0.05;
/** How far quads stand off the wall (m), so they are not hidden in the slab edges. */
const STANDOFF = 0.08;
const CANOPY_DEPTH = 0.9;
const NET_DEPTH = 0.5;

/** Where an opening sits: its centre on the wall, the wall's direction u and the outward normal n. */
export interface OpeningFrame {
  id: string;
  kind: OpeningKind;
  x: number;
  y: number;
  /** Sill and head, absolute z (m). */
  z0: number;
  z1: number;
  width: number;
  ux: number;
  uy: number;
  nx: number;
  ny: number;
  canopy: CanopyClass | undefined;
  net: NetClass | undefined;
}

function nearestSegment(p: Point, segments: readonly Segment[]): Segment | undefined {
  let best: Segment | undefined;
  let bestD = Infinity;
  for (const s of segments) {
    const d = pointSegmentDistance(p, s[0], s[1]);
    if (d < bestD) {
      bestD = d;
      best = s;
    }
  }
  return best;
}

export function openingFrames(building: Building): OpeningFrame[] {
  const storeys = new Map(building.storeys.map((s) => [s.id, s]));
  const walls = new Map<string, Segment[]>();
  const frames: OpeningFrame[] = [];
  for (const o of building.facade?.openings ?? []) {
    const storey = storeys.get(o.storey);
    if (storey === undefined) continue;
    let outer = walls.get(storey.id);
    if (outer === undefined) {
      outer = outerBoundary(
        storey.spaces.map((s) => s.polygon),
        WALL_TOL,
      );
      walls.set(storey.id, outer);
    }
    const wall = nearestSegment(o.at, outer);
    let ux = 1;
    let uy = 0;
    if (wall !== undefined) {
      const dx = wall[1][0] - wall[0][0];
      const dy = wall[1][1] - wall[0][1];
      const len = Math.hypot(dx, dy) || 1;
      ux = dx / len;
      uy = dy / len;
    }
    // Left normal; flip it if a step that way lands inside the storey.
    let nx = -uy;
    let ny = ux;
    const probe: Point = [o.at[0] + nx * 0.3, o.at[1] + ny * 0.3];
    if (storey.spaces.some((s) => pointInPolygon(probe, s.polygon))) {
      nx = -nx;
      ny = -ny;
    }
    frames.push({
      id: o.id,
      kind: o.kind,
      x: o.at[0],
      y: o.at[1],
      z0: storey.elevation + o.sill,
      z1: storey.elevation + o.sill + o.height,
      width: o.width,
      ux,
      uy,
      nx,
      ny,
      canopy: o.canopy === 'combustible' || o.canopy === 'noncombustible' ? o.canopy : undefined,
      net: o.net === 'protruding' ? (o.hatch === true ? 'hatch' : 'trapping') : undefined,
    });
  }
  return frames;
}

export interface FacadeGeometry {
  /** Opening quads merged per kind (two triangles each, no index). */
  openings: Map<OpeningKind, BufferGeometry>;
  canopies: Map<CanopyClass, Placement[]>;
  nets: Map<NetClass, Placement[]>;
  dispose(): void;
}

export function createFacadeGeometry(building: Building): FacadeGeometry {
  const frames = openingFrames(building);
  const byKind = new Map<OpeningKind, OpeningFrame[]>();
  const canopies = new Map<CanopyClass, Placement[]>([
    ['combustible', []],
    ['noncombustible', []],
  ]);
  const nets = new Map<NetClass, Placement[]>([
    ['trapping', []],
    ['hatch', []],
  ]);
  for (const f of frames) {
    const list = byKind.get(f.kind) ?? [];
    list.push(f);
    byKind.set(f.kind, list);
    const yaw = Math.atan2(f.uy, f.ux);
    if (f.canopy !== undefined)
      canopies.get(f.canopy)!.push({
        x: f.x + (f.nx * CANOPY_DEPTH) / 2,
        y: f.y + (f.ny * CANOPY_DEPTH) / 2,
        z: f.z1 + 0.1,
        yaw,
        length: f.width + 0.4,
        height: 0.12,
        depth: CANOPY_DEPTH,
      });
    if (f.net !== undefined)
      nets.get(f.net)!.push({
        x: f.x + (f.nx * NET_DEPTH) / 2,
        y: f.y + (f.ny * NET_DEPTH) / 2,
        z: f.z0,
        yaw,
        length: f.width,
        height: f.z1 - f.z0,
        depth: NET_DEPTH,
      });
  }

  const openings = new Map<OpeningKind, BufferGeometry>();
  for (const [kind, list] of byKind) {
    // Typed array filled in place: 1 000+ openings on a tall tower, one allocation per kind.
    const xyz = new Float32Array(list.length * 18);
    list.forEach((f, i) => {
      const hx = (f.ux * f.width) / 2;
      const hy = (f.uy * f.width) / 2;
      const cx = f.x + f.nx * STANDOFF;
      const cy = f.y + f.ny * STANDOFF;
      // Corners in three coordinates: (x, z, −y).
      const ax = cx - hx;
      const az = -(cy - hy);
      const bx = cx + hx;
      const bz = -(cy + hy);
      xyz.set([ax, f.z0, az, bx, f.z0, bz, bx, f.z1, bz, ax, f.z0, az, bx, f.z1, bz, ax, f.z1, az], i * 18);
    });
    const g = new BufferGeometry();
    g.setAttribute('position', new Float32BufferAttribute(xyz, 3));
    openings.set(kind, g);
  }
  return {
    openings,
    canopies,
    nets,
    dispose() {
      for (const g of openings.values()) g.dispose();
    },
  };
}
