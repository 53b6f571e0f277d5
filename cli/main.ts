/**
 * The `lifeline` command line: parses arguments (commander) and dispatches to one file per command
 * under commands/. Returns the exit code instead of exiting, so tests can call it in-process.
 * Results go to stdout, problems to stderr; `--json` prints exactly one JSON document.
 */
import { Command, CommanderError } from 'commander';
import { EXIT, processIo, type CliIo } from './io.ts';
import { parseLocale } from './locale.ts';
import { validateCommand } from './commands/validate.ts';
import { infoCommand } from './commands/info.ts';
import { generateTowerCommand, type GenerateTowerFlags } from './commands/generate.ts';

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('lifeline')
    .description(
      'Lifeline: drill-and-evacuation simulator for high-rise buildings.\n' +
        'Building files follow docs/model-format.md (format "lifeline-building", version 1).',
    )
    .option('--lang <lang>', 'language of messages: en or zh-CN (default: from LANG)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .showHelpAfterError();

  const lang = (): ReturnType<typeof parseLocale> => parseLocale(program.opts<{ lang?: string }>().lang);

  program
    .command('validate')
    .description('check building files; exit 0 valid, 1 invalid, 2 unreadable')
    .argument('<files...>', 'building JSON files')
    .option('--json', 'print one JSON document { valid, errors: [{ path, message }], warnings }')
    .action(async (files: string[], opts: { json?: boolean }) => {
      code = await validateCommand(files, { json: opts.json === true, lang: lang() }, io);
    });

  program
    .command('info')
    .description('storeys, height, occupants by storey, stairs, exits, hydrants, rescue sites, canopy share')
    .argument('<file>', 'building JSON file')
    .option('--json', 'print the summary as one JSON document')
    .action(async (file: string, opts: { json?: boolean }) => {
      code = await infoCommand(file, { json: opts.json === true, lang: lang() }, io);
    });

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
      code = await generateTowerCommand(flags, { lang: lang() }, io);
    });

  if (argv.length === 0) {
    program.outputHelp();
    return EXIT.ok;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version are successes; anything else is a usage error.
      return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.help'
        ? EXIT.ok
        : EXIT.usage;
    }
    if (e instanceof Error && /unknown language/.test(e.message)) {
      io.err(`lifeline: ${e.message}`);
      return EXIT.usage;
    }
    throw e;
  }
  return code;
}
