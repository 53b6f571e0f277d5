/**
 * The data of the People tab's charts beside the evacuation curve, pure: per-storey clear times in
 * storey order (bottom to top), and the people through each exit over time (cumulative). Built from
 * the result alone, so the charts show exactly what the engine reported.
 */
import type { Building } from '../../../models/index.ts';
import type { EvacuationResult } from '../../../sim-core/evacuation/run/result.ts';

export interface StoreyClearData {
  /** Storey names (or ids), bottom to top. */
  labels: string[];
  /** Clear time (s) per storey; null where nobody started there or it never cleared. */
  clear: (number | null)[];
  /** People who started on each storey. */
  occupants: number[];
}

export function storeyClearData(building: Building, result: EvacuationResult): StoreyClearData {
  const byId = new Map(building.storeys.map((s) => [s.id, s]));
  const rows = result.storeys
    .map((s, i) => ({ s, i, z: byId.get(s.id)?.elevation ?? i }))
    .sort((a, b) => a.z - b.z || a.i - b.i);
  return {
    labels: rows.map((r) => byId.get(r.s.id)?.name ?? r.s.id),
    clear: rows.map((r) => r.s.clearTime),
    occupants: rows.map((r) => r.s.occupants),
  };
}

export interface ExitFlowData {
  /** Sample times (s) from 0 to the run's end. */
  times: number[];
  /** Per exit: its id and the people through it by each sample time (cumulative). */
  exits: { id: string; total: number; cumulative: number[] }[];
}

/** Most series a chart can tell apart; the smaller exits are summed into one "other" series. */
export const MAX_EXIT_SERIES = 6;
export const OTHER_EXITS = '…';

/**
 * People safe through each exit (a door to outside, or a refuge) over time, from the agents' exit
 * and exit time, sampled at `samples` points. Exits are ordered by people, largest first; beyond
 * MAX_EXIT_SERIES the rest share one series with id OTHER_EXITS.
 */
export function exitFlowData(result: EvacuationResult, samples = 200): ExitFlowData {
  const end = Math.max(result.endTime, result.evacuationTime ?? 0, 1);
  const n = Math.max(2, Math.floor(samples));
  const times = Array.from({ length: n }, (_, k) => (end * k) / (n - 1));
  const byExit = new Map<string, number[]>();
  for (const a of result.agents) {
    if (a.exit === null || a.exitTime === null) continue;
    const list = byExit.get(a.exit) ?? [];
    list.push(a.exitTime);
    byExit.set(a.exit, list);
  }
  let groups = [...byExit]
    .map(([id, list]) => ({ id, list }))
    .sort((a, b) => b.list.length - a.list.length || (a.id < b.id ? -1 : 1));
  if (groups.length > MAX_EXIT_SERIES) {
    const rest = groups.slice(MAX_EXIT_SERIES - 1).flatMap((g) => g.list);
    groups = [...groups.slice(0, MAX_EXIT_SERIES - 1), { id: OTHER_EXITS, list: rest }];
  }
  const exits = groups.map(({ id, list }) => {
    const sorted = Float64Array.from(list).sort();
    const cumulative: number[] = [];
    let j = 0;
    for (const t of times) {
      while (j < sorted.length && sorted[j]! <= t + 1e-9) j++;
      cumulative.push(j);
    }
    return { id, total: sorted.length, cumulative };
  });
  return { times, exits };
}
