/**
 * A validated building → merged three.js geometry: one mesh per space kind (few draw calls even for
 * a 52-storey tower), the storeys' obstacles as one mesh, plus one set of outline edges, written
 * straight into their buffers (merged-prisms.ts). Model frame
 * (x east, y north, z up) maps to three.js (x, z, −y), so y is up on screen. Plain three.js, no React.
 */
import { Box3, type BufferGeometry } from 'three';
import type { Building, SpaceKind } from '../../../models/index.ts';
import { mergedPrisms, type MergedPrisms } from './merged-prisms.ts';
import { mergeGeometries } from './prism.ts';

/** Floor slabs are drawn this thick (m). */
export const SLAB_THICKNESS = 0.2;
/** Stair spaces are drawn as shafts this fraction of the storey height, so the cores read as columns. */
export const STAIR_HEIGHT_FRACTION = 0.96;
/** Storey obstacles (columns, fixed furniture) are drawn this fraction of the storey height. */
export const OBSTACLE_HEIGHT_FRACTION = 0.9;

/** Stairs stand out in orange; everything else is muted. */
export const KIND_COLORS: Readonly<Record<SpaceKind, string>> = {
  room: '#9fb3c8',
  corridor: '#d8d2c4',
  lobby: '#b9d1b4',
  stair: '#f07818',
  'elevator-lobby': '#b7a6d8',
  shop: '#d8c08c',
  refuge: '#5cb85c',
  other: '#a9a9a9',
};

export interface KindLayer {
  kind: SpaceKind;
  geometry: BufferGeometry;
}

export interface BuildingGeometry {
  layers: KindLayer[];
  /** Every storey obstacle, merged; undefined when there are none. */
  obstacles: BufferGeometry | undefined;
  edges: BufferGeometry;
  /** Bounding box in three.js coordinates. */
  bounds: Box3;
  dispose(): void;
}

/** Spaces drawn as stairs: kind `stair`, and any space a stair lands in. */
function stairSpaceIds(building: Building): Set<string> {
  const ids = new Set<string>();
  for (const storey of building.storeys)
    for (const space of storey.spaces) if (space.kind === 'stair') ids.add(space.id);
  for (const stair of building.stairs) for (const landing of stair.landings) ids.add(landing.space);
  return ids;
}

/** The kinds the view draws for this building, in legend order (stairs first). */
export function kindsShown(building: Building): SpaceKind[] {
  const stairs = stairSpaceIds(building);
  const kinds = new Set<SpaceKind>();
  for (const storey of building.storeys)
    for (const space of storey.spaces) kinds.add(stairs.has(space.id) ? 'stair' : space.kind);
  return (Object.keys(KIND_COLORS) as SpaceKind[])
    .filter((k) => kinds.has(k))
    .sort((a, b) => Number(b === 'stair') - Number(a === 'stair'));
}

export function createBuildingGeometry(building: Building): BuildingGeometry {
  const stairs = stairSpaceIds(building);
  const byKind = new Map<SpaceKind, MergedPrisms>();
  const obstacleParts = mergedPrisms();

  for (const storey of building.storeys) {
    for (const space of storey.spaces) {
      const kind: SpaceKind = stairs.has(space.id) ? 'stair' : space.kind;
      const depth = kind === 'stair' ? storey.height * STAIR_HEIGHT_FRACTION : SLAB_THICKNESS;
      let parts = byKind.get(kind);
      if (parts === undefined) byKind.set(kind, (parts = mergedPrisms()));
      parts.add(space.polygon, storey.elevation, storey.elevation + depth);
    }
    for (const obstacle of storey.obstacles ?? []) {
      const top = storey.elevation + storey.height * OBSTACLE_HEIGHT_FRACTION;
      obstacleParts.add(obstacle.polygon, storey.elevation, top);
    }
  }
  const obstacles = obstacleParts.solids();

  const layers: KindLayer[] = [];
  const edgeParts: BufferGeometry[] = [];
  for (const [kind, parts] of byKind) {
    const solids = parts.solids();
    if (solids === undefined) continue;
    layers.push({ kind, geometry: solids });
    edgeParts.push(parts.edges());
  }
  // Outlines of every space in one draw call (a handful of parts, one per kind).
  const edges = edgeParts.length > 0 ? mergeGeometries(edgeParts, false) : mergedPrisms().edges();
  for (const p of edgeParts) p.dispose();
  if (edges === null) throw new Error('building outline could not be merged');

  const bounds = new Box3();
  for (const layer of layers) {
    layer.geometry.computeBoundingBox();
    if (layer.geometry.boundingBox !== null) bounds.union(layer.geometry.boundingBox);
  }

  return {
    layers,
    obstacles,
    edges,
    bounds,
    dispose() {
      for (const layer of layers) layer.geometry.dispose();
      obstacles?.dispose();
      edges.dispose();
    },
  };
}
