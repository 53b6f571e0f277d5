/**
 * The density heat map of a run in 3D: per storey one flat quad on the floor slab, textured with
 * the storey's peak density map (one texel per map cell, Fruin level colours, playback/
 * fruin-colours.ts), nearest-filtered so cells read as cells. The engine keeps only the maximum
 * per cell over the run (sim-core/evacuation/record/density-maps.ts), so the map is the peak, not
 * the moment: the legend says so. Clipped with the building's storey planes. Plain three.js.
 */
import {
  DataTexture,
  DoubleSide,
  Group,
  Mesh,
  MeshBasicMaterial,
  NearestFilter,
  type Plane,
  PlaneGeometry,
  RGBAFormat,
  SRGBColorSpace,
  UnsignedByteType,
} from 'three';
import type { Building } from '../../../models/index.ts';
import type { DensityMap } from '../../../sim-core/evacuation/record/density-maps.ts';
import { densityMapPixels } from '../playback/fruin-colours.ts';
import { SLAB_THICKNESS } from './building-geometry.ts';

/** Drawn just above the slab top so it never fights with it for depth. */
const LIFT = 0.03;

export interface DensityOverlay {
  group: Group;
  dispose(): void;
}

export function createDensityOverlay(
  building: Building,
  maps: readonly DensityMap[],
  clip: Plane[],
): DensityOverlay {
  const group = new Group();
  group.name = 'density-heat-map';
  const elevation = new Map(building.storeys.map((s) => [s.id, s.elevation]));
  const disposables: { dispose(): void }[] = [];
  for (const map of maps) {
    const z = elevation.get(map.storey);
    if (z === undefined || map.nx < 1 || map.ny < 1) continue;
    const pixels = densityMapPixels(map);
    // Nothing drawn on a storey nobody walked on: no quad at all.
    if (!pixels.some((v, i) => i % 4 === 3 && v > 0)) continue;
    const texture = new DataTexture(pixels, map.nx, map.ny, RGBAFormat, UnsignedByteType);
    // The colours are sRGB hex values: without this three treats them as linear and washes them out.
    texture.colorSpace = SRGBColorSpace;
    texture.magFilter = NearestFilter;
    texture.minFilter = NearestFilter;
    texture.needsUpdate = true;
    const w = map.nx * map.cell;
    const h = map.ny * map.cell;
    // PlaneGeometry lies in x–y; turned onto the floor, its +y becomes three's −z = model +y, so
    // texture row 0 (v = 0) is the map's first row (model y = oy), as densityMapPixels writes it.
    const geometry = new PlaneGeometry(w, h).rotateX(-Math.PI / 2);
    const material = new MeshBasicMaterial({
      map: texture,
      transparent: true,
      depthWrite: false,
      side: DoubleSide,
      clippingPlanes: clip,
    });
    const mesh = new Mesh(geometry, material);
    mesh.name = `density:${map.storey}`;
    mesh.position.set(map.ox + w / 2, z + SLAB_THICKNESS + LIFT, -(map.oy + h / 2));
    mesh.renderOrder = 1;
    group.add(mesh);
    disposables.push(texture, geometry, material);
  }
  return {
    group,
    dispose() {
      for (const d of disposables) d.dispose();
    },
  };
}
