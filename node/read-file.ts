/**
 * Reading a user's file for the CLI and the app: bytes, or a plain reason why not. The size is
 * checked before reading, so a 10 GB file is refused without being loaded.
 */
import { readFile, stat } from 'node:fs/promises';
import { LIMITS } from '../models/load/limits.ts';
import type { LocalizedText } from '../models/validation/issue.ts';

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: LocalizedText };

export async function readUserFile(
  path: string,
  maxBytes: number = LIMITS.maxFileBytes,
): Promise<ReadResult> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      return { ok: false, reason: { en: 'is a folder, not a file', 'zh-CN': '是文件夹，不是文件' } };
    }
    if (info.size > maxBytes) {
      const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
      return {
        ok: false,
        reason: {
          en: `is ${mb(info.size)} MB; Lifeline reads building files up to ${mb(maxBytes)} MB`,
          'zh-CN': `大小为 ${mb(info.size)} MB；Lifeline 最多读取 ${mb(maxBytes)} MB 的建筑文件`,
        },
      };
    }
    return { ok: true, bytes: new Uint8Array(await readFile(path)) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: { en: 'does not exist', 'zh-CN': '不存在' } };
    if (code === 'EACCES' || code === 'EPERM') {
      return {
        ok: false,
        reason: { en: 'cannot be read (permission denied)', 'zh-CN': '无法读取（权限不足）' },
      };
    }
    return {
      ok: false,
      reason: { en: `cannot be read (${code ?? String(e)})`, 'zh-CN': `无法读取（${code ?? String(e)}）` },
    };
  }
}
