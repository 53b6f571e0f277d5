/**
 * The recent-files list as pure functions: most recent first, one entry per file, capped. Paths are
 * compared case-insensitively on Windows (its file system is), exactly elsewhere.
 */
import path from 'node:path';
import type { RecentFile } from '../ipc/contract.ts';

/** As many as a File ▸ Open Recent menu shows comfortably. */
export const RECENT_LIMIT = 10;

export function sameFile(a: string, b: string, platform: string = process.platform): boolean {
  return platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

export function recentEntry(filePath: string): RecentFile {
  const resolved = path.resolve(filePath);
  return { path: resolved, name: path.basename(resolved) };
}

/** `filePath` moved (or added) to the front; duplicates dropped; at most `limit` entries. */
export function addRecent(
  list: readonly RecentFile[],
  filePath: string,
  platform: string = process.platform,
  limit: number = RECENT_LIMIT,
): RecentFile[] {
  const entry = recentEntry(filePath);
  return [entry, ...list.filter((r) => !sameFile(r.path, entry.path, platform))].slice(0, limit);
}

export function removeRecent(
  list: readonly RecentFile[],
  filePath: string,
  platform: string = process.platform,
): RecentFile[] {
  return list.filter((r) => !sameFile(r.path, filePath, platform));
}

export function containsRecent(
  list: readonly RecentFile[],
  filePath: string,
  platform: string = process.platform,
): boolean {
  return list.some((r) => sameFile(r.path, filePath, platform));
}

/**
 * A stored list cleaned up: absolute paths only, no duplicates (first wins), capped, names derived
 * from the paths again (a hand-edited file cannot make the menu lie about which file it opens).
 */
export function normalizeRecent(
  paths: readonly string[],
  platform: string = process.platform,
  limit: number = RECENT_LIMIT,
): RecentFile[] {
  const out: RecentFile[] = [];
  for (const p of paths) {
    if (!path.isAbsolute(p) || containsRecent(out, p, platform)) continue;
    out.push(recentEntry(p));
    if (out.length === limit) break;
  }
  return out;
}
