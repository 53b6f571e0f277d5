/**
 * The Trucks answer of the window: the access engine (sim-core/access/worker.ts) in its own worker,
 * run as the CLI's drill runs it (drill/run-scenario.ts): the scenario applied, its vehicles planned
 * for; when a vehicle gets in from no entrance, a second run with the blocking obstacles towed. Then
 * the drill's summary and one-line verdict (drill/summarise-access.ts, drill/verdicts.ts).
 */
import type { Building, Scenario } from '../../../models/index.ts';
import { applyScenario } from '../../../models/scenario/apply-scenario.ts';
import {
  highestReachable,
  summariseAccess,
  towList,
  vehicleSummaries,
} from '../../../drill/summarise-access.ts';
import type { AccessSummary, Verdict } from '../../../drill/summary-types.ts';
import { trucksVerdict } from '../../../drill/verdicts.ts';
import type { AccessReport } from '../../../sim-core/access/analyse-access.ts';
import type { AccessWorkerApi } from '../../../sim-core/access/worker-api.ts';
import { type JobHandle, type JobProgress, startWorkerJob } from '../verdicts/engine-job.ts';

export interface AccessInput {
  building: Building;
  scenario: Scenario | undefined;
}

export interface AccessOutcome {
  /** The building as the engine saw it (scenario applied). */
  building: Building;
  report: AccessReport;
  /** The second run, with `summary.towing.removed` towed; null when every vehicle got in. */
  towedReport: AccessReport | null;
  summary: AccessSummary;
  verdict: Verdict;
}

/** Both reports → the drill's summary and verdict (pure; the drill does the same). */
export function accessOutcome(b: Building, report: AccessReport, towed: AccessReport | null): AccessOutcome {
  const tow = towList(vehicleSummaries(report));
  let towing: AccessSummary['towing'] = null;
  if (tow && towed) {
    const cleared = applyScenario(b, { id: 'tow', changes: tow.map((id) => ({ remove: id })) });
    towing = {
      removed: tow,
      vehicles: vehicleSummaries(towed).map((v) => ({ id: v.id, arrivalTime: v.best?.arrivalTime ?? null })),
      highestReachableStorey: highestReachable(cleared, towed),
    };
  }
  const summary = summariseAccess(b, report, towing);
  const order = b.storeys.map((s) => s.id);
  return {
    building: b,
    report,
    towedReport: towing ? towed : null,
    summary,
    verdict: trucksVerdict(summary, order),
  };
}

export function startAccessJob(
  input: AccessInput,
  onProgress: (p: JobProgress) => void,
): JobHandle<AccessOutcome> {
  const { scenario } = input;
  const b = scenario ? applyScenario(input.building, scenario) : input.building;
  const worker = new Worker(new URL('../../../sim-core/access/worker.ts', import.meta.url), {
    type: 'module',
    name: 'access',
  });
  const options = scenario?.vehicles ? { vehicles: scenario.vehicles } : {};
  return startWorkerJob<AccessWorkerApi, AccessOutcome>(
    worker,
    async (api, step) => {
      step({ done: 0, total: 1 });
      const report = await api.run(b, options);
      const tow = towList(vehicleSummaries(report));
      let towed: AccessReport | null = null;
      if (tow) {
        // A second planning run with the blocking obstacles gone: what towing would buy.
        step({ done: 1, total: 2 });
        const cleared = applyScenario(b, { id: 'tow', changes: tow.map((id) => ({ remove: id })) });
        towed = await api.run(cleared, options);
      }
      step({ done: 1, total: 1 });
      return accessOutcome(b, report, towed);
    },
    onProgress,
  );
}
