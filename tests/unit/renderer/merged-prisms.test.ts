/**
 * The merged prisms (scene/merged-prisms.ts) draw what three's ExtrudeGeometry + EdgesGeometry(30°)
 * drew before: the same triangles and outline segments, the same bounds, every face turned outwards
 * (counter-clockwise seen from the side its normal points to, or the default FrontSide culls it).
 */
import { Box3, type BufferGeometry, EdgesGeometry, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import type { Point } from '../../../models/index.ts';
import { mergedPrisms } from '../../../renderer/src/scene/merged-prisms.ts';
import { prism } from '../../../renderer/src/scene/prism.ts';
import { sampleBuilding } from './fixtures.ts';

const count = (g: BufferGeometry) => (g.index !== null ? g.index.count : g.getAttribute('position').count);

/** Faces whose winding disagrees with their normal (should be none). */
function inwardFaces(g: BufferGeometry): number {
  const p = g.getAttribute('position');
  const n = g.getAttribute('normal');
  const a = new Vector3();
  const b = new Vector3();
  const c = new Vector3();
  let bad = 0;
  for (let i = 0; i < p.count; i += 3) {
    a.fromBufferAttribute(p, i);
    b.fromBufferAttribute(p, i + 1).sub(a);
    c.fromBufferAttribute(p, i + 2).sub(a);
    const face = b.cross(c);
    if (face.dot(new Vector3().fromBufferAttribute(n, i)) <= 0) bad++;
  }
  return bad;
}

/** The old way, one shape at a time. */
function reference(rings: { ring: Point[]; z0: number; z1: number }[]) {
  let triangles = 0;
  let segments = 0;
  const box = new Box3();
  for (const { ring, z0, z1 } of rings) {
    const solid = prism(ring, z0, z1);
    const idx = solid.index !== null ? solid.index.count : solid.getAttribute('position').count;
    triangles += idx / 3;
    segments += new EdgesGeometry(solid, 30).getAttribute('position').count / 2;
    solid.computeBoundingBox();
    box.union(solid.boundingBox!);
  }
  return { triangles, segments, box };
}

describe('merged prisms', () => {
  it('match the extruded shapes and their 30° edges for an L, a clockwise square and a near-straight corner', () => {
    const rings = [
      // An L (a concave corner), counter-clockwise.
      {
        ring: [
          [0, 0],
          [4, 0],
          [4, 1],
          [1, 1],
          [1, 3],
          [0, 3],
        ] as Point[],
        z0: 0,
        z1: 3,
      },
      // A clockwise square with its first point repeated at the end.
      {
        ring: [
          [10, 0],
          [10, 2],
          [12, 2],
          [12, 0],
          [10, 0],
        ] as Point[],
        z0: 3,
        z1: 3.2,
      },
      // A 10° bend: no vertical edge there (under 30°), one at each real corner.
      {
        ring: [
          [20, 0],
          [24, 0],
          [28, 0.7],
          [28, 3],
          [20, 3],
        ] as Point[],
        z0: 0,
        z1: 1,
      },
    ];
    const m = mergedPrisms();
    for (const r of rings) m.add(r.ring, r.z0, r.z1);
    const solids = m.solids()!;
    const ref = reference(rings);
    expect(count(solids) / 3).toBe(ref.triangles);
    expect(m.edges().getAttribute('position').count / 2).toBe(ref.segments);
    solids.computeBoundingBox();
    expect(solids.boundingBox!.min.distanceTo(ref.box.min)).toBeLessThan(1e-6);
    expect(solids.boundingBox!.max.distanceTo(ref.box.max)).toBeLessThan(1e-6);
    expect(inwardFaces(solids)).toBe(0);
  });

  it('draws the 33-storey sample with as many triangles and edges as before, all facing out', () => {
    const b = sampleBuilding('yuzhong-residential-33f');
    const rings = b.storeys.flatMap((s) =>
      s.spaces.map((sp) => ({ ring: sp.polygon as Point[], z0: s.elevation, z1: s.elevation + 0.2 })),
    );
    const m = mergedPrisms();
    for (const r of rings) m.add(r.ring, r.z0, r.z1);
    const ref = reference(rings);
    const solids = m.solids()!;
    expect(m.count).toBe(rings.length);
    expect(count(solids) / 3).toBe(ref.triangles);
    expect(m.edges().getAttribute('position').count / 2).toBe(ref.segments);
    expect(inwardFaces(solids)).toBe(0);
  });

  it('gives no solids for nothing added, and skips a ring that collapses below three points', () => {
    const m = mergedPrisms();
    expect(m.solids()).toBeUndefined();
    m.add(
      [
        [0, 0],
        [0, 0],
        [1, 1],
      ],
      0,
      1,
    );
    expect(m.count).toBe(0);
    expect(m.edges().getAttribute('position').count).toBe(0);
  });
});
