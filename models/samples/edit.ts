/**
 * Small helpers the sample builders use to edit a generated tower: find things by id (throwing if a
 * generator change made them disappear, so a builder never silently edits nothing).
 */
import type { Building } from '../schema/building.ts';
import type { Door, Space, Storey } from '../schema/storey.ts';
import type { Pump } from '../schema/water.ts';

export function storeyOf(b: Building, id: string): Storey {
  const s = b.storeys.find((x) => x.id === id);
  if (!s) throw new Error(`sample builder: no storey ${id}`);
  return s;
}

export function spaceOf(b: Building, id: string): Space {
  for (const s of b.storeys) {
    const sp = s.spaces.find((x) => x.id === id);
    if (sp) return sp;
  }
  throw new Error(`sample builder: no space ${id}`);
}

export function removeDoor(b: Building, id: string): Door {
  for (const s of b.storeys) {
    const i = (s.doors ?? []).findIndex((d) => d.id === id);
    if (i >= 0) return s.doors!.splice(i, 1)[0]!;
  }
  throw new Error(`sample builder: no door ${id}`);
}

export function pumpIndex(b: Building, id: string): number {
  const i = (b.water?.pumps ?? []).findIndex((p: Pump) => p.id === id);
  if (i < 0) throw new Error(`sample builder: no pump ${id}`);
  return i;
}

/** Unit rooms (spaces with a `unit`) of every storey, bottom to top. */
export function unitSpaces(b: Building): { storey: Storey; space: Space }[] {
  return b.storeys.flatMap((storey) =>
    storey.spaces.filter((sp) => sp.unit !== undefined).map((space) => ({ storey, space })),
  );
}

/** A household of 1–5 from one uniform draw: typical Chongqing size distribution (UNVERIFIED). */
export function householdSize(u: number, weights: readonly number[]): number {
  let acc = 0;
  for (let i = 0; i < weights.length; i++) {
    acc += weights[i]!;
    if (u < acc) return i + 1;
  }
  return weights.length;
}
