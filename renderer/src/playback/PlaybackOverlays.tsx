/**
 * What a run adds to the 3D view besides the people (PeopleLayer.tsx): the density heat map (on the
 * playback's toggle, off at first; in its own group so it stays when the people layer is off; the
 * level at the time shown or the peak, the playback's heatMapMode), the stair queue indicators and
 * the firefighters (in the people layer), and the stairs' flights: while a run plays back the stair
 * shafts turn see-through and the dog-leg flights the recorder places stair walkers on are drawn
 * inside them (stair-flight-geometry.ts), so people are seen walking down the stairs. Objects are
 * built with plain three.js (scene/density-overlay.ts, scene/stair-queue-markers.ts) and updated in
 * useFrame only when the recorded frame changes, never through React state.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import {
  ConeGeometry,
  DoubleSide,
  DynamicDrawUsage,
  type Group,
  InstancedMesh,
  Matrix4,
  Mesh,
  MeshBasicMaterial,
  MeshLambertMaterial,
  type Plane,
} from 'three';
import type { Building } from '../../../models/index.ts';
import type { EvacuationResult } from '../../../sim-core/evacuation/run/result.ts';
import { createDensityOverlay, type DensityOverlay } from '../scene/density-overlay.ts';
import { createStairQueueMarkers } from '../scene/stair-queue-markers.ts';
import { firefighterTrack } from './firefighter-positions.ts';
import type { Playback } from './playback.ts';
import { stairOccupancyOf } from './stair-occupancy.ts';
import { stairFlightGeometry } from './stair-flight-geometry.ts';

/** The stair shafts' opacity during a playback: enough orange to find the core, the flights inside. */
export const PLAYBACK_SHAFT_OPACITY = 0.3;
const FLIGHT_COLOR = '#8d8d8d';

interface Props {
  building: Building;
  playback: Playback;
  result: EvacuationResult;
  clip: Plane[];
  /** The whole scene (the heat map hangs here) and its "people" layer group. */
  root: Group;
  parent: Group;
}

/** Firefighters: red cones, 2.2 m tall, wider than a person — a shape unlike the evacuees' cylinders. */
export const FIREFIGHTER_COLOR = '#ff3d00';
const FF_RADIUS = 0.55;
const FF_HEIGHT = 2.2;

export function PlaybackOverlays({ building, playback, result, clip, root, parent }: Props) {
  const invalidate = useThree((s) => s.invalidate);

  // Heat map: built on first use, kept while the result lives.
  const heat = useRef<DensityOverlay | null>(null);
  useEffect(() => {
    const show = () => {
      const maps = result.densityMaps;
      if (playback.heatMap && heat.current === null && maps !== undefined) {
        heat.current = createDensityOverlay(building, maps, clip);
        root.add(heat.current.group);
      }
      const h = heat.current;
      if (h !== null) {
        h.group.visible = playback.heatMap;
        if (playback.heatMapMode === 'now' && h.hasSeries) h.showAt(playback.clock.t);
        else h.showPeak();
      }
      invalidate();
    };
    show();
    const off = playback.subscribe(show);
    return () => {
      off();
      if (heat.current !== null) {
        root.remove(heat.current.group);
        heat.current.dispose();
        heat.current = null;
      }
      invalidate();
    };
  }, [building, result, playback, clip, root, invalidate]);

  // Stairs: see-through shafts and the flights inside them while the playback lasts.
  useEffect(() => {
    const shaft = root.getObjectByName('space:stair');
    const material =
      shaft instanceof Mesh && shaft.material instanceof MeshLambertMaterial ? shaft.material : null;
    const before =
      material === null
        ? null
        : { transparent: material.transparent, opacity: material.opacity, depthWrite: material.depthWrite };
    if (material !== null) {
      material.transparent = true;
      material.opacity = PLAYBACK_SHAFT_OPACITY;
      material.depthWrite = false;
      material.needsUpdate = true;
    }
    const geometry = stairFlightGeometry(building);
    const flightMaterial = new MeshLambertMaterial({
      color: FLIGHT_COLOR,
      side: DoubleSide,
      clippingPlanes: clip,
    });
    const flights = geometry === null ? null : new Mesh(geometry, flightMaterial);
    if (flights !== null) {
      flights.name = 'stair-flights';
      root.add(flights);
    }
    invalidate();
    return () => {
      if (material !== null && before !== null) {
        Object.assign(material, before);
        material.needsUpdate = true;
      }
      if (flights !== null) root.remove(flights);
      geometry?.dispose();
      flightMaterial.dispose();
      invalidate();
    };
  }, [building, root, clip, invalidate]);

  const lastFrame = useRef(-1);
  const occupancy = useMemo(() => stairOccupancyOf(building, result), [building, result]);
  const queues = useMemo(
    () => (occupancy === undefined ? undefined : createStairQueueMarkers(building, result, occupancy, clip)),
    [building, result, occupancy, clip],
  );
  useEffect(() => {
    if (queues === undefined) return;
    lastFrame.current = -1;
    parent.add(queues.group);
    invalidate();
    return () => {
      parent.remove(queues.group);
      queues.dispose();
      invalidate();
    };
  }, [parent, queues, invalidate]);

  const track = useMemo(() => firefighterTrack(building, result), [building, result]);
  const crew = useMemo(() => {
    if (track === undefined) return undefined;
    // Point up, standing on the floor; drawn over the stair shafts they climb inside.
    const geometry = new ConeGeometry(FF_RADIUS, FF_HEIGHT, 4).translate(0, FF_HEIGHT / 2, 0);
    const material = new MeshBasicMaterial({
      color: FIREFIGHTER_COLOR,
      depthTest: false,
      clippingPlanes: clip,
    });
    const mesh = new InstancedMesh(geometry, material, track.count);
    mesh.name = 'firefighters';
    mesh.instanceMatrix.setUsage(DynamicDrawUsage);
    mesh.frustumCulled = false;
    mesh.renderOrder = 4;
    // No instance colours: three multiplies them with the material colour, which squared #ff3d00's
    // linear green (0.047 → 0.002) and drew the cones (255, 7, 0); only multisampled edge pixels
    // blended with the orange stairs ever matched the firefighter colour, so with MSAA off they
    // seemed to vanish.
    return { mesh, geometry, material, scratch: new Float32Array(track.count * 4) };
  }, [track, clip]);
  useEffect(() => {
    if (crew === undefined) return;
    parent.add(crew.mesh);
    invalidate();
    return () => {
      parent.remove(crew.mesh);
      crew.geometry.dispose();
      crew.material.dispose();
      crew.mesh.dispose();
      invalidate();
    };
  }, [parent, crew, invalidate]);

  const matrix = useMemo(() => new Matrix4(), []);
  const hidden = useMemo(() => new Matrix4().makeScale(0, 0, 0), []);
  useFrame(() => {
    const t = playback.clock.t;
    if (occupancy !== undefined && queues !== undefined) {
      const f = occupancy.frameNear(t);
      if (f !== lastFrame.current) {
        lastFrame.current = f;
        queues.update(occupancy.countsAt(f));
      }
    }
    if (track !== undefined && crew !== undefined) {
      track.place(t, crew.scratch);
      for (let k = 0; k < track.count; k++) {
        const o = k * 4;
        if (crew.scratch[o + 3] === 0) crew.mesh.setMatrixAt(k, hidden);
        else {
          // Model (x, y, z) → three (x, z, −y).
          matrix.makeTranslation(crew.scratch[o]!, crew.scratch[o + 2]!, -crew.scratch[o + 1]!);
          crew.mesh.setMatrixAt(k, matrix);
        }
      }
      crew.mesh.instanceMatrix.needsUpdate = true;
    }
  });

  return null;
}
