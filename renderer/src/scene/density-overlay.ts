/**
 * The density heat map of a run in 3D: per storey one flat quad on the floor slab, textured with
 * one texel per map cell in Fruin level colours (playback/fruin-colours.ts), nearest-filtered so
 * cells read as cells. Two things to show (the legend says which): each cell's peak over the run
 * (the engine's peak map, sim-core/evacuation/record/density-maps.ts), or its level at the time
 * shown, from the engine's sparse per-sample series (record/density-series.ts): `showAt(t)`
 * rewrites only the storeys whose sample changed, clearing last sample's cells and colouring this
 * one's, so scrubbing costs the occupied cells, not the building. Clipped with the building's
 * storey planes. Plain three.js.
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
import { seriesSampleAt } from '../../../sim-core/evacuation/record/density-series.ts';
import { densityMapPixels, FRUIN_COLOURS } from '../playback/fruin-colours.ts';
import { SLAB_THICKNESS } from './building-geometry.ts';

/** Drawn just above the slab top so it never fights with it for depth. */
const LIFT = 0.03;

export interface DensityOverlay {
  group: Group;
  /** True when the run recorded the series ('now' can be shown). */
  hasSeries: boolean;
  /** Shows each cell's peak over the run. */
  showPeak(): void;
  /** Shows each cell's level at time t (s): the latest sample at or before t. */
  showAt(t: number): void;
  dispose(): void;
}

/** Opacity of a coloured cell (as fruin-colours.ts draws the peak map). */
const CELL_ALPHA = 220;
const LEVEL_RGB = FRUIN_COLOURS.map((hex) => {
  const v = Number.parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255] as const;
});

interface StoreyQuad {
  map: DensityMap;
  texture: DataTexture;
  pixels: Uint8Array;
  peak: Uint8Array;
  mesh: Mesh;
  /** Sample drawn now (−1: the peak, or nothing yet). */
  sample: number;
}

/** Writes sample k of a storey's series into its texture (cells of the previous sample cleared). */
function drawSample(q: StoreyQuad, k: number): void {
  const s = q.map.series!;
  const px = q.pixels;
  // Empty before and after (most storeys, most of the time): nothing to clear, draw or upload.
  if (q.sample >= 0 && s.start[q.sample + 1] === s.start[q.sample] && s.start[k + 1] === s.start[k]) {
    q.sample = k;
    return;
  }
  if (q.sample >= 0) {
    for (let e = s.start[q.sample]!; e < s.start[q.sample + 1]!; e++)
      px.fill(0, s.cells[e]! * 4, s.cells[e]! * 4 + 4);
  } else px.fill(0);
  for (let e = s.start[k]!; e < s.start[k + 1]!; e++) {
    const c = LEVEL_RGB[Math.min(LEVEL_RGB.length - 1, s.levels[e]!)]!;
    const o = s.cells[e]! * 4;
    px[o] = c[0];
    px[o + 1] = c[1];
    px[o + 2] = c[2];
    px[o + 3] = CELL_ALPHA;
  }
  q.mesh.visible = s.start[k + 1]! > s.start[k]!;
  q.sample = k;
  q.texture.needsUpdate = true;
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
  const quads: StoreyQuad[] = [];
  for (const map of maps) {
    const z = elevation.get(map.storey);
    if (z === undefined || map.nx < 1 || map.ny < 1) continue;
    const peak = densityMapPixels(map);
    // Nothing drawn on a storey nobody walked on: no quad at all.
    if (!peak.some((v, i) => i % 4 === 3 && v > 0)) continue;
    const pixels = peak.slice();
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
    quads.push({ map, texture, pixels, peak, mesh, sample: -1 });
  }
  const hasSeries = quads.length > 0 && quads.every((q) => q.map.series !== undefined);
  return {
    group,
    hasSeries,
    showPeak() {
      for (const q of quads) {
        if (q.sample < 0) continue;
        q.pixels.set(q.peak);
        q.sample = -1;
        q.mesh.visible = true;
        q.texture.needsUpdate = true;
      }
    },
    showAt(t) {
      if (!hasSeries) return;
      for (const q of quads) {
        const k = seriesSampleAt(q.map.series!, t);
        if (k !== q.sample) drawSample(q, k);
      }
    },
    dispose() {
      for (const d of disposables) d.dispose();
    },
  };
}
