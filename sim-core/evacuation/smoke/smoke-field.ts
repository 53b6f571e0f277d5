/**
 * Where the smoke is and what it does there, for both modes. A scenario's smoke (option `smoke`, from
 * the scenario's `{ "smoke": { target, extinction, from?, co?, co2?, o2? } }` changes) covers:
 *   - a space: that space;
 *   - a storey: every space of that storey (stair landings on it included, flights not);
 *   - a stair: its flights and its landing spaces (the whole enclosure).
 * From `from` seconds after the alarm. Where several entries cover one place at a time, the worst of
 * each value applies (highest K_s, CO and CO2, lowest O2): a conservative reading, order-independent,
 * and it lets a scenario thicken the smoke over time (K_s 0.5 from 60 s, 2 from 180 s). Smoke never
 * clears during a run. Per place the field gives the speed factor (walking-speed-in-smoke.ts) and the
 * FED rate (fractional-effective-dose.ts).
 */
import type { BuildingLayout } from '../layout/building-layout.ts';
import type { StairInfo } from '../stairs/stair-network.ts';
import { smokeSpeedFactor } from './walking-speed-in-smoke.ts';
import { AMBIENT_O2_PERCENT, fedRate } from './fractional-effective-dose.ts';

/** One smoke entry (engine option `smoke`; the scenario change's `smoke` object). */
export interface SmokeSpec {
  /** Space, stair or storey id. */
  target: string;
  /** Extinction coefficient K_s (1/m). */
  extinction: number;
  /** Seconds after the alarm; default 0. */
  from?: number;
  /** CO (ppm), CO2 and O2 (% by volume); defaults 0, 0, 20.9. */
  co?: number;
  co2?: number;
  o2?: number;
}

export interface SmokeField {
  specs: Required<SmokeSpec>[];
  /** Entry indices covering each global space / each stair's flights. */
  spaceEntries: number[][];
  stairEntries: number[][];
  /** The stair whose landing a space is (−1: none), to name where someone was overcome. */
  landingStair: Int32Array;
  /** Per space / stair, as of the last `advanceSmokeField`: speed factor and FED per second. */
  spaceSpeed: Float32Array;
  spaceFed: Float64Array;
  stairSpeed: Float32Array;
  stairFed: Float64Array;
  /** Distinct `from` times, ascending, and how many of them `advanceSmokeField` has applied. */
  times: number[];
  applied: number;
  /** Who was overcome (person index) and where: a stair id or a space id (smokePlace). */
  overcome: Map<number, { id: string; kind: 'stair' | 'space' }>;
}

/** Resolves the targets; throws an Error naming the entry for an unknown target or a bad value. */
export function createSmokeField(
  layout: BuildingLayout,
  stairs: readonly StairInfo[],
  smoke: readonly SmokeSpec[],
): SmokeField {
  const ns = layout.spaces.length;
  const spaceEntries: number[][] = Array.from({ length: ns }, () => []);
  const stairEntries: number[][] = stairs.map(() => []);
  const landingStair = new Int32Array(ns).fill(-1);
  stairs.forEach((st, s) => {
    for (const l of st.landings) landingStair[l.space] = s;
  });
  const specs = smoke.map((sp, k) => {
    const full: Required<SmokeSpec> = {
      target: sp.target,
      extinction: sp.extinction,
      from: sp.from ?? 0,
      co: sp.co ?? 0,
      co2: sp.co2 ?? 0,
      o2: sp.o2 ?? AMBIENT_O2_PERCENT,
    };
    for (const key of ['extinction', 'from', 'co', 'co2', 'o2'] as const)
      if (!(full[key] >= 0) || !Number.isFinite(full[key]))
        throw new Error(`smoke[${k}] (${sp.target}): ${key} must be a finite number ≥ 0, not ${full[key]}`);
    const space = layout.spaceIndex.get(sp.target);
    const storey = layout.storeyIndex.get(sp.target);
    const stair = stairs.findIndex((st) => st.id === sp.target);
    if (space !== undefined) spaceEntries[space]!.push(k);
    else if (storey !== undefined) {
      layout.spaces.forEach((info, i) => {
        if (info.storey === storey) spaceEntries[i]!.push(k);
      });
    } else if (stair >= 0) {
      stairEntries[stair]!.push(k);
      for (const l of stairs[stair]!.landings) spaceEntries[l.space]!.push(k);
    } else throw new Error(`smoke[${k}]: no space, stair or storey "${sp.target}"`);
    return full;
  });
  const field: SmokeField = {
    specs,
    spaceEntries,
    stairEntries,
    landingStair,
    spaceSpeed: new Float32Array(ns).fill(1),
    spaceFed: new Float64Array(ns),
    stairSpeed: new Float32Array(stairs.length).fill(1),
    stairFed: new Float64Array(stairs.length),
    times: [...new Set(specs.map((s) => s.from))].sort((a, b) => a - b),
    applied: 0,
    overcome: new Map(),
  };
  return field;
}

/** Speed factor and FED rate (per s) of the entries `list` in effect at time t (s). */
export function smokeAt(
  field: SmokeField,
  list: readonly number[],
  t: number,
): { speed: number; fed: number } {
  let k = 0;
  let co = 0;
  let co2 = 0;
  let o2 = AMBIENT_O2_PERCENT;
  let any = false;
  for (const e of list) {
    const sp = field.specs[e]!;
    if (sp.from > t + 1e-9) continue;
    any = true;
    if (sp.extinction > k) k = sp.extinction;
    if (sp.co > co) co = sp.co;
    if (sp.co2 > co2) co2 = sp.co2;
    if (sp.o2 < o2) o2 = sp.o2;
  }
  return any ? { speed: smokeSpeedFactor(k), fed: fedRate(co, co2, o2) } : { speed: 1, fed: 0 };
}

/**
 * Brings the per-place arrays up to time t (s): recomputed only when t passes a `from` time, so a
 * step costs one comparison. Returns true when anything changed.
 */
export function advanceSmokeField(field: SmokeField, t: number): boolean {
  if (field.applied >= field.times.length || field.times[field.applied]! > t + 1e-9) return false;
  while (field.applied < field.times.length && field.times[field.applied]! <= t + 1e-9) field.applied++;
  const now = field.times[field.applied - 1]!;
  field.spaceEntries.forEach((list, i) => {
    if (list.length === 0) return;
    const v = smokeAt(field, list, now);
    field.spaceSpeed[i] = v.speed;
    field.spaceFed[i] = v.fed;
  });
  field.stairEntries.forEach((list, s) => {
    if (list.length === 0) return;
    const v = smokeAt(field, list, now);
    field.stairSpeed[s] = v.speed;
    field.stairFed[s] = v.fed;
  });
  return true;
}

/** Where someone in global space `space` (or on stair `stair` ≥ 0) is, for the result: a stair id
 * (on a flight or one of its landings) or the space id. */
export function smokePlace(
  field: SmokeField,
  layout: BuildingLayout,
  stairs: readonly StairInfo[],
  space: number,
  stair: number,
): { id: string; kind: 'stair' | 'space' } {
  const s = stair >= 0 ? stair : space >= 0 ? field.landingStair[space]! : -1;
  if (s >= 0) return { id: stairs[s]!.id, kind: 'stair' };
  return { id: space >= 0 ? layout.spaces[space]!.id : '?', kind: 'space' };
}
