import { describe, expect, it } from 'vitest';
import { unsavedChoiceFor, unsavedPromptOptions } from '../../../main/documents/unsaved-prompt.ts';
import {
  exportReportDialogOptions,
  openBuildingDialogOptions,
  saveBuildingDialogOptions,
  withJsonExtension,
} from '../../../main/files/dialog-options.ts';
import { localeFromLanguageTag, SHELL_TEXT } from '../../../main/i18n/shell-text.ts';

describe('native dialogs', () => {
  it('speak the UI language', () => {
    expect(openBuildingDialogOptions('en').title).toBe('Open building model');
    expect(openBuildingDialogOptions('zh-CN').title).toBe('打开建筑模型');
    expect(saveBuildingDialogOptions('zh-CN', 'a', null).title).toBe('保存建筑模型');
    expect(exportReportDialogOptions('zh-CN', 'html', 'r').filters).toEqual([
      { name: '网页（HTML）', extensions: ['html'] },
    ]);
    expect(unsavedPromptOptions('en', 'a.json').message).toBe('Save the changes to “a.json”?');
    expect(unsavedPromptOptions('zh-CN', null).message).toBe('是否保存对“未命名”的更改？');
  });

  it('offer .json names and keep them', () => {
    expect(saveBuildingDialogOptions('en', 'Tower', null, '/docs').defaultPath).toBe('/docs/Tower.json');
    expect(saveBuildingDialogOptions('en', 'Tower.json', '/x/old.json').defaultPath).toBe('/x/old.json');
    expect(withJsonExtension('/x/a')).toBe('/x/a.json');
    expect(withJsonExtension('/x/a.JSON')).toBe('/x/a.JSON');
    expect(exportReportDialogOptions('en', 'pdf', 'report').defaultPath).toBe('report.pdf');
  });

  it('read the unsaved prompt answer as Save / Don’t save / Cancel', () => {
    expect([0, 1, 2, 3, -1].map(unsavedChoiceFor)).toEqual(['save', 'discard', 'cancel', 'cancel', 'cancel']);
    expect(unsavedPromptOptions('en', null).cancelId).toBe(2);
  });

  it('have every shell string in both languages', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'string' ? [k] : keys(v as object).map((s) => `${k}.${s}`),
      );
    expect(keys(SHELL_TEXT['zh-CN'])).toEqual(keys(SHELL_TEXT.en));
    const values = (o: object): string[] =>
      Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : values(v as object)));
    for (const v of values(SHELL_TEXT['zh-CN'])) expect(v.trim()).not.toBe('');
  });

  it('follow the system language like the renderer does', () => {
    expect(['zh', 'zh-CN', 'zh-Hans-CN', 'zh-TW', 'en-US', 'de', ''].map(localeFromLanguageTag)).toEqual([
      'zh-CN',
      'zh-CN',
      'zh-CN',
      'zh-CN',
      'en',
      'en',
      'en',
    ]);
  });
});
