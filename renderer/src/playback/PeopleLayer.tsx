/**
 * The agents of a run in the 3D view, placed each frame from the interpolated trajectory (x, y on
 * their storey's floor); safe people are left out. Buffers are written in useFrame, never through
 * React state; while playing it asks the on-demand canvas for the next frame, and stops asking when
 * paused. Clipped by the view's storey planes like the building.
 *
 * Two looks, by crowd size, because the cost of a frame is the GPU's (with software GL, SwiftShader,
 * the main thread waits for it): up to DOTS_ABOVE people one InstancedMesh of small six-sided
 * prisms (24 triangles each); beyond that one round, person-sized dot each (THREE.Points: one vertex
 * per person instead of dozens), which keeps 10 000 people to a few milliseconds of GPU work.
 * Only the range of agents still drawn is uploaded each frame, and while playing slower than the
 * frame budget the view lowers its resolution until paused (adaptive-resolution.ts).
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import {
  BufferAttribute,
  BufferGeometry,
  CylinderGeometry,
  DataTexture,
  DynamicDrawUsage,
  type Group,
  InstancedBufferAttribute,
  InstancedMesh,
  type Material,
  MeshLambertMaterial,
  type Object3D,
  type Plane,
  Points,
  PointsMaterial,
  RGBAFormat,
} from 'three';
import type { Building } from '../../../models/index.ts';
import { createResolutionGovernor } from './adaptive-resolution.ts';
import { createFrameTaskMeter } from './frame-task-meter.ts';
import { AGENT_VALUES, interpolateFrames } from './interpolate.ts';
import { agentRgb, packAgents } from './people-buffers.ts';
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
/** Crowds larger than this are drawn as dots. */
export const DOTS_ABOVE = 2000;
/** A dot's diameter (m): about a person's height, so a dot reads as a person from afar. */
const DOT_SIZE = 1.2;

/** A round dot, lighter in the middle: the alpha cut gives the circle, the shade some depth. */
function dotTexture(): DataTexture {
  const n = 32;
  const data = new Uint8Array(n * n * 4);
  for (let y = 0; y < n; y++)
    for (let x = 0; x < n; x++) {
      const dx = (x + 0.5) / n - 0.5;
      const dy = (y + 0.5) / n - 0.5;
      const r2 = (dx * dx + dy * dy) * 4;
      const o = (y * n + x) * 4;
      const shade = Math.round(255 * (1 - 0.45 * Math.min(1, r2)));
      data[o] = data[o + 1] = data[o + 2] = shade;
      data[o + 3] = r2 <= 1 ? 255 : 0;
    }
  const t = new DataTexture(data, n, n, RGBAFormat);
  t.needsUpdate = true;
  return t;
}

export interface PeopleObject {
  object: Object3D;
  /** Packed three-space positions and linear colours of the drawn agents. */
  positions: Float32Array;
  colours: Float32Array;
  /** Height above the floor of the written position. */
  lift: number;
  /** `count` agents were written: draw and upload those. */
  commit(count: number): void;
  dispose(): void;
}

export function prisms(n: number, clip: Plane[]): PeopleObject {
  const geometry = new CylinderGeometry(RADIUS, RADIUS, HEIGHT, 6).translate(0, HEIGHT / 2, 0);
  const material = new MeshLambertMaterial({ clippingPlanes: clip });
  const mesh = new InstancedMesh(geometry, material, Math.max(1, n));
  mesh.name = 'people';
  mesh.instanceMatrix.setUsage(DynamicDrawUsage);
  // Instances move anywhere in the building: three's bounds of the first frame would cull them.
  mesh.frustumCulled = false;
  mesh.instanceColor = new InstancedBufferAttribute(new Float32Array(Math.max(1, n) * 3), 3);
  mesh.instanceColor.setUsage(DynamicDrawUsage);
  mesh.count = 0;
  // Identity matrices; each frame writes the translation column of the first `count` only.
  const matrices = mesh.instanceMatrix.array as Float32Array;
  for (let i = 0; i < n; i++)
    matrices[i * 16] = matrices[i * 16 + 5] = matrices[i * 16 + 10] = matrices[i * 16 + 15] = 1;
  const positions = new Float32Array(n * 3);
  return {
    object: mesh,
    positions,
    colours: mesh.instanceColor.array as Float32Array,
    lift: 0,
    commit(count) {
      for (let k = 0; k < count; k++) {
        matrices[k * 16 + 12] = positions[k * 3]!;
        matrices[k * 16 + 13] = positions[k * 3 + 1]!;
        matrices[k * 16 + 14] = positions[k * 3 + 2]!;
      }
      mesh.count = count;
      if (count === 0) return;
      mesh.instanceMatrix.clearUpdateRanges();
      mesh.instanceMatrix.addUpdateRange(0, count * 16);
      mesh.instanceMatrix.needsUpdate = true;
      mesh.instanceColor!.clearUpdateRanges();
      mesh.instanceColor!.addUpdateRange(0, count * 3);
      mesh.instanceColor!.needsUpdate = true;
    },
    dispose() {
      geometry.dispose();
      material.dispose();
      mesh.dispose();
    },
  };
}

export function dots(n: number, clip: Plane[]): PeopleObject {
  const geometry = new BufferGeometry();
  const position = new BufferAttribute(new Float32Array(n * 3), 3).setUsage(DynamicDrawUsage);
  const color = new BufferAttribute(new Float32Array(n * 3), 3).setUsage(DynamicDrawUsage);
  geometry.setAttribute('position', position);
  geometry.setAttribute('color', color);
  geometry.setDrawRange(0, 0);
  const map = dotTexture();
  const material: Material = new PointsMaterial({
    size: DOT_SIZE,
    sizeAttenuation: true,
    vertexColors: true,
    map,
    alphaTest: 0.5,
    clippingPlanes: clip,
  });
  const points = new Points(geometry, material);
  points.name = 'people';
  points.frustumCulled = false;
  return {
    object: points,
    positions: position.array as Float32Array,
    colours: color.array as Float32Array,
    // The dot's centre at about chest height.
    lift: HEIGHT / 2,
    commit(count) {
      geometry.setDrawRange(0, count);
      if (count === 0) return;
      for (const a of [position, color]) {
        a.clearUpdateRanges();
        a.addUpdateRange(0, count * 3);
        a.needsUpdate = true;
      }
    },
    dispose() {
      geometry.dispose();
      material.dispose();
      map.dispose();
    },
  };
}

export function PeopleLayer({ building, playback, storeys, colours, clip, parent }: Props) {
  const invalidate = useThree((s) => s.invalidate);
  const setDpr = useThree((s) => s.setDpr);
  const initialDpr = useThree((s) => s.viewport.initialDpr);
  const n = playback.frames.agents;
  const people = useMemo(() => (n > DOTS_ABOVE ? dots(n, clip) : prisms(n, clip)), [n, clip]);
  const rgb = useMemo(() => agentRgb(colours, n), [colours, n]);
  // Floor elevation per trajectory storey index (the engine's storey order, by id).
  const floors = useMemo(() => {
    const byId = new Map(building.storeys.map((s) => [s.id, s.elevation]));
    return Float32Array.from(storeys, (id) => byId.get(id) ?? 0);
  }, [building, storeys]);
  const scratch = useMemo(() => new Float32Array(n * AGENT_VALUES), [n]);
  const governor = useMemo(() => createResolutionGovernor(), []);
  const meter = useMemo(() => createFrameTaskMeter(), []);
  useEffect(() => () => meter.dispose(), [meter]);
  // Full resolution again when the playback goes away.
  useEffect(
    () => () => {
      if (governor.scale !== 1) setDpr(initialDpr);
    },
    [governor, setDpr, initialDpr],
  );

  useEffect(() => {
    parent.add(people.object);
    playback.requestFrame = invalidate;
    invalidate();
    return () => {
      parent.remove(people.object);
      playback.requestFrame = () => {};
      people.dispose();
      invalidate();
    };
  }, [parent, people, playback, invalidate]);

  useFrame((_, delta) => {
    // tick() asks for the next frame itself while playing (through requestFrame).
    const playing = playback.tick(delta);
    const scale = governor.frame(playing, meter.lastMs);
    meter.start();
    if (scale !== undefined) {
      setDpr(initialDpr * scale);
      invalidate();
    }
    interpolateFrames(playback.frames, playback.clock.t, scratch, floors);
    const count = packAgents(scratch, n, floors, rgb, people.lift, people.positions, people.colours);
    people.commit(count);
  });

  return null;
}
