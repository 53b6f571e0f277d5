/** The outputs of a run (issue 3 "Outputs"), all times in seconds from the alarm. */
import { OUTSIDE_SPACE, type BuildingLayout } from '../layout/building-layout.ts';
import { INCAPACITATED, SAFE, TRAPPED } from '../population/agent-arrays.ts';
import type { Sim } from './sim-state.ts';
import { FF_ARRIVED } from '../firefighters/firefighter-groups.ts';
import type { TrajectoryStream } from '../record/trajectory-recorder.ts';
import type { DensityMap } from '../record/density-maps.ts';
import { stairJamFields, type StairJamRecorder } from '../record/stair-jams.ts';

export interface EvacuationResult {
  /** "complete": everyone who could get out did; "timeout": the time limit came first. */
  status: 'complete' | 'timeout';
  mode: 'agent' | 'sfpe';
  seed: number;
  dt: number;
  limiter: boolean;
  /** RSET: when the last person reached safety (s); null if nobody did. */
  evacuationTime: number | null;
  /** Simulated time at the end of the run (s). */
  endTime: number;
  occupants: number;
  evacuated: number;
  trapped: number;
  /** Overcome by smoke (fractional effective dose ≥ 1; scenario smoke). Optional: results made
   * before smoke existed lack it. */
  incapacitated?: number;
  /** Where they were overcome, by stair (on a flight or a landing) or space; present with smoke. */
  incapacitatedBy?: { place: string; kind: 'stair' | 'space'; count: number }[];
  /** Still inside when a timeout ended the run. */
  remaining: number;
  exits: {
    id: string;
    storey: string;
    count: number;
    firstTime: number | null;
    lastTime: number | null;
    flow: number | null;
  }[];
  storeys: { id: string; occupants: number; clearTime: number | null }[];
  stairs: {
    id: string;
    maxDensity: number;
    maxQueue: number;
    maxQueueStorey: string | null;
    timeAtFruinEF: number;
    /** When the stair jams (record/stair-jams.ts: a landing above Fruin LoS E for JAM_HOLD s), in s;
     * null: it never did. Optional: results made before the field existed lack it. */
    jamStart?: number | null;
    /** The storey of the landing where the jam started (null: no jam). */
    jamStorey?: string | null;
  }[];
  curve: [number, number][];
  /** Per scenario firefighter group (index in the scenario's list): when the last of the group
   * reached storey `to` (null: not by the end of the run, or no stair leads there). */
  firefighters: {
    group: number;
    arrivalTime: number | null;
    /** Added by the firefighter slice (optional fields; the hydraulic mode may leave them out). */
    enter?: string;
    to?: string;
    count?: number;
    start?: number;
    stair?: string | null;
    /** When they would have arrived on an empty stair (s). */
    emptyStairTime?: number | null;
    /** arrivalTime − emptyStairTime (s): what the crowd cost them. */
    delay?: number | null;
  }[];
  trappedBySpace: { space: string; path: string; count: number }[];
  /** Fire lifts used for mobility-impaired occupants (option useFireLifts; absent when off). */
  lifts?: {
    id: string;
    trips: number;
    /** Persons carried down. */
    carried: number;
    /** When the last car load reached the lowest stop (s); null if no trip. */
    lastArrival: number | null;
    /** Still waiting at its stops when the run ended. */
    waiting: number;
  }[];
  /** Positions at the recording rate (option record; absent otherwise). */
  trajectories?: TrajectoryStream;
  /** Per-storey density maps with Fruin LoS (option record; absent otherwise). */
  densityMaps?: DensityMap[];
  agents: {
    id: string;
    profile: string;
    start: string;
    premovement: number;
    exit: string | null;
    exitTime: number | null;
    stairTime: number;
    status: 'safe' | 'trapped' | 'inside' | 'incapacitated';
    /** With smoke: the fractional effective dose at the end (or when overcome), and when it
     * reached 1 (s; null: never). */
    fed?: number;
    incapacitatedAt?: number | null;
  }[];
}

const round = (v: number, digits = 2): number => {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
};

function firefighterResults(sim: Sim): EvacuationResult['firefighters'] {
  const ff = sim.ff;
  if (!ff) return [];
  return ff.groups.map((g, gi) => {
    let last = -Infinity;
    let all = true;
    for (let k = 0; k < ff.n; k++) {
      if (ff.group[k] !== gi) continue;
      if (ff.state[k] !== FF_ARRIVED) all = false;
      else if (ff.arrival[k]! > last) last = ff.arrival[k]!;
    }
    const arrivalTime = all && last > -Infinity ? round(last) : null;
    const empty = g.stair >= 0 ? round(g.emptyArrival) : null;
    return {
      group: gi,
      arrivalTime,
      enter: g.spec.enter,
      to: g.spec.to,
      count: g.spec.count,
      start: g.spec.start,
      stair: g.stair >= 0 ? sim.stairs[g.stair]!.id : null,
      emptyStairTime: empty,
      delay: arrivalTime !== null && empty !== null ? round(arrivalTime - empty) : null,
    };
  });
}

/**
 * Per final exit (a door to outside): persons, first and last passage and the mean flow between them.
 * Both modes report exits this way from their per-door counters.
 */
export function exitRecords(
  L: BuildingLayout,
  count: ArrayLike<number>,
  first: ArrayLike<number>,
  last: ArrayLike<number>,
): EvacuationResult['exits'] {
  return L.doors.flatMap((d, k) => {
    if (d.spaceB !== OUTSIDE_SPACE) return [];
    const n = count[k]!;
    const t0 = first[k]!;
    const t1 = last[k]!;
    return [
      {
        id: d.id,
        storey: L.storeys[d.storey]!.id,
        count: n,
        firstTime: n > 0 ? round(t0) : null,
        lastTime: n > 0 ? round(t1) : null,
        flow: n > 1 && t1 > t0 ? round((n - 1) / (t1 - t0), 3) : null,
      },
    ];
  });
}

/** Persons overcome by smoke counted by place (both modes), most first, then by id. */
export function incapacitatedBy(
  overcome: ReadonlyMap<number, { id: string; kind: 'stair' | 'space' }>,
): NonNullable<EvacuationResult['incapacitatedBy']> {
  const byPlace = new Map<string, { place: string; kind: 'stair' | 'space'; count: number }>();
  for (const w of overcome.values()) {
    const key = `${w.kind}:${w.id}`;
    const e = byPlace.get(key);
    if (e) e.count++;
    else byPlace.set(key, { place: w.id, kind: w.kind, count: 1 });
  }
  return [...byPlace.values()].sort((p, q) => q.count - p.count || (p.place < q.place ? -1 : 1));
}

/** `jams`: the run's stair-jam recorder (run-evacuation.ts); without it the jam fields are null. */
export function collectResult(sim: Sim, seed: number, jams?: StairJamRecorder): EvacuationResult {
  const a = sim.a;
  const L = sim.layout;
  let last = -Infinity;
  for (let i = 0; i < a.n; i++) if (a.state[i] === SAFE && a.exitTime[i]! > last) last = a.exitTime[i]!;
  const remaining = a.n - sim.safe - sim.trapped - sim.incapacitated;
  const startCount = new Int32Array(L.storeys.length);
  const trappedBy = new Map<number, number>();
  for (let i = 0; i < a.n; i++) {
    startCount[L.spaces[a.startSpace[i]!]!.storey]!++;
    if (a.state[i] === TRAPPED) trappedBy.set(a.startSpace[i]!, (trappedBy.get(a.startSpace[i]!) ?? 0) + 1);
  }
  const storeyIds = L.storeys.map((st) => st.id);
  const curve = sim.curve.slice();
  if (curve[curve.length - 1]![0] !== round(sim.t)) curve.push([round(sim.t), sim.safe]);
  return {
    status: remaining > 0 ? 'timeout' : 'complete',
    mode: 'agent',
    seed,
    dt: sim.opts.dt,
    limiter: sim.opts.limiter,
    evacuationTime: last > -Infinity ? round(last) : null,
    endTime: round(sim.t),
    occupants: a.n,
    evacuated: sim.safe,
    trapped: sim.trapped,
    incapacitated: sim.incapacitated,
    ...(sim.smoke ? { incapacitatedBy: incapacitatedBy(sim.smoke.overcome) } : {}),
    remaining,
    exits: exitRecords(L, sim.doorCount, sim.doorFirst, sim.doorLast),
    storeys: L.storeys.map((st, k) => ({
      id: st.id,
      occupants: startCount[k]!,
      clearTime:
        startCount[k]! > 0 && Number.isFinite(sim.storeyClear[k]!) ? round(sim.storeyClear[k]!) : null,
    })),
    stairs: sim.stairs.map((st, s) => {
      const j = sim.stairMaxQueueLanding[s]!;
      return {
        id: st.id,
        maxDensity: round(sim.stairMaxDensity[s]!, 3),
        maxQueue: sim.stairMaxQueue[s]!,
        maxQueueStorey: j >= 0 && sim.stairMaxQueue[s]! > 0 ? L.storeys[st.landings[j]!.storey]!.id : null,
        timeAtFruinEF: round(sim.stairTimeEF[s]!),
        ...(jams ? stairJamFields(jams, s, st, storeyIds) : { jamStart: null, jamStorey: null }),
      };
    }),
    curve,
    firefighters: firefighterResults(sim),
    ...(sim.lifts
      ? {
          lifts: sim.lifts.lifts.map((l) => {
            let waiting = 0;
            for (let k = 0; k < l.qLen.length; k++) waiting += l.qLen[k]!;
            return {
              id: l.id,
              trips: l.trips,
              carried: l.carried,
              lastArrival: Number.isFinite(l.lastArrival) ? round(l.lastArrival, 3) : null,
              waiting,
            };
          }),
        }
      : {}),
    trappedBySpace: [...trappedBy].map(([sp, count]) => ({
      space: L.spaces[sp]!.id,
      path: L.spaces[sp]!.path,
      count,
    })),
    agents: Array.from({ length: a.n }, (_, i) => {
      const where = a.exitWhere[i]!;
      const state = a.state[i];
      let exit: string | null = null;
      if (state === SAFE)
        exit =
          where >= 0
            ? L.doors[where]!.id
            : where <= -2
              ? (sim.goals.goals[-where - 2]?.id ?? L.spaces[a.startSpace[i]!]!.id)
              : null;
      return {
        id: `${L.spaces[a.startSpace[i]!]!.id}#${sim.pop.ordinal[i]!}`,
        profile: sim.pop.profiles[a.profile[i]!]!.id,
        start: L.spaces[a.startSpace[i]!]!.id,
        premovement: round(a.premovement[i]!),
        exit,
        exitTime: state === SAFE ? round(a.exitTime[i]!) : null,
        stairTime: round(a.stairTime[i]!),
        status:
          state === SAFE
            ? 'safe'
            : state === TRAPPED
              ? 'trapped'
              : state === INCAPACITATED
                ? 'incapacitated'
                : 'inside',
        ...(sim.smoke
          ? {
              fed: round(a.fed[i]!, 4),
              incapacitatedAt: state === INCAPACITATED ? round(a.incapacitatedAt[i]!) : null,
            }
          : {}),
      };
    }),
  };
}
