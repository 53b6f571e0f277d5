/** Reading and validating one building file for a command: the one path every command shares. */
import { loadBuildingBytes, type LoadResult } from '../models/load/load-building.ts';
import type { LocalizedText } from '../models/validation/issue.ts';
import { readUserFile } from '../node/read-file.ts';

export type FileResult =
  { readable: true; result: LoadResult } | { readable: false; file: string; reason: LocalizedText };

export async function loadFile(file: string): Promise<FileResult> {
  const read = await readUserFile(file);
  if (!read.ok) return { readable: false, file, reason: read.reason };
  return { readable: true, result: loadBuildingBytes(read.bytes, file) };
}
