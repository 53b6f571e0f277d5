/**
 * Repeated markers (doors, hydrants, canopies, nets) as one InstancedMesh per kind: one draw call
 * however many there are. A placement is a box-like marker in the model frame: centre, yaw about
 * the vertical and size; model (x, y, z) → three (x, z, −y) as everywhere in the view.
 */
import { type BufferGeometry, InstancedMesh, type Material, Matrix4, Quaternion, Vector3 } from 'three';

export interface Placement {
  /** Centre of the marker's base, model frame (m). */
  x: number;
  y: number;
  z: number;
  /** Rotation about the vertical, radians counter-clockwise from +x (model frame). */
  yaw: number;
  /** Size along its own axes: length (along yaw), height, depth (m). */
  length: number;
  height: number;
  depth: number;
}

const UP = new Vector3(0, 1, 0);

/**
 * An InstancedMesh of `geometry` (a unit marker with its base at y = 0, centred in x and z) at every
 * placement. Temporaries are local: this runs when the building changes, never per frame.
 */
export function instancedMarkers(
  geometry: BufferGeometry,
  material: Material,
  placements: readonly Placement[],
): InstancedMesh {
  const mesh = new InstancedMesh(geometry, material, Math.max(placements.length, 1));
  mesh.count = placements.length;
  const m = new Matrix4();
  const q = new Quaternion();
  const p = new Vector3();
  const s = new Vector3();
  placements.forEach((pl, i) => {
    // A yaw about three's +y turns three's +x (model +x) towards three's −z (model +y): same sense.
    q.setFromAxisAngle(UP, pl.yaw);
    p.set(pl.x, pl.z, -pl.y);
    s.set(pl.length, pl.height, pl.depth);
    mesh.setMatrixAt(i, m.compose(p, q, s));
  });
  mesh.instanceMatrix.needsUpdate = true;
  mesh.computeBoundingSphere();
  return mesh;
}
