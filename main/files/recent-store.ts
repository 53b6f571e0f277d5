/**
 * The persisted recent-files list (`recent-files.json` in the user-data folder). Every change is
 * written atomically; files that no longer exist are pruned whenever the list is read. Operations
 * run one after another, so two quick opens cannot lose an entry.
 */
import { stat } from 'node:fs/promises';
import { z } from 'zod';
import type { RecentFile } from '../ipc/contract.ts';
import { readJsonSettings, writeJsonSettings } from './json-store.ts';
import { addRecent, containsRecent, normalizeRecent, RECENT_LIMIT, removeRecent } from './recent-files.ts';

const StoredRecent = z.object({ version: z.literal(1), files: z.array(z.string().max(4096)).max(1000) });

export interface RecentStoreOptions {
  /** The JSON file the list is kept in. */
  file: string;
  platform?: string;
  limit?: number;
  /** Whether a listed file still exists (injected for tests). */
  exists?: (filePath: string) => Promise<boolean>;
  /** Called after the list changed (rebuild the menu). */
  onChange?: (list: readonly RecentFile[]) => void;
}

export interface RecentStore {
  /** The list with missing files pruned (and the pruning saved). */
  list(): Promise<readonly RecentFile[]>;
  add(filePath: string): Promise<readonly RecentFile[]>;
  remove(filePath: string): Promise<readonly RecentFile[]>;
  clear(): Promise<readonly RecentFile[]>;
  /** True if the path is on the list (the only paths `openRecent` may read). */
  has(filePath: string): Promise<boolean>;
}

async function isFile(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile();
  } catch {
    return false;
  }
}

export function createRecentStore({
  file,
  platform = process.platform,
  limit = RECENT_LIMIT,
  exists = isFile,
  onChange,
}: RecentStoreOptions): RecentStore {
  let cache: RecentFile[] | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs `op` after every earlier operation, even failed ones. */
  function serial<T>(op: () => Promise<T>): Promise<T> {
    const next = queue.then(op, op);
    queue = next.catch(() => undefined);
    return next;
  }

  async function current(): Promise<RecentFile[]> {
    if (cache === null) {
      const stored = await readJsonSettings(file, StoredRecent);
      cache = normalizeRecent(stored?.files ?? [], platform, limit);
    }
    return cache;
  }

  async function replace(next: RecentFile[]): Promise<readonly RecentFile[]> {
    const prev = cache;
    const changed =
      prev === null || next.length !== prev.length || next.some((r, i) => r.path !== prev[i]?.path);
    cache = next;
    if (changed) {
      await writeJsonSettings(file, { version: 1, files: next.map((r) => r.path) });
      onChange?.(next);
    }
    return next;
  }

  return {
    list: () =>
      serial(async () => {
        const list = await current();
        const present = await Promise.all(list.map((r) => exists(r.path)));
        return present.every(Boolean) ? list : replace(list.filter((_r, i) => present[i]));
      }),
    add: (filePath) => serial(async () => replace(addRecent(await current(), filePath, platform, limit))),
    remove: (filePath) => serial(async () => replace(removeRecent(await current(), filePath, platform))),
    clear: () => serial(async () => replace([])),
    has: (filePath) => serial(async () => containsRecent(await current(), filePath, platform)),
  };
}
