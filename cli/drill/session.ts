/**
 * What drill, compare and debrief share: read and validate the building, pick scenarios, parse the
 * numeric options, and run each scenario through the engines with one worker pool.
 */
import { readFileSync } from 'node:fs';
import type { Building } from '../../models/schema/building.ts';
import type { Scenario } from '../../models/schema/scenario.ts';
import { ScenarioError } from '../../models/scenario/apply-scenario.ts';
import { loadRapier } from '../../sim-core/access/rapier.ts';
import type { DrillScenarioResult } from '../../drill/summary-types.ts';
import { EXIT, type CliIo } from '../io.ts';
import { createEvacRunner } from './evac-pool.ts';
import { runDrillScenario } from '../../drill/run-scenario.ts';

export class DrillUsageError extends Error {
  readonly text: { en: string; 'zh-CN': string };
  readonly code: number;
  constructor(en: string, zh: string, code: number = EXIT.usage) {
    super(en);
    this.text = { en, 'zh-CN': zh };
    this.code = code;
  }
}

/** A non-negative integer option (`--seed`), or a positive one (`--runs`, `--threads`). */
export function intOption(name: string, v: string | undefined, min: number, max: number): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max)
    throw new DrillUsageError(
      `${name} must be an integer from ${min} to ${max}, not "${v}"`,
      `${name} 必须是 ${min} 到 ${max} 之间的整数，而不是“${v}”`,
    );
  return Number(v);
}

export { loadBuilding } from '../load-file.ts';

/**
 * Scenario ids → scenarios. `all` is every scenario; no ids: the file's first scenario, or the
 * building as it is (undefined) when it has none.
 */
export function pickScenarios(
  b: Building,
  file: string,
  ids: readonly string[] | undefined,
): (Scenario | undefined)[] {
  const list = b.scenarios ?? [];
  if (ids === undefined || ids.length === 0) return [list[0]];
  if (ids.length === 1 && ids[0] === 'all') {
    if (list.length === 0) return [undefined];
    return [...list];
  }
  return ids.map((id) => {
    const s = list.find((x) => x.id === id);
    if (!s) {
      const known = list.map((x) => x.id).join(', ') || '-';
      throw new DrillUsageError(
        `there is no scenario "${id}" in ${file} (scenarios: ${known})`,
        `${file} 中没有场景“${id}”（场景：${known}）`,
      );
    }
    return s;
  });
}

export interface RunManyOptions {
  runs: number;
  seed?: number;
  threads?: number;
  varyStair?: boolean;
}

/** Every scenario in turn (each one's Monte Carlo batch uses the whole pool). */
export async function runScenarios(
  b: Building,
  scenarios: readonly (Scenario | undefined)[],
  opts: RunManyOptions,
): Promise<DrillScenarioResult[]> {
  const runner = createEvacRunner(opts.threads);
  try {
    const rapier = await loadRapier();
    const out: DrillScenarioResult[] = [];
    for (const s of scenarios)
      out.push(
        await runDrillScenario(
          b,
          s,
          {
            runs: opts.runs,
            ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
            ...(opts.varyStair ? { varyStair: true } : {}),
          },
          runner,
          rapier,
        ),
      );
    return out;
  } finally {
    await runner.close();
  }
}

/** A scenario that cannot be applied is the file's fault: exit 1 with the change's path. */
export function scenarioErrorText(e: ScenarioError): { en: string; 'zh-CN': string } {
  return { en: `/scenarios: ${e.path}: ${e.en}`, 'zh-CN': `/scenarios：${e.path}：${e.zh}` };
}

/** Lifeline's version, from package.json (the report and JSON name it). */
export function lifelineVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version?: string;
  };
  return pkg.version ?? 'unknown';
}

/**
 * The exit code for an error thrown by a drill command, after saying it in the user's language:
 * usage errors and bad scenarios are reported; anything else is a bug and is rethrown.
 */
export function reportDrillError(e: unknown, command: string, lang: 'en' | 'zh-CN', io: CliIo): number {
  if (e instanceof DrillUsageError) {
    io.err(`lifeline ${command}: ${e.text[lang]}`);
    return e.code;
  }
  if (e instanceof ScenarioError) {
    io.err(scenarioErrorText(e)[lang]);
    return EXIT.invalid;
  }
  throw e;
}
