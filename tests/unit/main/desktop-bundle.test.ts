/**
 * The desktop bundles as they ship: the sandboxed preload may `require` only electron (nothing
 * else resolves there), and main imports only electron and Node built-ins (the packaged app has
 * out/ but no node_modules, so zod and the models must be bundled in).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDesktop, OUT_DIR } from '../../../main/build.mjs';

beforeAll(async () => {
  await buildDesktop({ logLevel: 'silent' });
}, 60_000);

const read = (...p: string[]) => readFileSync(path.join(OUT_DIR, ...p), 'utf8');

describe('desktop bundles', () => {
  it('the preload is one small CJS file requiring only electron', () => {
    const preload = read('preload', 'preload.cjs');
    expect([...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])).toEqual(['electron']);
    expect(preload).not.toMatch(/^import /m);
    expect(preload.length).toBeLessThan(10_000);
  });

  it('main imports only electron and node: built-ins', () => {
    const main = read('main', 'main.js');
    const imports = [...main.matchAll(/^import .* from ["']([^"']+)["'];?$/gm)].map((m) => m[1]);
    expect(imports).toContain('electron');
    for (const spec of imports) expect(spec === 'electron' || spec?.startsWith('node:'), spec).toBe(true);
  });
});
