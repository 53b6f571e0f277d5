import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addRecent, normalizeRecent, RECENT_LIMIT, removeRecent } from '../../../main/files/recent-files.ts';
import { createRecentStore } from '../../../main/files/recent-store.ts';
import type { RecentFile } from '../../../main/ipc/contract.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lifeline-recent-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const paths = (list: readonly RecentFile[]) => list.map((r) => r.path);

describe('recent list rules', () => {
  it('puts the newest first, once, with its file name', () => {
    let list = addRecent([], '/b/one.json', 'linux');
    list = addRecent(list, '/b/two.json', 'linux');
    list = addRecent(list, '/b/one.json', 'linux');
    expect(list).toEqual([
      { path: '/b/one.json', name: 'one.json' },
      { path: '/b/two.json', name: 'two.json' },
    ]);
    expect(paths(removeRecent(list, '/b/one.json', 'linux'))).toEqual(['/b/two.json']);
  });

  it(`keeps at most ${RECENT_LIMIT}`, () => {
    let list: RecentFile[] = [];
    for (let i = 0; i < 25; i++) list = addRecent(list, `/f/${i}.json`, 'linux');
    expect(list).toHaveLength(RECENT_LIMIT);
    expect(list[0]?.path).toBe('/f/24.json');
    expect(list.at(-1)?.path).toBe(`/f/${25 - RECENT_LIMIT}.json`);
  });

  it('treats paths differing only in case as one file on Windows only', () => {
    const win = addRecent(addRecent([], 'C:\\B\\Tower.json', 'win32'), 'c:\\b\\tower.json', 'win32');
    expect(win).toHaveLength(1);
    const linux = addRecent(addRecent([], '/b/Tower.json', 'linux'), '/b/tower.json', 'linux');
    expect(linux).toHaveLength(2);
  });

  it('cleans a stored list: relative paths, duplicates and excess dropped, names re-derived', () => {
    const stored = [
      'relative.json',
      '/a/x.json',
      '/a/x.json',
      ...Array.from({ length: 20 }, (_, i) => `/n/${i}.json`),
    ];
    const list = normalizeRecent(stored, 'linux');
    expect(list[0]).toEqual({ path: '/a/x.json', name: 'x.json' });
    expect(list).toHaveLength(RECENT_LIMIT);
  });
});

describe('persisted recent list', () => {
  it('is saved as JSON in the user-data folder and read back by the next start', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'user-data', 'recent-files.json');
    const a = path.join(dir, 'a.json');
    const b = path.join(dir, 'b.json');
    writeFileSync(a, '{}');
    writeFileSync(b, '{}');
    const changes: string[][] = [];
    const store = createRecentStore({ file, onChange: (l) => changes.push(paths(l)) });
    await store.add(a);
    await store.add(b);
    await store.add(b); // already first: nothing to write
    expect(changes).toEqual([[a], [b, a]]);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 1, files: [b, a] });
    expect(readdirSync(path.dirname(file))).toEqual(['recent-files.json']); // atomic: no temp file left

    const next = createRecentStore({ file });
    expect(paths(await next.list())).toEqual([b, a]);
  });

  it('prunes files that no longer exist when listed, and saves the pruned list', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'recent-files.json');
    const kept = path.join(dir, 'kept.json');
    const gone = path.join(dir, 'gone.json');
    writeFileSync(kept, '{}');
    writeFileSync(file, JSON.stringify({ version: 1, files: [gone, kept] }));
    const store = createRecentStore({ file });
    expect(paths(await store.list())).toEqual([kept]);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 1, files: [kept] });
  });

  it.each(['not json', '{"version":2,"files":[]}', '{"version":1,"files":[1]}', '\u0000\u0001'])(
    'starts empty from a damaged file (%j)',
    async (content) => {
      const dir = tempDir();
      const file = path.join(dir, 'recent-files.json');
      writeFileSync(file, content);
      expect(await createRecentStore({ file }).list()).toEqual([]);
    },
  );

  it('loses nothing when adds overlap', async () => {
    const dir = tempDir();
    const store = createRecentStore({ file: path.join(dir, 'r.json'), exists: async () => true });
    await Promise.all(['/x/1.json', '/x/2.json', '/x/3.json'].map((p) => store.add(p)));
    expect(paths(await store.list()).sort()).toEqual(['/x/1.json', '/x/2.json', '/x/3.json']);
    await store.clear();
    expect(await store.list()).toEqual([]);
  });
});
