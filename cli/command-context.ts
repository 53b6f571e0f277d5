/** What every command registrar gets: where to write, the chosen language, and how to set the exit code. */
import type { Command } from 'commander';
import type { Locale } from '../models/validation/issue.ts';
import type { CliIo } from './io.ts';

export interface CommandContext {
  io: CliIo;
  /** The language chosen with --lang (or from the environment); call it inside an action. */
  lang: () => Locale;
  /** Records the command's exit code (main returns it). */
  setExitCode: (code: number) => void;
}

/** A command file exports one of these; cli/main.ts calls each in turn. */
export type RegisterCommand = (program: Command, ctx: CommandContext) => void;
