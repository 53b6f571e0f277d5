/**
 * Small JSON settings files in the user-data folder (recent files, window state): read through
 * node/read-file.ts and checked with a schema, written atomically with node/atomic-write.ts. A
 * missing, unreadable or malformed file reads as `null`: settings are a convenience, never a reason
 * for the app not to start.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { writeFileAtomic } from '../../node/atomic-write.ts';
import { readUserFile } from '../../node/read-file.ts';

/** Settings files are tiny; anything larger is not ours. */
const MAX_SETTINGS_BYTES = 1024 * 1024;

export async function readJsonSettings<S extends z.ZodType>(
  filePath: string,
  schema: S,
): Promise<z.output<S> | null> {
  const read = await readUserFile(filePath, MAX_SETTINGS_BYTES);
  if (!read.ok) return null;
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(read.bytes));
  } catch {
    return null;
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export async function writeJsonSettings(filePath: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(filePath), { recursive: true });
  await writeFileAtomic(filePath, JSON.stringify(value, null, 2) + '\n');
}
