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
  // The stair a trainer should hear about: the first to jam in run 1 (record/stair-jams.ts), else the
  // longest queue.
  const onset = (x: RunDigest['stairs'][number]): number => x.jamStart ?? Infinity;
  const worst = [...base.stairs].sort(
    (a, b) => onset(a) - onset(b) || b.maxQueue - a.maxQueue || b.maxDensity - a.maxDensity,
  )[0];
  // Groups sent to the fire storey (a group without `to` is counted: older engine results lack it).
  // A scenario without firefighters has an empty list; the plan then says there are none.
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
      ...(r.incapacitated ? { incapacitated: r.incapacitated } : {}),
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
      worst && (worst.maxQueue > 0 || typeof worst.jamStart === 'number')
        ? {
            id: worst.id,
            maxQueue: worst.maxQueue,
            storey: worst.maxQueueStorey,
            maxDensity: worst.maxDensity,
            timeAtFruinEF: worst.timeAtFruinEF,
            ...(worst.jamStart !== undefined
              ? { jamStart: worst.jamStart, jamStorey: worst.jamStorey ?? null }
              : {}),
          }
        : null,
    stairJams: stairJams(runs),
    firefighterArrival: fireStorey !== null && first ? first.arrivalTime : null,
    firefightersModelled: base.firefighters.length > 0,
    fireStorey,
    firefighterDelay: first && typeof first.delay === 'number' ? first.delay : null,
    base,
    imo: { minimumRuns: 50, met: runs.length >= 50 },
  };
}

/**
 * Per stair that jams in any run: in how many runs, the median onset over those runs (s) and the
 * storey it jammed at most often (ties: the lower storey in the stair's order of run 1). Most runs
 * first, then the earliest median.
 */
export function stairJams(runs: readonly RunDigest[]): PeopleSummary['stairJams'] {
  const by = new Map<string, { starts: number[]; storeys: Map<string, number> }>();
  for (const r of runs)
    for (const st of r.stairs) {
      if (typeof st.jamStart !== 'number') continue;
      let e = by.get(st.id);
      if (!e) by.set(st.id, (e = { starts: [], storeys: new Map() }));
      e.starts.push(st.jamStart);
      if (st.jamStorey) e.storeys.set(st.jamStorey, (e.storeys.get(st.jamStorey) ?? 0) + 1);
    }
  return [...by]
    .map(([id, e]) => {
      let storey: string | null = null;
      let most = 0;
      for (const [k, n] of e.storeys)
        if (n > most) {
          most = n;
          storey = k;
        }
      return {
        id,
        runs: e.starts.length,
        medianStart: percentile(
          [...e.starts].sort((a, b) => a - b),
          0.5,
        ),
        storey,
      };
    })
    .sort((a, b) => b.runs - a.runs || a.medianStart - b.medianStart);
}
