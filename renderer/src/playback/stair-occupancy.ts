/**
 * People on each stair at a playback time, derived from the recorded trajectories. The engine moves
 * people on stairs as 1-D lanes; the recorder places them in the stair well
 * (sim-core/evacuation/record/off-floor-places.ts): on a flight with their height, queued on the
 * landing or up the flight they came by, with the storey of the landing they left or wait at. So a
 * person whose point lies inside a stair's landing space on their recorded storey is counted on that
 * stair at that landing: the queue there plus the flight they have just taken from it. People
 * stepping off a stair are counted for the moment they stand on the landing, as the engine's queue
 * statistic does. Landings of one stair are drawn one above the other, so a point taken on one
 * storey lies in the same stair's landing on the next (checked against the landing polygon on
 * every storey).
 */
import type { Building } from '../../../models/index.ts';
import type { Frames } from './interpolate.ts';
import { AGENT_VALUES, frameAt } from './interpolate.ts';

export interface LandingSlot {
  stair: string;
  /** Storey id and index into `building.storeys`. */
  storey: string;
  storeyIndex: number;
  space: string;
  /** Centroid of the landing space (model m), where its marker stands. */
  cx: number;
  cy: number;
  elevation: number;
}

export interface StairOccupancy {
  slots: LandingSlot[];
  /** Stair ids, in the building's order; slot → stair index in `slotStair`. */
  stairs: string[];
  slotStair: Int32Array;
  /** People per slot in recorded frame `index` (cached for the last frame asked). */
  countsAt(index: number): Int32Array;
  /** The recorded frame nearest to time `t` (s): what a live count shows. */
  frameNear(t: number): number;
}

interface SlotShape {
  ring: Float64Array;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Even-odd ray cast over a flat [x0, y0, x1, y1, …] ring (allocation-free). */
export function insideRing(ring: Float64Array, x: number, y: number): boolean {
  let inside = false;
  const n = ring.length / 2;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const xi = ring[2 * i]!;
    const yi = ring[2 * i + 1]!;
    const xj = ring[2 * j]!;
    const yj = ring[2 * j + 1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * @param trajectoryStoreys storey id per trajectory storey index (the engine's order).
 */
export function createStairOccupancy(
  building: Building,
  frames: Frames,
  trajectoryStoreys: readonly string[],
): StairOccupancy {
  const storeyIndex = new Map(building.storeys.map((s, i) => [s.id, i]));
  const spaceOf = new Map<string, { polygon: readonly (readonly [number, number])[] }>();
  for (const s of building.storeys) for (const sp of s.spaces) spaceOf.set(sp.id, sp);
  const slots: LandingSlot[] = [];
  const shapes: SlotShape[] = [];
  const stairs = building.stairs.map((s) => s.id);
  const slotStairList: number[] = [];
  building.stairs.forEach((stair, si) => {
    for (const landing of stair.landings) {
      const sp = spaceOf.get(landing.space);
      const k = storeyIndex.get(landing.storey);
      if (sp === undefined || k === undefined || sp.polygon.length < 3) continue;
      const ring = Float64Array.from(sp.polygon.flatMap((p) => [p[0], p[1]]));
      let minX = Infinity;
      let minY = Infinity;
      let maxX = -Infinity;
      let maxY = -Infinity;
      let cx = 0;
      let cy = 0;
      for (const [x, y] of sp.polygon) {
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
        cx += x / sp.polygon.length;
        cy += y / sp.polygon.length;
      }
      slots.push({
        stair: stair.id,
        storey: landing.storey,
        storeyIndex: k,
        space: landing.space,
        cx,
        cy,
        elevation: building.storeys[k]!.elevation,
      });
      shapes.push({ ring, minX, minY, maxX, maxY });
      slotStairList.push(si);
    }
  });
  // Slots per trajectory storey index.
  const byTrajStorey: number[][] = trajectoryStoreys.map((id) =>
    slots.flatMap((s, i) => (s.storey === id ? [i] : [])),
  );
  const counts = new Int32Array(slots.length);
  let cached = -1;
  return {
    slots,
    stairs,
    slotStair: Int32Array.from(slotStairList),
    frameNear(t) {
      const { index, alpha } = frameAt(frames.times, t);
      return Math.min(frames.frames.length - 1, index + (alpha >= 0.5 ? 1 : 0));
    },
    countsAt(index) {
      if (index === cached) return counts;
      counts.fill(0);
      cached = index;
      const f = frames.frames[index];
      if (f === undefined) return counts;
      for (let i = 0, o = 0; i < frames.agents; i++, o += AGENT_VALUES) {
        const s = f[o + 2]!;
        if (s < 0) continue;
        const list = byTrajStorey[s];
        if (list === undefined) continue;
        const x = f[o]!;
        const y = f[o + 1]!;
        for (const k of list) {
          const sh = shapes[k]!;
          if (x < sh.minX || x > sh.maxX || y < sh.minY || y > sh.maxY) continue;
          if (insideRing(sh.ring, x, y)) {
            counts[k]!++;
            break;
          }
        }
      }
      return counts;
    },
  };
}

/** People per stair (sum over its landings) from per-slot counts. */
export function perStair(occ: Pick<StairOccupancy, 'stairs' | 'slotStair'>, counts: Int32Array): Int32Array {
  const out = new Int32Array(occ.stairs.length);
  for (let k = 0; k < counts.length; k++) out[occ.slotStair[k]!]! += counts[k]!;
  return out;
}

const cache = new WeakMap<object, { building: Building; occ: StairOccupancy }>();

/**
 * The occupancy of a run's result, built once and shared by the 3D markers and the playback bar
 * (both ask for the same frame, so the count is done once per frame).
 */
export function stairOccupancyOf(
  building: Building,
  result: { trajectories?: (Frames & { storeys: readonly string[] }) | undefined },
): StairOccupancy | undefined {
  const traj = result.trajectories;
  if (traj === undefined) return undefined;
  const hit = cache.get(result);
  if (hit !== undefined && hit.building === building) return hit.occ;
  const occ = createStairOccupancy(building, traj, traj.storeys);
  cache.set(result, { building, occ });
  return occ;
}
