/** Where the CLI writes: results to stdout, problems to stderr (injectable for tests). */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
};

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, invalid: 1, unreadable: 2, usage: 2 } as const;
