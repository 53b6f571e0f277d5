/** Run digests of a Monte Carlo batch (run order) → the people summary of a drill. */
import type { RunDigest } from './run-digest.ts';
import type { PeopleSummary } from './summary-types.ts';
import { distribution, percentile } from './stats.ts';

export function summarisePeople(
  runs: readonly RunDigest[],
  baseSeed: number,
  fireStorey: string | null,
  smoke: { stairs: string[]; perRun: readonly (string | null)[] } | null = null,
): PeopleSummary {
  const base = runs[0];
  if (!base) throw new Error('no evacuation runs');
  const complete = runs.filter((r) => r.status === 'complete' && r.rset !== null).map((r) => r.rset!);
  const worst = [...base.stairs].sort((a, b) => b.maxQueue - a.maxQueue || b.maxDensity - a.maxDensity)[0];
  // Groups sent to the fire storey (a group without `to` is counted: older engine results lack it).
  // Until the engine simulates firefighters the list is empty and the plan says "not modelled yet".
  const groups = base.firefighters
    .filter((f) => f.to === undefined || f.to === fireStorey)
    .filter((f) => f.arrivalTime !== null)
    .sort((a, b) => a.arrivalTime! - b.arrivalTime!);
  const first = groups[0];
  return {
    occupants: base.occupants,
    runs: runs.length,
    baseSeed,
    seeds: runs.map((r) => r.seed),
    rset: base.rset,
    distribution: runs.length > 1 && complete.length > 0 ? distribution(complete) : null,
    timeouts: runs.filter((r) => r.status === 'timeout').length,
    variant: smoke ? { kind: 'smoke-stair', stairs: smoke.stairs } : null,
    perRun: runs.map((r, i) => ({
      seed: r.seed,
      ...(smoke ? { smokeStair: smoke.perRun[i] ?? null } : {}),
      rset: r.rset,
      status: r.status,
      trapped: r.trapped,
      remaining: r.remaining,
    })),
    storeyClear: base.storeys.map((s, k) => {
      const times = runs
        .map((r) => r.storeys[k]?.clearTime)
        .filter((t): t is number => typeof t === 'number');
      return {
        id: s.id,
        occupants: s.occupants,
        clearTime: s.clearTime,
        p95:
          runs.length > 1 && times.length > 0
            ? percentile(
                [...times].sort((a, b) => a - b),
                0.95,
              )
            : null,
      };
    }),
    worstStair:
      worst && worst.maxQueue > 0
        ? {
            id: worst.id,
            maxQueue: worst.maxQueue,
            storey: worst.maxQueueStorey,
            maxDensity: worst.maxDensity,
            timeAtFruinEF: worst.timeAtFruinEF,
          }
        : null,
    firefighterArrival: fireStorey !== null && first ? first.arrivalTime : null,
    firefightersModelled: base.firefighters.length > 0,
    fireStorey,
    firefighterDelay: first && typeof first.delay === 'number' ? first.delay : null,
    base,
    imo: { minimumRuns: 50, met: runs.length >= 50 },
  };
}
