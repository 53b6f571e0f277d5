/**
 * `lifeline generate tower …`: a complete, valid building model for trainers without CAD files.
 * Options are checked with plain-language errors before generating, and the result is validated
 * before it is written (atomically, with `-o`) — a generator bug can never write a broken file.
 */
import type { RegisterCommand } from '../command-context.ts';
import { checkTowerOptions, resolveTowerOptions, type TowerOptions } from '../../models/generator/options.ts';
import { generateTower } from '../../models/generator/tower.ts';
import { validateBuilding } from '../../models/load/load-building.ts';
import { formatIssue, type Locale } from '../../models/validation/issue.ts';
import { occupantsByStorey } from '../../models/metrics/occupants.ts';
import { writeFileAtomic } from '../../node/atomic-write.ts';
import { EXIT, type CliIo } from '../io.ts';

/** What commander hands over: strings as typed, booleans for switches. */
export interface GenerateTowerFlags {
  storeys?: string;
  storeyHeight?: string;
  units?: string;
  stairs?: string;
  fireLift?: boolean;
  occupantsPerUnit?: string;
  laneWidth?: string;
  parkedCars?: string;
  use?: string;
  name?: string;
  seed?: string;
  output?: string;
}

/** Option key → the flag a user typed, for messages. */
const FLAGS: Record<string, string> = {
  storeys: '--storeys',
  storeyHeight: '--storey-height',
  units: '--units',
  stairs: '--stairs',
  fireLift: '--fire-lift',
  occupantsPerUnit: '--occupants-per-unit',
  laneWidth: '--lane-width',
  parkedCars: '--parked-cars',
  use: '--use',
  name: '--name',
  seed: '--seed',
};

function toNumber(v: string | undefined): number | undefined {
  return v === undefined ? undefined : v.trim() === '' ? NaN : Number(v);
}

export async function generateTowerCommand(
  flags: GenerateTowerFlags,
  opts: { lang: Locale },
  io: CliIo,
): Promise<number> {
  const raw: Record<string, unknown> = {
    storeys: toNumber(flags.storeys),
    storeyHeight: toNumber(flags.storeyHeight),
    units: toNumber(flags.units),
    stairs: flags.stairs,
    fireLift: flags.fireLift,
    occupantsPerUnit: toNumber(flags.occupantsPerUnit),
    laneWidth: toNumber(flags.laneWidth),
    parkedCars: toNumber(flags.parkedCars),
    use: flags.use,
    name: flags.name,
    seed: toNumber(flags.seed),
  };
  for (const k of Object.keys(raw)) if (raw[k] === undefined) delete raw[k];
  // Say what was typed ("x"), not what it became (NaN).
  const typed = flags as Record<string, unknown>;
  const notNumbers = Object.keys(raw).filter((k) => typeof raw[k] === 'number' && Number.isNaN(raw[k]));
  for (const k of notNumbers) {
    io.err(
      `lifeline: ${FLAGS[k] ?? k}: ${opts.lang === 'zh-CN' ? `“${String(typed[k])}”不是数字` : `"${String(typed[k])}" is not a number`}`,
    );
  }
  if (notNumbers.length > 0) return EXIT.usage;
  const problems = checkTowerOptions(raw);
  if (problems.length > 0) {
    for (const p of problems) io.err(`lifeline: ${FLAGS[p.option] ?? p.option}: ${p.text[opts.lang]}`);
    return EXIT.usage;
  }
  const options: TowerOptions = resolveTowerOptions(raw as Partial<TowerOptions>);
  if (flags.name === undefined) {
    options.name = `${options.storeys}-storey ${options.use} tower`;
  }
  const building = generateTower(options);
  const check = validateBuilding(building, flags.output ?? '<generated>');
  if (check.errors.length > 0) {
    // A generator bug: say so plainly rather than write a file that will not load.
    io.err('lifeline: the generated model is invalid (please report this):');
    for (const e of check.errors) io.err(formatIssue(e, opts.lang));
    return EXIT.invalid;
  }
  const text = JSON.stringify(building, null, 2) + '\n';
  if (flags.output === undefined) {
    io.out(text.trimEnd());
    return EXIT.ok;
  }
  try {
    await writeFileAtomic(flags.output, text);
  } catch (e) {
    io.err(`lifeline: cannot write ${flags.output}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    return EXIT.unreadable;
  }
  const people = occupantsByStorey(building).reduce((sum, x) => sum + x.occupants, 0);
  io.out(
    opts.lang === 'zh-CN'
      ? `已写入 ${flags.output}：${building.storeys.length} 层，${people} 人，${check.warnings.length} 条警告`
      : `wrote ${flags.output}: ${building.storeys.length} storeys, ${people} occupants, ${check.warnings.length} warning(s)`,
  );
  return EXIT.ok;
}

export const registerGenerate: RegisterCommand = (program, ctx) => {
  const generate = program.command('generate').description('write a new building model');
  generate
    .command('tower')
    .description('a complete high-rise tower model (layout, water sized per GB 50974, site, facade)')
    .option('--storeys <n>', 'number of storeys', '33')
    .option('--storey-height <m>', 'floor-to-floor height (m)', '3')
    .option('--units <n>', 'units (flats or offices) per storey', '8')
    .option('--stairs <kind>', 'scissor | single | two', 'scissor')
    .option('--fire-lift', 'add a fire lift')
    .option('--no-fire-lift', 'no fire lift')
    .option('--occupants-per-unit <n>', 'occupants per unit', '3')
    .option('--lane-width <m>', 'fire lane width (m)', '4')
    .option('--parked-cars <n>', 'parked cars on the fire lane', '0')
    .option('--use <use>', 'residential | office', 'residential')
    .option('--name <name>', 'building name')
    .option('--seed <n>', 'seed for scenario seeds and variations', '1')
    .option('-o, --output <file>', 'write here (atomically) instead of stdout')
    .action(async (flags: GenerateTowerFlags) => {
      ctx.setExitCode(await generateTowerCommand(flags, { lang: ctx.lang() }, ctx.io));
    });
};
