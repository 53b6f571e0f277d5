/** Reading and validating one building file for a command: the one path every command shares. */
import { loadBuildingBytes, type LoadResult } from '../models/load/load-building.ts';
import type { Building } from '../models/schema/building.ts';
import { formatIssue, type Locale, type LocalizedText } from '../models/validation/issue.ts';
import { EXIT, type CliIo } from './io.ts';
import { readUserFile } from '../node/read-file.ts';

export type FileResult =
  { readable: true; result: LoadResult } | { readable: false; file: string; reason: LocalizedText };

export async function loadFile(file: string): Promise<FileResult> {
  const read = await readUserFile(file);
  if (!read.ok) return { readable: false, file, reason: read.reason };
  return { readable: true, result: loadBuildingBytes(read.bytes, file) };
}

/**
 * The building of a command's FILE argument, or the exit code after saying why not: unreadable
 * (exit 2, one line) or invalid (exit 1, one `/json/path: message` line per error, on stderr).
 */
export async function loadBuilding(file: string, lang: Locale, io: CliIo): Promise<Building | number> {
  const loaded = await loadFile(file);
  if (!loaded.readable) {
    io.err(`lifeline: ${file} ${loaded.reason[lang]}`);
    return EXIT.unreadable;
  }
  if (!loaded.result.building) {
    for (const e of loaded.result.errors) io.err(formatIssue(e, lang));
    return EXIT.invalid;
  }
  return loaded.result.building;
}
