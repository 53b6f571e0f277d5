/**
 * The hydraulic run's outputs in the agent mode's result shape (run/result.ts, issue 3 "Outputs"),
 * with mode "sfpe", dt the flow step and limiter always true (the caps are the method).
 */
import { exitRecords, incapacitatedBy, type EvacuationResult } from '../run/result.ts';
import { HYDRAULIC_DT } from './constants.ts';
import { INCAPACITATED, SAFE, TRAPPED, type HydraulicState } from './state.ts';
import { stairJamFields } from '../record/stair-jams.ts';
import { hydraulicFirefighterResults } from './firefighters.ts';
import { liftResults } from './lifts.ts';

/** The hydraulic mode reports exactly what the agent mode reports, with `mode: "sfpe"`. */
export type HydraulicResult = EvacuationResult;

const round = (v: number, digits = 2): number => {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
};

export function collectHydraulicResult(s: HydraulicState): HydraulicResult {
  const net = s.net;
  const L = net.layout;
  const a = s.pop.agents;
  let last = -Infinity;
  const storeyClear = new Float64Array(L.storeys.length).fill(NaN);
  const startCount = new Int32Array(L.storeys.length);
  const trappedBy = new Map<number, number>();
  for (let i = 0; i < a.n; i++) {
    const st = L.spaces[a.startSpace[i]!]!.storey;
    startCount[st]!++;
    if (s.status[i] === SAFE && s.exitTime[i]! > last) last = s.exitTime[i]!;
    if (s.status[i] === TRAPPED) trappedBy.set(a.startSpace[i]!, (trappedBy.get(a.startSpace[i]!) ?? 0) + 1);
    const left = s.leftTime[i]!;
    if (!Number.isNaN(left) && !(storeyClear[st]! >= left)) storeyClear[st] = left;
  }
  const remaining = a.n - s.safe - s.trapped - s.incapacitated;
  const storeyIds = L.storeys.map((st) => st.id);
  return {
    status: remaining > 0 ? 'timeout' : 'complete',
    mode: 'sfpe',
    seed: s.seed,
    dt: HYDRAULIC_DT,
    limiter: true,
    evacuationTime: last > -Infinity ? round(last) : null,
    endTime: round(s.t),
    occupants: a.n,
    evacuated: s.safe,
    trapped: s.trapped,
    incapacitated: s.incapacitated,
    ...(s.smoke ? { incapacitatedBy: incapacitatedBy(s.smoke.overcome) } : {}),
    remaining,
    exits: exitRecords(L, s.exitCount, s.exitFirst, s.exitLast),
    storeys: L.storeys.map((st, k) => ({
      id: st.id,
      occupants: startCount[k]!,
      // Like the agent mode: when the last person who started there left it, if everyone did.
      clearTime: startCount[k]! > 0 && Number.isFinite(storeyClear[k]!) ? round(storeyClear[k]!) : null,
    })),
    stairs: net.stairs.map((st, k) => {
      const j = s.stairMaxQueueLanding[k]!;
      return {
        id: st.id,
        maxDensity: round(s.stairMaxDensity[k]!, 3),
        maxQueue: s.stairMaxQueue[k]!,
        maxQueueStorey: j >= 0 && s.stairMaxQueue[k]! > 0 ? L.storeys[st.landings[j]!.storey]!.id : null,
        timeAtFruinEF: round(s.stairTimeEF[k]!),
        ...stairJamFields(s.jams, k, st, storeyIds),
      };
    }),
    curve: s.curve.slice(),
    firefighters: hydraulicFirefighterResults(net, s.ff),
    ...(s.lifts ? { lifts: liftResults(s.lifts) } : {}),
    trappedBySpace: [...trappedBy].map(([sp, count]) => ({
      space: L.spaces[sp]!.id,
      path: L.spaces[sp]!.path,
      count,
    })),
    agents: Array.from({ length: a.n }, (_, i) => ({
      id: `${L.spaces[a.startSpace[i]!]!.id}#${s.pop.ordinal[i]!}`,
      profile: s.pop.profiles[a.profile[i]!]!.id,
      start: L.spaces[a.startSpace[i]!]!.id,
      premovement: round(a.premovement[i]!),
      exit: s.status[i] === SAFE ? s.exit[i]! : null,
      exitTime: s.status[i] === SAFE ? round(s.exitTime[i]!) : null,
      stairTime: round(s.stairTime[i]!),
      status:
        s.status[i] === SAFE
          ? 'safe'
          : s.status[i] === TRAPPED
            ? 'trapped'
            : s.status[i] === INCAPACITATED
              ? 'incapacitated'
              : 'inside',
      ...(s.smoke
        ? {
            fed: round(s.fed[i]!, 4),
            incapacitatedAt: s.status[i] === INCAPACITATED ? round(s.incapacitatedAt[i]!) : null,
          }
        : {}),
    })),
  };
}
