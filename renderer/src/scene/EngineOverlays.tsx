/**
 * The engines' answers in the 3D view: the water overlay in the "water" layer (hydrant markers
 * recoloured by pressure, risers, labels, pumps) and the access overlay in the "access" layer (paths,
 * swept envelopes, blocking obstacles, aerial reach). Each is built once per result and removed,
 * restoring the markers, when the result goes (a new building, scenario or run).
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { InstancedMesh, Plane } from 'three';
import type { Building } from '../../../models/index.ts';
import type { AccessReport } from '../../../sim-core/access/analyse-access.ts';
import { createAccessOverlay } from './access-overlay.ts';
import type { BuildingScene } from './building-scene.ts';
import { createWaterOverlay, type WaterOverlayData } from './water-overlay.ts';

export interface EngineOverlayProps {
  water?: WaterOverlayData | undefined;
  /** The report and the building as the access engine saw it (scenario applied). */
  access?: { building: Building; report: AccessReport } | undefined;
}

interface Props extends EngineOverlayProps {
  building: Building;
  scene: BuildingScene;
  clip: Plane[];
}

export function EngineOverlays({ building, scene, clip, water, access }: Props) {
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    if (water === undefined) return;
    const markers = scene.layers.water.getObjectByName('hydrants') as InstancedMesh | undefined;
    const overlay = createWaterOverlay(building, water, markers, clip);
    scene.layers.water.add(overlay.group);
    invalidate();
    return () => {
      scene.layers.water.remove(overlay.group);
      overlay.dispose();
      invalidate();
    };
  }, [building, scene, clip, water, invalidate]);

  useEffect(() => {
    if (access === undefined) return;
    const overlay = createAccessOverlay(access.building, access.report, clip);
    scene.layers.access.add(overlay.group);
    invalidate();
    return () => {
      scene.layers.access.remove(overlay.group);
      overlay.dispose();
      invalidate();
    };
  }, [scene, clip, access, invalidate]);

  return null;
}
