/**
 * Many polygon prisms (the spaces of one kind, the storeys' obstacles) written straight into one
 * buffer geometry, with their outline edges: the same solids and lines as three's ExtrudeGeometry
 * + EdgesGeometry(30°) + mergeGeometries, without their per-shape objects (ExtrudeGeometry builds
 * UVs, bevel paths and a Shape per space; EdgesGeometry hashes every triangle). For the 33-storey
 * sample that was 110–140 ms of CPU on the way to the first frame; this is a few.
 * Model (x, y, z) → three (x, z, −y), a proper rotation, so a ring counter-clockwise seen from
 * model +z is counter-clockwise seen from three +y: front faces are counter-clockwise from outside.
 */
import { BufferAttribute, BufferGeometry, ShapeUtils, Vector2 } from 'three';
import type { Point } from '../../../models/index.ts';

/** Adjacent walls meeting at this angle or more get a vertical outline (EdgesGeometry's default). */
const EDGE_ANGLE_DEG = 30;
const EDGE_COS = Math.cos((EDGE_ANGLE_DEG * Math.PI) / 180);
/** Thinnest prism drawn (m), as prism.ts: a zero-height space still shows as a sheet. */
const MIN_DEPTH = 0.01;

/** A growable float array (no per-prism allocation beyond the ring it reads). */
class Floats {
  data = new Float32Array(1024);
  length = 0;
  push3(a: number, b: number, c: number): void {
    if (this.length + 3 > this.data.length) {
      const next = new Float32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = a;
    this.data[this.length++] = b;
    this.data[this.length++] = c;
  }
  done(): Float32Array {
    return this.data.slice(0, this.length);
  }
}

/** The ring without repeated consecutive points (or a repeated first point at the end), counter-clockwise. */
function cleanRing(ring: readonly Point[]): Vector2[] {
  const pts: Vector2[] = [];
  for (const [x, y] of ring) {
    const last = pts[pts.length - 1];
    if (last === undefined || last.x !== x || last.y !== y) pts.push(new Vector2(x, y));
  }
  while (pts.length > 1 && pts[0]!.equals(pts[pts.length - 1]!)) pts.pop();
  if (ShapeUtils.isClockWise(pts)) pts.reverse();
  return pts;
}

export interface MergedPrisms {
  /** Adds the prism of `ring` from z0 up to z1 (model frame, m). */
  add(ring: readonly Point[], z0: number, z1: number): void;
  /** Number of prisms added. */
  readonly count: number;
  /** The solids (position + normal, non-indexed, flat-shaded); undefined when none were added. */
  solids(): BufferGeometry | undefined;
  /** Their outlines as line segments: both rings, and the vertical edges at corners of ≥ 30°. */
  edges(): BufferGeometry;
}

export function mergedPrisms(): MergedPrisms {
  const pos = new Floats();
  const nor = new Floats();
  const lines = new Floats();
  let count = 0;
  const tri = (
    ax: number,
    ay: number,
    az: number,
    bx: number,
    by: number,
    bz: number,
    cx: number,
    cy: number,
    cz: number,
    nx: number,
    ny: number,
    nz: number,
  ) => {
    pos.push3(ax, ay, az);
    pos.push3(bx, by, bz);
    pos.push3(cx, cy, cz);
    for (let k = 0; k < 3; k++) nor.push3(nx, ny, nz);
  };
  return {
    get count() {
      return count;
    },
    add(ring, z0, z1) {
      const pts = cleanRing(ring);
      const n = pts.length;
      if (n < 3) return;
      count++;
      const top = z0 + Math.max(z1 - z0, MIN_DEPTH);
      // Caps: earcut's triangles, each turned counter-clockwise (top) or clockwise (bottom) in model xy.
      for (const [i, j, k] of ShapeUtils.triangulateShape(pts, [])) {
        const a = pts[i!]!;
        let b = pts[j!]!;
        let c = pts[k!]!;
        if ((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x) < 0) [b, c] = [c, b];
        tri(a.x, top, -a.y, b.x, top, -b.y, c.x, top, -c.y, 0, 1, 0);
        tri(a.x, z0, -a.y, c.x, z0, -c.y, b.x, z0, -b.y, 0, -1, 0);
      }
      // Walls: outward normal of a counter-clockwise ring is the edge direction turned clockwise.
      for (let i = 0; i < n; i++) {
        const a = pts[i]!;
        const b = pts[(i + 1) % n]!;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const len = Math.hypot(dx, dy);
        const mx = dy / len;
        const my = -dx / len;
        // Model normal (mx, my, 0) → three (mx, 0, −my).
        tri(a.x, z0, -a.y, b.x, z0, -b.y, b.x, top, -b.y, mx, 0, -my);
        tri(a.x, z0, -a.y, b.x, top, -b.y, a.x, top, -a.y, mx, 0, -my);
        lines.push3(a.x, z0, -a.y);
        lines.push3(b.x, z0, -b.y);
        lines.push3(a.x, top, -a.y);
        lines.push3(b.x, top, -b.y);
        // The corner at b: a vertical edge where the walls turn by 30° or more.
        const c = pts[(i + 2) % n]!;
        const ex = c.x - b.x;
        const ey = c.y - b.y;
        const cos = (dx * ex + dy * ey) / (len * Math.hypot(ex, ey));
        if (cos <= EDGE_COS) {
          lines.push3(b.x, z0, -b.y);
          lines.push3(b.x, top, -b.y);
        }
      }
    },
    solids() {
      if (count === 0) return undefined;
      const g = new BufferGeometry();
      g.setAttribute('position', new BufferAttribute(pos.done(), 3));
      g.setAttribute('normal', new BufferAttribute(nor.done(), 3));
      return g;
    },
    edges() {
      const g = new BufferGeometry();
      g.setAttribute('position', new BufferAttribute(lines.done(), 3));
      return g;
    },
  };
}
