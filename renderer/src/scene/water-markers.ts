/**
 * Fire-water equipment as markers: indoor hydrant valves (消火栓) on their storey at the wall,
 * and pump inlets (水泵接合器) at ground level where a fire engine connects. Placements only; the
 * scene instances them. The water overlay (water-overlay.ts) colours the hydrant instances by the
 * engine's outlet pressures, matched through hydrantMarkerIds.
 */
import type { Building } from '../../../models/index.ts';
import type { Placement } from './instances.ts';

export function hydrantPlacements(building: Building): Placement[] {
  const storeys = new Map(building.storeys.map((s) => [s.id, s]));
  const out: Placement[] = [];
  for (const h of building.water?.hydrants ?? []) {
    const storey = storeys.get(h.storey);
    if (storey === undefined) continue;
    out.push({
      x: h.at[0],
      y: h.at[1],
      z: storey.elevation + 0.2,
      yaw: 0,
      length: 0.7,
      height: 1.1,
      depth: 0.7,
    });
  }
  return out;
}

/** The hydrant id of each instance of hydrantPlacements, in the same order. */
export function hydrantMarkerIds(building: Building): string[] {
  const storeys = new Set(building.storeys.map((s) => s.id));
  return (building.water?.hydrants ?? []).filter((h) => storeys.has(h.storey)).map((h) => h.id);
}

export function inletPlacements(building: Building): Placement[] {
  return (building.water?.inlets ?? []).map((i) => ({
    x: i.at[0],
    y: i.at[1],
    z: 0,
    yaw: 0,
    length: 0.8,
    height: 1.2,
    depth: 0.8,
  }));
}
