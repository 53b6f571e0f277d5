/**
 * Which storeys the 3D view shows: all of them, one ("isolate"), or one and everything below it
 * ("cut above"). The view clips by height rather than rebuilding geometry, so switching storeys on a
 * 52-storey tower costs two plane constants, not a re-merge.
 */
import type { Building } from '../../../models/index.ts';

export type StoreyMode = 'all' | 'isolate' | 'cut';

export interface StoreyFilter {
  mode: StoreyMode;
  /** Index into `building.storeys` of the picked storey (also the storey the plan view shows). */
  storey: number;
}

/** A vertical band in model z (m); outside it nothing of the building is drawn. */
export interface ZRange {
  min: number;
  max: number;
}

/**
 * Kept below the next floor: the slab of the storey above starts exactly at elevation + height, so
 * the band stops a little short of it.
 */
export const STOREY_GAP = 0.05;

/** Bounds used for "no clipping": far beyond any building, finite so shaders never see Infinity. */
export const NO_CLIP = 1e6;

/** Storey indices ordered bottom to top (the file's order is not promised to be by elevation). */
export function storeysBottomUp(building: Building): number[] {
  return building.storeys
    .map((s, i) => ({ i, z: s.elevation }))
    .sort((a, b) => a.z - b.z || a.i - b.i)
    .map((s) => s.i);
}

/** The storey a new view starts on: the lowest at or above ground (z ≥ 0), else the lowest. */
export function defaultStorey(building: Building): number {
  const order = storeysBottomUp(building);
  return order.find((i) => building.storeys[i]!.elevation >= -STOREY_GAP) ?? order[0] ?? 0;
}

/** The band of model z the filter leaves visible. */
export function visibleZRange(building: Building, filter: StoreyFilter): ZRange {
  const storey = building.storeys[filter.storey];
  if (filter.mode === 'all' || storey === undefined) return { min: -NO_CLIP, max: NO_CLIP };
  const max = storey.elevation + storey.height - STOREY_GAP;
  return filter.mode === 'isolate' ? { min: storey.elevation - STOREY_GAP, max } : { min: -NO_CLIP, max };
}
