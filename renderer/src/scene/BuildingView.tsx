/**
 * The 3D view: the building scene (building-scene.ts) with orbit controls, storeys isolated or cut
 * by two shared clipping planes, layers switched by visibility and the issue highlight on top.
 * The canvas renders on demand: each change asks for one frame; nothing runs while idle.
 */
import { Canvas, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useState } from 'react';
import { Box3, Plane, Vector3 } from 'three';
import type { Building } from '../../../models/index.ts';
import type { EvacuationResult } from '../../../sim-core/evacuation/run/result.ts';
import { createScreenAnchors, EquipmentPickLayer, EquipmentProjector } from '../edit/equipment-picks-3d.tsx';
import { LiveAgentsLayer } from '../playback/LiveAgentsLayer.tsx';
import { PeopleLayer } from '../playback/PeopleLayer.tsx';
import { PlaybackOverlays } from '../playback/PlaybackOverlays.tsx';
import type { Playback } from '../playback/playback.ts';
import type { ElementRef } from '../view/element-path.ts';
import type { LayerVisibility } from '../view/layers.ts';
import { type StoreyFilter, visibleZRange } from '../view/storey-filter.ts';
import { createBuildingScene } from './building-scene.ts';
import { EngineOverlays, type EngineOverlayProps } from './EngineOverlays.tsx';
import { createHighlight } from './highlight-geometry.ts';
import { softwareGl } from './software-gl.ts';
import { ViewControls } from './ViewControls.tsx';

interface Props {
  building: Building;
  label: string;
  filter: StoreyFilter;
  layers: LayerVisibility;
  highlight: ElementRef | undefined;
  /** The playback of a finished run, drawn in the "people" layer. */
  people?: PeopleProps | undefined;
  /** The water and access answers, drawn in the "water" and "access" layers. */
  overlays?: EngineOverlayProps | undefined;
}

export interface PeopleProps {
  playback: Playback;
  /** Storey id per trajectory storey index. */
  storeys: readonly string[];
  /** Colour per agent. */
  colours: readonly string[];
  /** The run itself: density maps, stair queues and firefighters drawn with the playback. */
  result: EvacuationResult;
}

/** Where the camera should look: the highlight, else the picked storey when filtering, else all. */
function focusPoint(
  building: Building,
  bounds: Box3,
  filter: StoreyFilter,
  highlight: ElementRef | undefined,
): Vector3 {
  const centre = bounds.getCenter(new Vector3());
  if (highlight !== undefined && highlight.shapes.length > 0) {
    const box = new Box3();
    for (const s of highlight.shapes) {
      const pts = s.type === 'polygon' ? s.ring : s.type === 'segment' ? [s.a, s.b] : [s.at];
      for (const [x, y] of pts)
        box.expandByPoint(new Vector3(x, s.z0, -y)).expandByPoint(new Vector3(x, s.z1, -y));
    }
    return box.getCenter(centre);
  }
  const storey = building.storeys[filter.storey];
  if (filter.mode !== 'all' && storey !== undefined) centre.y = storey.elevation + storey.height / 2;
  return centre;
}

function SceneContent({ building, filter, layers, highlight, people, overlays }: Omit<Props, 'label'>) {
  const invalidate = useThree((s) => s.invalidate);
  // Three's clipping keeps points with a non-negative distance: y ≥ min and y ≤ max.
  const planes = useMemo(() => [new Plane(new Vector3(0, 1, 0), 0), new Plane(new Vector3(0, -1, 0), 0)], []);
  const scene = useMemo(() => createBuildingScene(building, planes), [building, planes]);
  useEffect(() => () => scene.dispose(), [scene]);
  // The first frame draws the spaces alone; markers, site, facade, water and the grid follow, one
  // part a frame (building-scene.ts revealNext: fewer shader programs to compile per frame).
  const [restShown, setRestShown] = useState(false);
  useEffect(() => {
    let frame = 0;
    const next = () => {
      const more = scene.revealNext();
      invalidate();
      if (more) frame = requestAnimationFrame(() => (frame = requestAnimationFrame(next)));
      else setRestShown(true);
    };
    // Two animation frames: the first is the one the canvas draws in, the second comes after it.
    frame = requestAnimationFrame(() => (frame = requestAnimationFrame(next)));
    return () => cancelAnimationFrame(frame);
  }, [scene, invalidate]);

  useEffect(() => {
    const { min, max } = visibleZRange(building, filter);
    planes[0]!.constant = -min;
    planes[1]!.constant = max;
    invalidate();
  }, [building, filter, planes, invalidate]);

  useEffect(() => {
    for (const [id, on] of Object.entries(layers)) {
      const g = scene.layers[id as keyof LayerVisibility];
      if (g !== undefined) g.visible = on;
    }
    invalidate();
  }, [scene, layers, invalidate]);

  useEffect(() => {
    if (highlight === undefined) return;
    const h = createHighlight(highlight.shapes);
    scene.root.add(h.group);
    invalidate();
    return () => {
      scene.root.remove(h.group);
      h.dispose();
      invalidate();
    };
  }, [scene, highlight, invalidate]);

  const focus = useMemo(
    () => focusPoint(building, scene.bounds, filter, highlight),
    [building, scene, filter, highlight],
  );
  const { bounds } = scene;
  const size = Math.max(bounds.max.x - bounds.min.x, bounds.max.z - bounds.min.z) * 1.6;
  const centre = bounds.getCenter(new Vector3());

  return (
    <>
      <primitive object={scene.root} />
      <EngineOverlays building={building} scene={scene} clip={planes} {...overlays} />
      <LiveAgentsLayer building={building} clip={planes} parent={scene.layers.people} />
      {people !== undefined && (
        <PeopleLayer building={building} clip={planes} parent={scene.layers.people} {...people} />
      )}
      {people !== undefined && (
        <PlaybackOverlays
          building={building}
          playback={people.playback}
          result={people.result}
          clip={planes}
          root={scene.root}
          parent={scene.layers.people}
        />
      )}
      <gridHelper
        visible={restShown}
        args={[Math.ceil(size / 10) * 10, Math.ceil(size / 10), '#56616e', '#3a434d']}
        position={[centre.x, bounds.min.y - 0.01, centre.z]}
      />
      <ViewControls bounds={bounds} focus={focus} />
    </>
  );
}

export function BuildingView({ label, ...rest }: Props) {
  // Pumps, tanks and valves as pick buttons over the canvas (edit/equipment-picks-3d.tsx).
  const anchors = useMemo(createScreenAnchors, []);
  // Context attributes are fixed at creation: multisampling only where a GPU does it (software-gl.ts).
  const gl = useMemo(() => ({ antialias: !softwareGl() }), []);
  return (
    <>
      <Canvas
        frameloop="demand"
        dpr={[1, 2]}
        gl={gl}
        camera={{ fov: 45, position: [60, 60, 60] }}
        aria-label={label}
        role="img"
        data-testid="building-canvas"
        onCreated={({ gl }) => {
          // Storey isolation uses per-material clipping planes.
          gl.localClippingEnabled = true;
          // Asking for each shader's compile log makes the page wait for the compile (sync GL
          // calls, 0.2 s at start with software GL); the built app leaves it to the GPU process.
          gl.debug.checkShaderErrors = import.meta.env.DEV;
        }}
      >
        <color attach="background" args={['#1b1f24']} />
        <hemisphereLight args={['#ffffff', '#445566', 1.2]} />
        <directionalLight position={[80, 160, 60]} intensity={1.8} />
        <SceneContent {...rest} />
        <EquipmentProjector anchors={anchors} />
      </Canvas>
      <EquipmentPickLayer
        building={rest.building}
        anchors={anchors}
        filter={rest.filter}
        visible={rest.layers.water}
      />
    </>
  );
}
