/**
 * When each stair jams, and where (issue 7's "stair B jams at 9F from 6 min"; issue 3 "stair density
 * and queue length are measured"). Both modes feed it once per step with the state of every landing
 * of a stair; it keeps, per landing, the start of the current crowded spell and, per stair, the first
 * spell that lasted JAM_HOLD seconds.
 *
 * A landing j of a stair is *crowded* at time t when
 *   - a flight leaving it (down to j − 1 or up to j + 1) is above Fruin walkway LoS E, density
 *     > FRUIN_E_DENSITY = 1 / 0.93 = 1.08 p/m² (the threshold of `timeAtFruinEF` and of the drill's
 *     verdicts), or
 *   - the people waiting at it (floor entrants and arrivals from the flight above/below queued for
 *     the next flight, and people queued to step off) stand denser than that on the landing, taken
 *     as clear width × clear width (the same landing the agent mode's hold is sized on).
 * The stair *jams* at the first landing that stays crowded for JAM_HOLD s; `jamStart` is when that
 * spell began (s), `jamStorey` the landing's storey. Dips shorter than JAM_GAP are bridged: on the
 * 1-D lanes a density at the threshold flickers by one person as people step on and off.
 */
import { FRUIN_E_DENSITY } from '../constants.ts';
import type { StairInfo } from '../stairs/stair-network.ts';
import type { Sim } from '../run/sim-state.ts';

/**
 * Seconds a landing must stay crowded for the stair to count as jammed (a Lifeline choice). A platoon
 * from one storey (tens of people) passes a landing at the design flow of a 1.2 m stair (IMO 1.1
 * p/(m·s) × 1.2 m ≈ 1.3 p/s) in 10–25 s; crowding that lasts longer than that means people arrive
 * faster than the stair takes them: a standing queue, not a group going by. Half the drill's older
 * JAM_SECONDS (60 s in total above LoS E), so a jam is reported from its start, not after it.
 */
export const JAM_HOLD = 30;
/** Uncrowded dips shorter than this (s) do not end a crowded spell (one person on or off a lane). */
export const JAM_GAP = 5;

export interface StairJamRecorder {
  /** Per stair: index of its landing 0 in the per-landing arrays (length stairs + 1). */
  base: Int32Array;
  /** Per landing: area (m²) its waiting people stand on. */
  area: Float64Array;
  /** Per landing: start of the current crowded spell (NaN none) and the last crowded time (s). */
  spellStart: Float64Array;
  lastCrowded: Float64Array;
  /** Per stair: the jam's start (s, NaN none) and the landing where it happened (−1 none). */
  jamStart: Float64Array;
  jamLanding: Int32Array;
}

export function createStairJamRecorder(stairs: readonly StairInfo[]): StairJamRecorder {
  const base = new Int32Array(stairs.length + 1);
  stairs.forEach((st, s) => (base[s + 1] = base[s]! + st.landings.length));
  const n = base[stairs.length]!;
  const area = new Float64Array(n);
  stairs.forEach((st, s) => {
    for (let j = 0; j < st.landings.length; j++) area[base[s]! + j] = Math.max(0.25, st.width * st.width);
  });
  return {
    base,
    area,
    spellStart: new Float64Array(n).fill(NaN),
    lastCrowded: new Float64Array(n).fill(-Infinity),
    jamStart: new Float64Array(stairs.length).fill(NaN),
    jamLanding: new Int32Array(stairs.length).fill(-1),
  };
}

/** Whether a landing with this flight density (p/m²) and this many waiting is crowded. */
export function landingCrowded(
  rec: StairJamRecorder,
  s: number,
  j: number,
  flight: number,
  waiting: number,
): boolean {
  return flight > FRUIN_E_DENSITY || waiting / rec.area[rec.base[s]! + j]! > FRUIN_E_DENSITY;
}

/** Landing j of stair s seen crowded or not at time t (s). Call for every landing, then `settleStair`. */
export function observeLanding(
  rec: StairJamRecorder,
  s: number,
  j: number,
  crowded: boolean,
  t: number,
): void {
  const k = rec.base[s]! + j;
  if (crowded) {
    if (Number.isNaN(rec.spellStart[k]!) || t - rec.lastCrowded[k]! > JAM_GAP) rec.spellStart[k] = t;
    rec.lastCrowded[k] = t;
  } else if (t - rec.lastCrowded[k]! > JAM_GAP) rec.spellStart[k] = NaN;
}

/** After the landings of stair s were observed at t: the first spell to last JAM_HOLD is its jam. */
export function settleStair(rec: StairJamRecorder, s: number, t: number): void {
  if (!Number.isNaN(rec.jamStart[s]!)) return;
  let best = -1;
  let bestStart = Infinity;
  for (let k = rec.base[s]!; k < rec.base[s + 1]!; k++) {
    const start = rec.spellStart[k]!;
    // Crowded now (not in a bridged dip) and for long enough; the earliest spell wins.
    if (rec.lastCrowded[k] === t && t - start >= JAM_HOLD - 1e-9 && start < bestStart) {
      best = k - rec.base[s]!;
      bestStart = start;
    }
  }
  if (best < 0) return;
  rec.jamStart[s] = bestStart;
  rec.jamLanding[s] = best;
}

/** Whether stair s has jammed already (its landings need no more watching). */
export const stairJammed = (rec: StairJamRecorder, s: number): boolean => !Number.isNaN(rec.jamStart[s]!);

/**
 * The agent mode after each step (no allocation): lanes and queues from stairs/stair-lanes.ts —
 * lane = laneBase[s] + 2·j + (up ? 1 : 0) leaves landing j; queues [2L] from the flight, [2L + 1]
 * from the floor; spawn queue per landing.
 */
export function recordStairJams(sim: Sim, rec: StairJamRecorder): void {
  const t = sim.t;
  for (let s = 0; s < sim.stairs.length; s++) {
    if (stairJammed(rec, s)) continue;
    const landings = sim.stairs[s]!.landings.length;
    for (let j = 0; j < landings; j++) {
      let waiting = sim.spawnLen[sim.landingBase[s]! + j]!;
      let flight = 0;
      for (let up = 0; up < 2; up++) {
        const L = sim.laneBase[s]! + 2 * j + up;
        waiting += sim.qLen[2 * L]! + sim.qLen[2 * L + 1]!;
        const d = sim.laneCount[L]! / sim.laneArea[L]!;
        if (d > flight) flight = d;
      }
      observeLanding(rec, s, j, landingCrowded(rec, s, j, flight, waiting), t);
    }
    settleStair(rec, s, t);
  }
}

/** The result fields of stair s: onset (s, 2 decimals) and storey id, or nulls. */
export function stairJamFields(
  rec: StairJamRecorder,
  s: number,
  stair: StairInfo,
  storeyIds: readonly string[],
): { jamStart: number | null; jamStorey: string | null } {
  if (!stairJammed(rec, s)) return { jamStart: null, jamStorey: null };
  const land = stair.landings[rec.jamLanding[s]!]!;
  return {
    jamStart: Math.round(rec.jamStart[s]! * 100) / 100,
    jamStorey: storeyIds[land.storey] ?? null,
  };
}
