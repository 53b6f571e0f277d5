/**
 * The site as a Rapier collision world (z up): drivable-area boundary as walls, site obstacles as
 * vertical prisms — ground obstacles from z = 0 to their `height`, overhead structures from their
 * `clearance` upwards — and, per vehicle, its inflated body as a cuboid shape query
 * (`intersectionWithShape`). An overhead structure therefore blocks exactly the vehicles taller than
 * its clearance. Queries are pure functions of the world, so the same input gives the same answer.
 */
import type { SiteObstacle } from '../../models/schema/site.ts';
import type { Rapier } from './rapier.ts';
import { convexPieces } from './convex-pieces.ts';
import type { DrivableRegion } from './drivable-region.ts';
import { centreOffset, type VehicleGeometry } from './vehicle-geometry.ts';

/** Height given to ground obstacles without `height` and to the sky above overhead ones (m): walls. */
const TALL = 100;
/** Height of the drivable-boundary walls' segment (m): within every body's height range. */
const WALL_Z = 0.5;
/** Underside of the body query (m): the body never touches the ground plane itself. */
const BODY_BOTTOM = 0.05;
/**
 * Half height of the ground-footprint query (m): outrigger beams and pads from 0.05 to 0.55 m above
 * the ground — beams run ≈ 0.3–0.6 m up on fire appliances (TYPICAL, UNVERIFIED), so a kerb-high
 * obstacle under them counts too (conservative).
 */
const GROUND_HZ = 0.25;

type World = InstanceType<Rapier['World']>;
type Collider = InstanceType<Rapier['Collider']>;
type Shape = InstanceType<Rapier['Cuboid']>;

export interface CollisionWorld {
  obstacles: readonly SiteObstacle[];
  region: DrivableRegion;
  /** 1 = obstacle i is treated as removed (the blocking analysis toggles these). */
  removed: Uint8Array;
  probe(g: VehicleGeometry): VehicleProbe;
  /**
   * Derived data (contact grids, distance grids) kept for the world's lifetime under a key that
   * must name everything it depends on besides the world itself (the removed set, vehicle, goal).
   */
  memo<T>(key: string, make: () => T): T;
  /** The removed set as a short string, for `memo` keys. */
  removedKey(): string;
  dispose(): void;
}

export interface VehicleProbe {
  /** The inflated body at rear-axle pose (x, y, θ) is inside the drivable union and hits nothing. */
  bodyFree(x: number, y: number, th: number): boolean;
  /**
   * The body grown by `margin` on each side (same heights) is inside the union and hits nothing. Any
   * pose whose body stays within that box is then free too: the planner uses it to certify whole
   * motion primitives with one query (hybrid-astar.ts) and to tell open space from tight space.
   */
  bodyClear(x: number, y: number, th: number, margin: number): boolean;
  /** Obstacles the body hits there (indices into `obstacles`); `wall` is set if it leaves the union. */
  bodyHits(x: number, y: number, th: number, into: Set<number>): { wall: boolean };
  /** A rectangle (centre, heading, half length, half width) at ground level hits nothing. */
  footprintFree(cx: number, cy: number, th: number, hl: number, hw: number): boolean;
  /**
   * Obstacles (indices into `obstacles`) that such a ground rectangle hits, added to `into`; `wall`
   * is set if it touches the drivable boundary.
   */
  footprintHits(
    cx: number,
    cy: number,
    th: number,
    hl: number,
    hw: number,
    into: Set<number>,
  ): { wall: boolean };
  /** A vertical cylinder of radius r standing at (x, y) and as tall as the vehicle is free. */
  discFree(x: number, y: number, r: number): boolean;
  /**
   * After `bodyFree` answered false: true if what the body hit stays when every removable obstacle
   * is removed (a wall, a fixed obstacle), false if it may not (or is not known: a close call that
   * Rapier decided). Probes that cannot tell leave it out.
   */
  lastHitFixed?(): boolean;
  /** Number of shape queries made (for the benchmark). */
  queries(): number;
}

export function createCollisionWorld(
  rapier: Rapier,
  region: DrivableRegion,
  obstacles: readonly SiteObstacle[],
): CollisionWorld {
  const world: World = new rapier.World({ x: 0, y: 0, z: 0 });
  const ofHandle = new Map<number, number>();
  const w = region.walls;
  for (let i = 0; i + 3 < w.length; i += 4) {
    world.createCollider(
      rapier.ColliderDesc.segment(
        { x: w[i]!, y: w[i + 1]!, z: WALL_Z },
        { x: w[i + 2]!, y: w[i + 3]!, z: WALL_Z },
      ),
    );
  }
  obstacles.forEach((o, index) => {
    const bottom = o.kind === 'overhead' ? (o.clearance ?? 0) : 0;
    const top = o.kind === 'overhead' ? TALL : (o.height ?? TALL);
    for (const piece of convexPieces(o.polygon)) {
      const pts = new Float32Array(piece.length * 6);
      piece.forEach(([x, y], k) => {
        pts.set([x, y, bottom, x, y, top], k * 6);
      });
      const desc = rapier.ColliderDesc.convexHull(pts);
      if (!desc) continue;
      const c = world.createCollider(desc);
      ofHandle.set(c.handle, index);
    }
  });
  // Queries read the broad phase, which a step builds.
  world.step();
  const removed = new Uint8Array(obstacles.length);
  const keep = (c: Collider): boolean => {
    const i = ofHandle.get(c.handle);
    return i === undefined || removed[i] === 0;
  };
  // Native scan (indexOf), not a callback per obstacle: this runs before every query.
  const anyRemoved = (): boolean => removed.indexOf(1) >= 0;

  const memos = new Map<string, unknown>();
  return {
    obstacles,
    region,
    removed,
    memo<T>(key: string, make: () => T): T {
      if (memos.has(key)) return memos.get(key) as T;
      const v = make();
      memos.set(key, v);
      return v;
    },
    removedKey: () => {
      const ids: number[] = [];
      for (let i = removed.indexOf(1); i >= 0; i = removed.indexOf(1, i + 1)) ids.push(i);
      return ids.join(',');
    },
    dispose: () => {
      memos.clear();
      world.free();
    },
    probe(g: VehicleGeometry): VehicleProbe {
      const hz = (g.height - BODY_BOTTOM) / 2;
      const body: Shape = new rapier.Cuboid((g.front + g.rear) / 2, g.halfWidth, hz);
      const off = centreOffset(g);
      const pos = { x: 0, y: 0, z: BODY_BOTTOM + hz };
      const rot = { x: 0, y: 0, z: 0, w: 1 };
      const upright = { x: Math.SQRT1_2, y: 0, z: 0, w: Math.SQRT1_2 };
      let count = 0;
      const place = (x: number, y: number, th: number): void => {
        pos.x = x + off * Math.cos(th);
        pos.y = y + off * Math.sin(th);
        pos.z = BODY_BOTTOM + hz;
        rot.z = Math.sin(th / 2);
        rot.w = Math.cos(th / 2);
      };
      const query = (shape: Shape | InstanceType<Rapier['Cylinder']>, r: typeof rot): boolean => {
        count++;
        const pred = anyRemoved() ? keep : undefined;
        return (
          world.intersectionWithShape(pos, r, shape, undefined, undefined, undefined, undefined, pred) ===
          null
        );
      };
      const placeGround = (cx: number, cy: number, th: number): void => {
        pos.x = cx;
        pos.y = cy;
        pos.z = BODY_BOTTOM + GROUND_HZ;
        rot.z = Math.sin(th / 2);
        rot.w = Math.cos(th / 2);
      };
      const cylinders = new Map<number, InstanceType<Rapier['Cylinder']>>();
      const grown = new Map<number, Shape>();
      return {
        bodyFree(x, y, th) {
          place(x, y, th);
          if (!region.contains(pos.x, pos.y)) return false;
          return query(body, rot);
        },
        bodyClear(x, y, th, margin) {
          let shape = grown.get(margin);
          if (!shape)
            grown.set(
              margin,
              (shape = new rapier.Cuboid((g.front + g.rear) / 2 + margin, g.halfWidth + margin, hz)),
            );
          place(x, y, th);
          if (!region.contains(pos.x, pos.y)) return false;
          return query(shape, rot);
        },
        bodyHits(x, y, th, into) {
          place(x, y, th);
          let wall = !region.contains(pos.x, pos.y);
          count++;
          world.intersectionsWithShape(pos, rot, body, (c) => {
            const i = ofHandle.get(c.handle);
            if (i === undefined) wall = true;
            else if (removed[i] === 0) into.add(i);
            return true;
          });
          return { wall };
        },
        footprintFree(cx, cy, th, hl, hw) {
          placeGround(cx, cy, th);
          const box = new rapier.Cuboid(hl, hw, GROUND_HZ);
          return query(box, rot);
        },
        footprintHits(cx, cy, th, hl, hw, into) {
          placeGround(cx, cy, th);
          let wall = false;
          count++;
          world.intersectionsWithShape(pos, rot, new rapier.Cuboid(hl, hw, GROUND_HZ), (c) => {
            const i = ofHandle.get(c.handle);
            if (i === undefined) wall = true;
            else if (removed[i] === 0) into.add(i);
            return true;
          });
          return { wall };
        },
        discFree(x, y, r) {
          let cyl = cylinders.get(r);
          if (!cyl) cylinders.set(r, (cyl = new rapier.Cylinder(hz, r)));
          pos.x = x;
          pos.y = y;
          pos.z = BODY_BOTTOM + hz;
          if (!region.contains(x, y)) return false;
          return query(cyl, upright);
        },
        queries: () => count,
      };
    },
  };
}
