/**
 * `lifeline drill FILE [--scenario ID|all] [--runs N] [--seed N] [--threads N] [--report out.html]
 * [--pdf out.pdf] [--plan out.csv] [--json]`: one scenario (default: the file's first) through the
 * evacuation, water and access engines, and one verdict line per failure mode (people, water,
 * trucks) in the chosen language. `--runs` makes the evacuation a Monte Carlo batch on a worker pool.
 * Exit 0 when the engines ran (whatever they found), 1 for an invalid file or scenario, 2 for an
 * unreadable file or a usage error. See docs/drill.md.
 */
import type { RegisterCommand } from '../command-context.ts';
import type { Locale } from '../../models/validation/issue.ts';
import { summarize } from '../../models/metrics/summary.ts';
import { buildingOutline } from '../../sim-core/access/building-outline.ts';
import { EPANET_VERSION } from '../../sim-core/water/index.ts';
import { writeFileAtomic } from '../../node/atomic-write.ts';
import type { Building } from '../../models/schema/building.ts';
import type { DrillScenarioResult } from '../../drill/summary-types.ts';
import { drillPlan, planCsv } from '../../drill/plan.ts';
import { renderReport } from '../../drill/report/report-html.ts';
import { minSec } from '../../drill/format.ts';
import { EXIT, type CliIo } from '../io.ts';
import {
  intOption,
  lifelineVersion,
  loadBuilding,
  pickScenarios,
  runScenarios,
  reportDrillError,
} from '../drill/session.ts';
import { printPdf } from '../drill/print-pdf.ts';

export interface DrillOptions {
  scenario?: string;
  runs?: string;
  seed?: string;
  threads?: string;
  varyStair?: boolean;
  report?: string;
  pdf?: string;
  plan?: string;
  json?: boolean;
}

/** 20305 → "2.3.5" (EPANET's version number is major·10000 + minor·100 + patch). */
const epanetVersion = (): string =>
  `OWA-EPANET ${Math.floor(EPANET_VERSION / 10000)}.${Math.floor((EPANET_VERSION % 10000) / 100)}.${EPANET_VERSION % 100}, epanet-js 0.9.0`;

/** The ground storey's outer walls as segments, for the report's site map. */
export function groundOutline(b: Building): [number, number][][] {
  const pieces = buildingOutline(b).storeys[0] ?? [];
  return pieces.map((p) => [
    [p.a[0], p.a[1]],
    [p.b[0], p.b[1]],
  ]);
}

export function drillJson(r: DrillScenarioResult): object {
  return {
    scenario: r.scenario,
    scenarioName: r.scenarioName,
    people: r.people,
    water: r.water,
    access: r.access,
    verdicts: r.verdicts,
  };
}

function printText(results: readonly DrillScenarioResult[], lang: Locale, io: CliIo): void {
  const zh = lang === 'zh-CN';
  for (const r of results) {
    io.out(`${zh ? '场景' : 'Scenario'} ${r.scenario}${r.scenarioName ? ` — ${r.scenarioName}` : ''}`);
    for (const v of r.verdicts) io.out(`  ${v.ok ? '✓' : '✗'} ${v.text[lang]}`);
    const d = r.people.distribution;
    if (d) {
      io.out(
        zh
          ? `  疏散时间分布（${d.n} 次完成）：平均 ${minSec(d.mean)}，p50 ${minSec(d.p50)}，p95 ${minSec(d.p95)}，最大 ${minSec(d.max)}`
          : `  RSET over ${d.n} completed runs: mean ${minSec(d.mean)}, p50 ${minSec(d.p50)}, p95 ${minSec(d.p95)}, max ${minSec(d.max)}`,
      );
      const most = Math.max(...d.histogram.map((b) => b.count));
      for (const b of d.histogram)
        io.out(
          `    ${minSec(b.from)}–${minSec(b.to)} ${'█'.repeat(Math.round((b.count / most) * 30))} ${b.count}`,
        );
    }
    if (!r.people.imo.met)
      io.out(
        zh
          ? `  注：IMO MSC.1/Circ.1533 做法为 ≥ 50 次模拟（≥ 10 组人员 × 5 次重复）取第 95 百分位；本次 ${r.people.runs} 次。`
          : `  note: IMO MSC.1/Circ.1533 practice is ≥ 50 runs (≥ 10 populations × 5 repetitions) and the 95th percentile; this is ${r.people.runs}.`,
      );
  }
}

export async function drillCommand(
  file: string,
  opts: DrillOptions,
  lang: Locale,
  io: CliIo,
): Promise<number> {
  try {
    const runs = intOption('--runs', opts.runs, 1, 10000) ?? 1;
    const seed = intOption('--seed', opts.seed, 0, 2 ** 32 - 1);
    const threads = intOption('--threads', opts.threads, 1, 256);
    const b = await loadBuilding(file, lang, io);
    if (typeof b === 'number') return b;
    const ids = opts.scenario === undefined ? undefined : [opts.scenario];
    const scenarios = pickScenarios(b, file, ids);
    const results = await runScenarios(b, scenarios, {
      runs,
      ...(seed !== undefined ? { seed } : {}),
      ...(threads !== undefined ? { threads } : {}),
      ...(opts.varyStair ? { varyStair: true } : {}),
    });
    const plans = results.map(drillPlan);
    if (opts.plan !== undefined) await writeFileAtomic(opts.plan, planCsv(plans.flat()));
    if (opts.report !== undefined || opts.pdf !== undefined) {
      const html = renderReport({
        building: b,
        summary: summarize(b),
        file,
        results,
        plans,
        groundOutline: groundOutline(b),
        versions: {
          lifeline: lifelineVersion(),
          epanet: epanetVersion(),
          runtime: `Node ${process.version}`,
        },
        generated: new Date().toISOString(),
      });
      if (opts.report !== undefined) await writeFileAtomic(opts.report, html);
      if (opts.pdf !== undefined) {
        const r = await printPdf(html, opts.pdf);
        if (!r.ok) io.err(`lifeline drill: ${r.reason[lang]}`);
      }
    }
    if (opts.json) {
      const docs = results.map(drillJson);
      io.out(JSON.stringify(opts.scenario === 'all' ? { scenarios: docs } : docs[0], null, 2));
    } else printText(results, lang, io);
    return EXIT.ok;
  } catch (e) {
    return reportDrillError(e, 'drill', lang, io);
  }
}

export const registerDrill: RegisterCommand = (program, ctx) => {
  program
    .command('drill')
    .description('one scenario through all three engines: a verdict each for people, water and trucks')
    .argument('<file>', 'building JSON file')
    .option('--scenario <id|all>', "scenario id, or all (default: the file's first scenario)")
    .option('--runs <n>', 'evacuation Monte Carlo runs (default 1; IMO practice ≥ 50)')
    .option('--seed <n>', 'base seed of the runs (default: the scenario seed, else 1)')
    .option('--vary-stair', 'Monte Carlo variant: each run smoke-logs one stair, drawn from its seed')
    .option('--threads <n>', 'worker threads for the runs (default: every core)')
    .option('--report <file.html>', 'write the bilingual HTML report')
    .option('--pdf <file.pdf>', 'also print the report to PDF (needs /usr/bin/chromium)')
    .option('--plan <file.csv>', 'write the drill plan (timeline) as CSV')
    .option('--json', 'print one JSON document (SI units)')
    .action(async (file: string, o: DrillOptions) => {
      ctx.setExitCode(await drillCommand(file, o, ctx.lang(), ctx.io));
    });
};
