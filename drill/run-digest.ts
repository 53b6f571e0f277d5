/**
 * What one evacuation run contributes to a drill: the figures the verdicts, charts, plan and debrief
 * use, without the per-agent list (a 50-run batch would otherwise carry 50 × N agent records across
 * the worker boundary). Pure: the worker and the in-process path call the same function.
 */
import type { EvacuationResult } from '../sim-core/evacuation/index.ts';
import { percentile } from './stats.ts';

export interface RunDigest {
  seed: number;
  status: EvacuationResult['status'];
  /** RSET (s): the last person safe; null if nobody got out. */
  rset: number | null;
  endTime: number;
  occupants: number;
  evacuated: number;
  trapped: number;
  /** Overcome by scenario smoke, and where (by stair or space); optional: older digests lack them. */
  incapacitated?: number;
  incapacitatedBy?: NonNullable<EvacuationResult['incapacitatedBy']>;
  remaining: number;
  curve: [number, number][];
  storeys: EvacuationResult['storeys'];
  /** Per stair, as the engine gives it: density, queue, time at Fruin E–F and the jam onset
   * (`jamStart` s / `jamStorey`, null when it never jams; summarise-people.ts aggregates them). */
  stairs: EvacuationResult['stairs'];
  exits: { id: string; storey: string; count: number; lastTime: number | null }[];
  /** Drawn pre-movement times (s) over every occupant: median, 95th percentile, longest. */
  premovement: { p50: number; p95: number; max: number } | null;
  firefighters: EvacuationResult['firefighters'];
  trappedBySpace: EvacuationResult['trappedBySpace'];
}

export function digestRun(r: EvacuationResult): RunDigest {
  const pre = r.agents.map((a) => a.premovement).sort((a, b) => a - b);
  return {
    seed: r.seed,
    status: r.status,
    rset: r.evacuationTime,
    endTime: r.endTime,
    occupants: r.occupants,
    evacuated: r.evacuated,
    trapped: r.trapped,
    ...(r.incapacitated ? { incapacitated: r.incapacitated, incapacitatedBy: r.incapacitatedBy ?? [] } : {}),
    remaining: r.remaining,
    curve: r.curve,
    storeys: r.storeys,
    stairs: r.stairs,
    exits: r.exits.map((e) => ({ id: e.id, storey: e.storey, count: e.count, lastTime: e.lastTime })),
    premovement:
      pre.length === 0
        ? null
        : { p50: percentile(pre, 0.5), p95: percentile(pre, 0.95), max: pre[pre.length - 1]! },
    firefighters: r.firefighters,
    trappedBySpace: r.trappedBySpace,
  };
}
