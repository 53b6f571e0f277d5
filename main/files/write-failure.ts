/** Why a save failed, in plain words in both languages (the user sees this, not an errno). */
import type { LocalizedText } from '../../models/index.ts';

export function writeFailureReason(error: unknown): LocalizedText {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return { en: 'permission denied', 'zh-CN': '权限不足' };
    case 'ENOSPC':
      return { en: 'the disk is full', 'zh-CN': '磁盘已满' };
    case 'EROFS':
      return { en: 'the disk is read-only', 'zh-CN': '磁盘为只读' };
    case 'ENOENT':
      return { en: 'the folder does not exist', 'zh-CN': '文件夹不存在' };
    case 'EISDIR':
      return { en: 'a folder has that name', 'zh-CN': '已有同名文件夹' };
    default: {
      const detail = code ?? (error instanceof Error ? error.message : String(error));
      return { en: `could not be written (${detail})`, 'zh-CN': `无法写入（${detail}）` };
    }
  }
}
