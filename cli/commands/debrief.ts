/**
 * `lifeline debrief FILE --measured drill.csv [--scenario ID] [--runs N] [--seed N] [--json]`: the
 * figures measured in a real drill (CSV, docs/drill.md) against the simulation of the scenario,
 * largest deviations first. Exit 0 when compared, 1 for an invalid building or CSV (every problem
 * with its line), 2 for an unreadable file or a usage error.
 */
import type { RegisterCommand } from '../command-context.ts';
import type { Locale } from '../../models/validation/issue.ts';
import { readUserFile } from '../../node/read-file.ts';
import { debrief, parseMeasurements, showValue, type CsvProblem } from '../../drill/debrief.ts';
import { EXIT, type CliIo } from '../io.ts';
import {
  DrillUsageError,
  intOption,
  loadBuilding,
  pickScenarios,
  runScenarios,
  reportDrillError,
} from '../drill/session.ts';

export interface DebriefOptions {
  measured?: string;
  scenario?: string;
  runs?: string;
  seed?: string;
  threads?: string;
  json?: boolean;
}

function report(file: string, problems: readonly CsvProblem[], lang: Locale, io: CliIo): number {
  for (const p of problems) io.err(`${file}:${p.line}: ${p.text[lang]}`);
  return EXIT.invalid;
}

export async function debriefCommand(
  file: string,
  opts: DebriefOptions,
  lang: Locale,
  io: CliIo,
): Promise<number> {
  const zh = lang === 'zh-CN';
  try {
    if (opts.measured === undefined)
      throw new DrillUsageError('--measured drill.csv is required', '必须给出 --measured drill.csv');
    const runs = intOption('--runs', opts.runs, 1, 10000) ?? 1;
    const seed = intOption('--seed', opts.seed, 0, 2 ** 32 - 1);
    const threads = intOption('--threads', opts.threads, 1, 256);
    const read = await readUserFile(opts.measured);
    if (!read.ok) {
      io.err(`lifeline: ${opts.measured} ${read.reason[lang]}`);
      return EXIT.unreadable;
    }
    // Parse before the (slow) simulation, so a bad CSV fails fast.
    const parsed = parseMeasurements(new TextDecoder().decode(read.bytes));
    if (parsed.problems.length > 0) return report(opts.measured, parsed.problems, lang, io);
    const b = await loadBuilding(file, lang, io);
    if (typeof b === 'number') return b;
    const [scenario] = pickScenarios(b, file, opts.scenario === undefined ? undefined : [opts.scenario]);
    const [result] = await runScenarios(b, [scenario], {
      runs,
      ...(seed !== undefined ? { seed } : {}),
      ...(threads !== undefined ? { threads } : {}),
    });
    const d = debrief(parsed.rows, result!);
    if (d.problems.length > 0) return report(opts.measured, d.problems, lang, io);
    if (opts.json) {
      io.out(JSON.stringify({ scenario: result!.scenario, deviations: d.deviations }, null, 2));
      return EXIT.ok;
    }
    io.out(
      zh
        ? `场景 ${result!.scenario}：实测与模拟对比（偏差从大到小）`
        : `Scenario ${result!.scenario}: measured against simulated (largest deviation first)`,
    );
    for (const x of d.deviations) {
      const rel =
        x.relative === null ? '' : ` (${x.relative > 0 ? '+' : ''}${Math.round(x.relative * 100)} %)`;
      io.out(
        `  ${x.kind} ${x.id}: ${zh ? '实测' : 'measured'} ${showValue(x.kind, x.measured)}, ${zh ? '模拟' : 'simulated'} ${showValue(x.kind, x.simulated)}${rel}${x.note ? ` — ${x.note[lang]}` : ''}`,
      );
    }
    return EXIT.ok;
  } catch (e) {
    return reportDrillError(e, 'debrief', lang, io);
  }
}

export const registerDebrief: RegisterCommand = (program, ctx) => {
  program
    .command('debrief')
    .description('measured drill figures (CSV) against the simulation, largest deviations first')
    .argument('<file>', 'building JSON file')
    .option('--measured <file.csv>', 'CSV of measurements: kind,id,value (docs/drill.md)')
    .option('--scenario <id>', "scenario id (default: the file's first scenario)")
    .option('--runs <n>', 'evacuation Monte Carlo runs (default 1)')
    .option('--seed <n>', 'base seed (default: the scenario seed, else 1)')
    .option('--threads <n>', 'worker threads (default: every core)')
    .option('--json', 'print one JSON document (SI units)')
    .action(async (file: string, o: DebriefOptions) => {
      ctx.setExitCode(await debriefCommand(file, o, ctx.lang(), ctx.io));
    });
};
