/**
 * A model polygon as three.js geometry: a prism (extruded from z0 to z1) or a flat face at z.
 * Triangulation is three's (earcut via Shape); model (x, y, z) → three (x, z, −y).
 */
import { type BufferGeometry, ExtrudeGeometry, Shape, ShapeGeometry, Vector2 } from 'three';
import type { Point } from '../../../models/index.ts';

function shapeOf(ring: readonly Point[]): Shape {
  return new Shape(ring.map(([x, y]) => new Vector2(x, y)));
}

export function prism(ring: readonly Point[], z0: number, z1: number): BufferGeometry {
  const solid = new ExtrudeGeometry(shapeOf(ring), { depth: Math.max(z1 - z0, 0.01), bevelEnabled: false });
  // Shape (x, y, extrusion) → three (x, extrusion, −y), then lift to the base level.
  solid.rotateX(-Math.PI / 2);
  solid.translate(0, z0, 0);
  return solid;
}

export function flatPolygon(ring: readonly Point[], z: number): BufferGeometry {
  const face = new ShapeGeometry(shapeOf(ring));
  face.rotateX(-Math.PI / 2);
  face.translate(0, z, 0);
  return face;
}

/** Re-exported so the geometry builders take all their three.js helpers from one place. */
export { mergeGeometries } from 'three/addons/utils/BufferGeometryUtils.js';
