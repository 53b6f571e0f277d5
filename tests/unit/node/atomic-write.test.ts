import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../node/atomic-write.ts';
import { readUserFile } from '../../../node/read-file.ts';

describe('atomic save', () => {
  it('writes a new file and replaces an existing one, leaving no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lifeline-save-'));
    const file = join(dir, 'tower.json');
    await writeFileAtomic(file, '{"v":1}');
    await writeFileAtomic(file, '{"v":2}');
    expect(readFileSync(file, 'utf8')).toBe('{"v":2}');
    expect(readdirSync(dir)).toEqual(['tower.json']);
  });

  it('a failed save leaves the original untouched and no temporary file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lifeline-save-'));
    const file = join(dir, 'tower.json');
    writeFileSync(file, 'original');
    // Renaming onto a directory fails after the temporary file is written.
    const target = join(dir, 'a-folder');
    await import('node:fs').then((fs) => fs.mkdirSync(target));
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow();
    expect(readFileSync(file, 'utf8')).toBe('original');
    expect(readdirSync(dir).sort()).toEqual(['a-folder', 'tower.json']);
  });

  it('a save into a missing folder fails cleanly', async () => {
    await expect(writeFileAtomic(join(tmpdir(), 'no-such-dir-lifeline', 'x.json'), 'x')).rejects.toThrow();
  });
});

describe('reading a user file', () => {
  it('says why a file cannot be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lifeline-read-'));
    expect(await readUserFile(join(dir, 'missing.json'))).toEqual({
      ok: false,
      reason: { en: 'does not exist', 'zh-CN': '不存在' },
    });
    expect(await readUserFile(dir)).toMatchObject({ ok: false, reason: { en: 'is a folder, not a file' } });
    const big = join(dir, 'big.json');
    writeFileSync(big, 'x'.repeat(2000));
    expect(await readUserFile(big, 1000)).toMatchObject({
      ok: false,
      reason: { en: expect.stringMatching(/MB/) },
    });
    const ok = join(dir, 'ok.json');
    writeFileSync(ok, '{}');
    expect(await readUserFile(ok)).toEqual({ ok: true, bytes: new Uint8Array([0x7b, 0x7d]) });
    if (process.getuid?.() !== 0) {
      chmodSync(ok, 0o000);
      expect(await readUserFile(ok)).toMatchObject({ ok: false });
    }
  });
});
