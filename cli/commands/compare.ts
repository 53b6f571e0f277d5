/**
 * `lifeline compare FILE --scenarios a,b,c [--runs N] [--seed N] [--threads N] [--json]`: the drill
 * for each scenario, and the key figures side by side with the change against the first (the
 * baseline). Exit codes as `lifeline drill`.
 */
import type { RegisterCommand } from '../command-context.ts';
import type { Locale } from '../../models/validation/issue.ts';
import { compareResults, formatDelta, formatValue, type Comparison } from '../../drill/compare.ts';
import { EXIT, type CliIo } from '../io.ts';
import {
  DrillUsageError,
  intOption,
  loadBuilding,
  pickScenarios,
  runScenarios,
  reportDrillError,
} from '../drill/session.ts';

export interface CompareOptions {
  scenarios?: string;
  runs?: string;
  seed?: string;
  threads?: string;
  varyStair?: boolean;
  json?: boolean;
}

function printTable(c: Comparison, lang: Locale, io: CliIo): void {
  const zh = lang === 'zh-CN';
  const rows = [
    [
      zh ? '指标' : 'figure',
      ...c.scenarios.map((s, i) => (i === 0 ? `${s} (${zh ? '基准' : 'baseline'})` : s)),
    ],
    ...c.figures.map((f) => [
      f.label[lang],
      ...f.values.map((v, i) => formatValue(v, zh) + formatDelta(f, i, zh)),
    ]),
  ];
  // Width by code points is close enough for a terminal table; CJK cells are double width.
  const width = (s: string): number =>
    [...s].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  const widths = rows[0]!.map((_, k) => Math.max(...rows.map((r) => width(r[k] ?? ''))));
  for (const r of rows)
    io.out(
      r
        .map((cell, k) => cell + ' '.repeat(widths[k]! - width(cell)))
        .join('  ')
        .trimEnd(),
    );
}

export async function compareCommand(
  file: string,
  opts: CompareOptions,
  lang: Locale,
  io: CliIo,
): Promise<number> {
  try {
    if (opts.scenarios === undefined || opts.scenarios.trim() === '')
      throw new DrillUsageError('--scenarios a,b,c is required', '必须给出 --scenarios a,b,c');
    const ids = opts.scenarios
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const runs = intOption('--runs', opts.runs, 1, 10000) ?? 1;
    const seed = intOption('--seed', opts.seed, 0, 2 ** 32 - 1);
    const threads = intOption('--threads', opts.threads, 1, 256);
    const b = await loadBuilding(file, lang, io);
    if (typeof b === 'number') return b;
    const scenarios = pickScenarios(b, file, ids);
    // Common random numbers: every scenario draws the same populations (the baseline's seed unless
    // --seed), so a difference in RSET comes from the scenario, not from the draw.
    const common = seed ?? scenarios[0]?.seed;
    const results = await runScenarios(b, scenarios, {
      runs,
      ...(common !== undefined ? { seed: common } : {}),
      ...(threads !== undefined ? { threads } : {}),
      ...(opts.varyStair ? { varyStair: true } : {}),
    });
    const c = compareResults(
      results,
      b.storeys.map((s) => s.id),
    );
    if (opts.json)
      io.out(
        JSON.stringify(
          {
            baseline: c.scenarios[0],
            scenarios: c.scenarios,
            figures: c.figures,
            verdicts: results.map((r) => ({ scenario: r.scenario, verdicts: r.verdicts })),
          },
          null,
          2,
        ),
      );
    else printTable(c, lang, io);
    return EXIT.ok;
  } catch (e) {
    return reportDrillError(e, 'compare', lang, io);
  }
}

export const registerCompare: RegisterCommand = (program, ctx) => {
  program
    .command('compare')
    .description('key figures of several scenarios side by side, with deltas against the first (baseline)')
    .argument('<file>', 'building JSON file')
    .option('--scenarios <ids>', 'comma-separated scenario ids; the first is the baseline')
    .option('--runs <n>', 'evacuation Monte Carlo runs per scenario (default 1)')
    .option('--seed <n>', "base seed for every scenario (default: the baseline's seed, else 1)")
    .option('--vary-stair', 'Monte Carlo variant: each run smoke-logs one stair, drawn from its seed')
    .option('--threads <n>', 'worker threads (default: every core)')
    .option('--json', 'print one JSON document')
    .action(async (file: string, o: CompareOptions) => {
      ctx.setExitCode(await compareCommand(file, o, ctx.lang(), ctx.io));
    });
};
