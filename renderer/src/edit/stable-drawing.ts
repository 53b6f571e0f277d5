/**
 * The building the viewer draws, kept the same object across scenario-only edits: the viewer draws
 * the building as drawn (no scenario applied), resets its storey and camera for a new building, and
 * rebuilds its 3D scene per building object. Scenario commands change only `scenarios` and share
 * every other part, so "same drawing" is a reference check of the other top-level fields.
 */
import { useRef } from 'react';
import type { Building } from '../../../models/index.ts';

export function sameDrawing(a: Building, b: Building): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('scenarios');
  for (const k of keys) if (a[k as keyof Building] !== b[k as keyof Building]) return false;
  return true;
}

export function useStableDrawing(building: Building | undefined): Building | undefined {
  const kept = useRef(building);
  if (building === undefined || kept.current === undefined || !sameDrawing(kept.current, building))
    kept.current = building;
  return kept.current;
}
