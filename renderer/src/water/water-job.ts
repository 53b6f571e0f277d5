/**
 * The Water answer of the window: the water engine (sim-core/water/worker.ts) in its own worker,
 * run as the CLI's drill runs it (drill/run-scenario.ts): the scenario applied to the building, its
 * fire storey flowing, its vehicles offered for the fire engine, with the pressure-ladder sweep; then
 * the drill's summary and one-line verdict (drill/summarise-water.ts, drill/verdicts.ts).
 */
import type { Building, Scenario } from '../../../models/index.ts';
import { applyScenario } from '../../../models/scenario/apply-scenario.ts';
import type { Bilingual } from '../../../drill/format.ts';
import { summariseWater } from '../../../drill/summarise-water.ts';
import type { Verdict, WaterSummary } from '../../../drill/summary-types.ts';
import { waterVerdict } from '../../../drill/verdicts.ts';
import type { WaterAnalysis } from '../../../sim-core/water/analyse.ts';
import { resolveSupply } from '../../../sim-core/water/supply.ts';
import type { WaterWorkerApi } from '../../../sim-core/water/worker-api.ts';
import { type JobHandle, type JobProgress, startWorkerJob } from '../verdicts/engine-job.ts';

export interface WaterInput {
  building: Building;
  scenario: Scenario | undefined;
  /** The storey on fire: the scenario's unless the Water tab picked another; null = none (static). */
  fireStorey: string | null;
}

export interface WaterOutcome {
  /** The building as the engine saw it (scenario applied). */
  building: Building;
  fireStorey: string | null;
  /** null when the building cannot be analysed (`why` says why). */
  analysis: WaterAnalysis | null;
  summary: WaterSummary | null;
  why: Bilingual | null;
  verdict: Verdict;
}

/**
 * The engine's own refusals (sim-core/water/analyse.ts WaterInputError), checked here first: an error
 * thrown in a worker crosses comlink as a plain Error with its English message only.
 */
export function waterInputProblem(b: Building, fireStorey: string | null): Bilingual | null {
  if (!b.water || (b.water.hydrants ?? []).length === 0)
    return {
      en: 'the building has no water system with hydrants (/water/hydrants)',
      'zh-CN': '建筑没有含消火栓的消防给水系统（/water/hydrants）',
    };
  if (fireStorey !== null && !b.storeys.some((s) => s.id === fireStorey))
    return { en: `there is no storey "${fireStorey}"`, 'zh-CN': `不存在楼层“${fireStorey}”` };
  return null;
}

/** The analysis → the drill's summary and verdict (pure; the drill does the same after analyseWater). */
export function waterOutcome(
  b: Building,
  scenario: Scenario | undefined,
  fireStorey: string | null,
  analysis: WaterAnalysis | null,
  why: Bilingual | null,
): WaterOutcome {
  const order = b.storeys.map((s) => s.id);
  let summary: WaterSummary | null = null;
  if (analysis !== null) {
    // The sweep's engine state uses the default supply (first inlet); say which (as the drill does).
    const supply = resolveSupply(b, {}, scenario?.vehicles ?? []);
    summary = summariseWater(b, scenario, analysis, supply.ok ? supply.connection.inlet : null);
  }
  return { building: b, fireStorey, analysis, summary, why, verdict: waterVerdict(summary, order, why) };
}

export function startWaterJob(
  input: WaterInput,
  onProgress: (p: JobProgress) => void,
): JobHandle<WaterOutcome> {
  const { scenario, fireStorey } = input;
  const b = scenario ? applyScenario(input.building, scenario) : input.building;
  const why = waterInputProblem(b, fireStorey);
  if (why !== null) {
    const outcome = waterOutcome(b, scenario, fireStorey, null, why);
    return { result: Promise.resolve(outcome), cancel() {} };
  }
  const worker = new Worker(new URL('../../../sim-core/water/worker.ts', import.meta.url), {
    type: 'module',
    name: 'water',
  });
  return startWorkerJob<WaterWorkerApi, WaterOutcome>(
    worker,
    async (api, step) => {
      step({ done: 0, total: 1 });
      const vehicles = scenario?.vehicles;
      const analysis = await api.run(b, {
        ...(fireStorey !== null ? { fireStorey } : {}),
        ...(vehicles ? { vehicles } : {}),
        sweep: true,
      });
      step({ done: 1, total: 1 });
      return waterOutcome(b, scenario, fireStorey, analysis, null);
    },
    onProgress,
  );
}
