/**
 * The `lifeline` command line: parses arguments (commander) and dispatches to one file per command
 * under commands/. Returns the exit code instead of exiting, so tests can call it in-process.
 * Results go to stdout, problems to stderr; `--json` prints exactly one JSON document.
 */
import { Command, CommanderError } from 'commander';
import { EXIT, processIo, type CliIo } from './io.ts';
import { parseLocale } from './locale.ts';
import type { CommandContext, RegisterCommand } from './command-context.ts';
import { registerValidate } from './commands/validate.ts';
import { registerInfo } from './commands/info.ts';
import { registerGenerate } from './commands/generate.ts';
import { registerWater } from './commands/water.ts';
import { registerAccess } from './commands/access.ts';
import { registerEvac } from './commands/evac.ts';
import { registerDrill } from './commands/drill.ts';
import { registerCompare } from './commands/compare.ts';
import { registerDebrief } from './commands/debrief.ts';

/** Every command, in the order `--help` lists them. One file per command under commands/. */
const COMMANDS: readonly RegisterCommand[] = [
  registerValidate,
  registerInfo,
  registerGenerate,
  registerWater,
  registerAccess,
  registerEvac,
  registerDrill,
  registerCompare,
  registerDebrief,
];

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

  const ctx: CommandContext = { io, lang, setExitCode: (c) => (code = c) };
  for (const register of COMMANDS) register(program, ctx);

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
