/** The 3D view: a building's storeys stacked, one slab per space, stairs as orange shafts. */
import { Canvas } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { Vector3 } from 'three';
import type { Building } from '../../../models/index.ts';
import { createBuildingGeometry, KIND_COLORS } from './building-geometry.ts';
import { ViewControls } from './ViewControls.tsx';

function BuildingMeshes({ building }: { building: Building }) {
  const geometry = useMemo(() => createBuildingGeometry(building), [building]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  const { bounds } = geometry;
  const size = Math.max(bounds.max.x - bounds.min.x, bounds.max.z - bounds.min.z) * 1.6;
  const center = bounds.getCenter(new Vector3());

  return (
    <>
      {geometry.layers.map((layer) => (
        <mesh key={layer.kind} geometry={layer.geometry}>
          <meshLambertMaterial color={KIND_COLORS[layer.kind]} />
        </mesh>
      ))}
      <lineSegments geometry={geometry.edges}>
        <lineBasicMaterial color="#1d2733" transparent opacity={0.4} />
      </lineSegments>
      <gridHelper
        args={[Math.ceil(size / 10) * 10, Math.ceil(size / 10), '#56616e', '#3a434d']}
        position={[center.x, bounds.min.y - 0.01, center.z]}
      />
      <ViewControls bounds={bounds} />
    </>
  );
}

export function BuildingView({ building, label }: { building: Building; label: string }) {
  return (
    <Canvas
      frameloop="demand"
      dpr={[1, 2]}
      camera={{ fov: 45, position: [60, 60, 60] }}
      aria-label={label}
      role="img"
      data-testid="building-canvas"
    >
      <color attach="background" args={['#1b1f24']} />
      <hemisphereLight args={['#ffffff', '#445566', 1.2]} />
      <directionalLight position={[80, 160, 60]} intensity={1.8} />
      <BuildingMeshes building={building} />
    </Canvas>
  );
}
