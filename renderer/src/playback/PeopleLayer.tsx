/**
 * The agents of a run in the 3D view: one InstancedMesh of small cylinders, placed each frame from
 * the interpolated trajectory (x, y on their storey's floor), hidden when safe. Matrices are written
 * in useFrame, never through React state; while playing it asks the on-demand canvas for the next
 * frame, and stops asking when paused. Clipped by the view's storey planes like the building.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import {
  Color,
  CylinderGeometry,
  DynamicDrawUsage,
  type Group,
  InstancedMesh,
  Matrix4,
  MeshLambertMaterial,
  type Plane,
} from 'three';
import type { Building } from '../../../models/index.ts';
import { HIDDEN, interpolateFrames } from './interpolate.ts';
import type { Playback } from './playback.ts';

interface Props {
  building: Building;
  playback: Playback;
  /** Storey id per trajectory storey index. */
  storeys: readonly string[];
  colours: readonly string[];
  clip: Plane[];
  /** The scene's "people" layer group (its visibility is the layer toggle). */
  parent: Group;
}

/** A person: 0.6 m across (a little wide, to be seen from afar), 1.7 m tall, standing on the floor. */
const RADIUS = 0.3;
const HEIGHT = 1.7;

export function PeopleLayer({ building, playback, storeys, colours, clip, parent }: Props) {
  const invalidate = useThree((s) => s.invalidate);
  const n = playback.frames.agents;
  const mesh = useMemo(() => {
    const geometry = new CylinderGeometry(RADIUS, RADIUS, HEIGHT, 8).translate(0, HEIGHT / 2, 0);
    const material = new MeshLambertMaterial({ clippingPlanes: clip });
    const m = new InstancedMesh(geometry, material, Math.max(1, n));
    m.name = 'people';
    m.instanceMatrix.setUsage(DynamicDrawUsage);
    // Instances move anywhere in the building: three's bounds of the first frame would cull them.
    m.frustumCulled = false;
    const c = new Color();
    for (let i = 0; i < n; i++) m.setColorAt(i, c.set(colours[i] ?? '#ffffff'));
    return m;
  }, [n, colours, clip]);
  // Floor elevation per trajectory storey index (the engine's storey order, by id).
  const floors = useMemo(() => {
    const byId = new Map(building.storeys.map((s) => [s.id, s.elevation]));
    return Float32Array.from(storeys, (id) => byId.get(id) ?? 0);
  }, [building, storeys]);
  const scratch = useMemo(() => new Float32Array(n * 3), [n]);
  const matrix = useMemo(() => new Matrix4(), []);
  const hidden = useMemo(() => new Matrix4().makeScale(0, 0, 0), []);

  useEffect(() => {
    parent.add(mesh);
    playback.requestFrame = invalidate;
    invalidate();
    return () => {
      parent.remove(mesh);
      playback.requestFrame = () => {};
      mesh.geometry.dispose();
      (mesh.material as MeshLambertMaterial).dispose();
      mesh.dispose();
      invalidate();
    };
  }, [parent, mesh, playback, invalidate]);

  useFrame((_, delta) => {
    // tick() asks for the next frame itself while playing (through requestFrame).
    playback.tick(delta);
    interpolateFrames(playback.frames, playback.clock.t, scratch);
    for (let i = 0, o = 0; i < n; i++, o += 3) {
      const storey = scratch[o + 2]!;
      if (storey === HIDDEN) {
        mesh.setMatrixAt(i, hidden);
        continue;
      }
      // Model (x, y, z) → three (x, z, −y), as in building-scene.ts.
      matrix.makeTranslation(scratch[o]!, floors[storey] ?? 0, -scratch[o + 1]!);
      mesh.setMatrixAt(i, matrix);
    }
    mesh.count = n;
    mesh.instanceMatrix.needsUpdate = true;
  });

  return null;
}
