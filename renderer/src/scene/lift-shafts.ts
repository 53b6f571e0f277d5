/**
 * Lifts as translucent vertical shafts. The format places a lift only by the spaces it stops at (its
 * lobbies), not by a shaft outline, so each shaft stands in the lobby of its lowest stop, from the
 * lowest stop's floor to the top of the highest; lifts sharing a lobby stand side by side along
 * the lobby's long side. Fire lifts get their own colour.
 */
import type { Building } from '../../../models/index.ts';
import { bbox } from '../../../models/geometry/polygon.ts';
import type { Placement } from './instances.ts';

/** Footprint of a drawn shaft (m): a typical car plus walls. */
export const SHAFT_SIZE = 1.6;

export interface LiftShaft {
  id: string;
  fire: boolean;
  placement: Placement;
}

export function liftShafts(building: Building): LiftShaft[] {
  const storeyById = new Map(building.storeys.map((s) => [s.id, s]));
  const lobbyCount = new Map<string, number>();
  const shafts: LiftShaft[] = [];
  const planned: { id: string; fire: boolean; lobby: string; z0: number; z1: number; slot: number }[] = [];
  for (const lift of building.elevators ?? []) {
    let z0 = Infinity;
    let z1 = -Infinity;
    let lowest: { storey: string; space: string } | undefined;
    for (const stop of lift.stops) {
      const storey = storeyById.get(stop.storey);
      if (storey === undefined) continue;
      if (storey.elevation < z0) {
        z0 = storey.elevation;
        lowest = stop;
      }
      z1 = Math.max(z1, storey.elevation + storey.height);
    }
    if (lowest === undefined) continue;
    const key = `${lowest.storey}\u0000${lowest.space}`;
    const slot = lobbyCount.get(key) ?? 0;
    lobbyCount.set(key, slot + 1);
    planned.push({ id: lift.id, fire: lift.fire, lobby: key, z0, z1, slot });
  }
  for (const p of planned) {
    const [storeyId, spaceId] = p.lobby.split('\u0000') as [string, string];
    const space = storeyById.get(storeyId)?.spaces.find((s) => s.id === spaceId);
    if (space === undefined) continue;
    const box = bbox(space.polygon);
    const n = lobbyCount.get(p.lobby) ?? 1;
    const wide = box.maxX - box.minX >= box.maxY - box.minY;
    const offset = (p.slot - (n - 1) / 2) * (SHAFT_SIZE + 0.2);
    const cx = (box.minX + box.maxX) / 2 + (wide ? offset : 0);
    const cy = (box.minY + box.maxY) / 2 + (wide ? 0 : offset);
    shafts.push({
      id: p.id,
      fire: p.fire,
      placement: {
        x: cx,
        y: cy,
        z: p.z0,
        yaw: 0,
        length: SHAFT_SIZE,
        height: p.z1 - p.z0,
        depth: SHAFT_SIZE,
      },
    });
  }
  return shafts;
}
