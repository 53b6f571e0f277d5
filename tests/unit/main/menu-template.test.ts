import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { DesktopCommand } from '../../../main/ipc/contract.ts';
import { buildMenuTemplate, type MenuInput, SHORTCUTS } from '../../../main/menu/menu-template.ts';

function build(input: Partial<MenuInput> = {}) {
  const commands: DesktopCommand[] = [];
  const other: string[] = [];
  const template = buildMenuTemplate(
    { locale: 'en', platform: 'win32', recent: [], hasDocumentFile: false, developer: false, ...input },
    {
      command: (c) => commands.push(c),
      revealInFolder: () => other.push('reveal'),
      clearRecent: () => other.push('clear'),
    },
  );
  return { template, commands, other };
}

const items = (m: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] =>
  Array.isArray(m?.submenu) ? m.submenu : [];
const byLabel = (list: MenuItemConstructorOptions[], label: string) => list.find((i) => i.label === label);
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.();

describe('application menu', () => {
  it('has File, View, Language and Help in English with the usual shortcuts', () => {
    const { template, commands } = build();
    expect(template.map((m) => m.label)).toEqual(['&File', '&View', '&Language', '&Help']);
    const file = items(template[0]);
    expect(file.filter((i) => i.type !== 'separator').map((i) => [i.label, i.accelerator])).toEqual([
      ['&Open…', 'CmdOrCtrl+O'],
      ['Open &Recent', undefined],
      ['&Save', 'CmdOrCtrl+S'],
      ['Save &As…', 'CmdOrCtrl+Shift+S'],
      ['&Export Report…', 'CmdOrCtrl+E'],
      ['Reveal in &Folder', 'CmdOrCtrl+Alt+R'],
      ['&Quit', 'CmdOrCtrl+Q'],
    ]);
    expect(byLabel(file, '&Quit')?.role).toBe('quit');
    for (const label of ['&Open…', '&Save', 'Save &As…', '&Export Report…']) click(byLabel(file, label));
    expect(commands).toEqual([
      { type: 'open' },
      { type: 'save' },
      { type: 'saveAs' },
      { type: 'exportReport' },
    ]);
  });

  it('is entirely Chinese in zh-CN, with the same shortcuts', () => {
    const { template } = build({ locale: 'zh-CN' });
    expect(template.map((m) => m.label)).toEqual(['文件(&F)', '视图(&V)', '语言(&L)', '帮助(&H)']);
    const file = items(template[0]);
    expect(file.filter((i) => i.type !== 'separator').map((i) => [i.label, i.accelerator])).toEqual([
      ['打开(&O)…', SHORTCUTS.open],
      ['最近打开(&R)', undefined],
      ['保存(&S)', SHORTCUTS.save],
      ['另存为(&A)…', SHORTCUTS.saveAs],
      ['导出报告(&E)…', SHORTCUTS.exportReport],
      ['在文件夹中显示(&F)', SHORTCUTS.revealInFolder],
      ['退出(&Q)', SHORTCUTS.quit],
    ]);
    const labels = JSON.stringify(template, (k, v: unknown) => (k === 'click' ? undefined : v));
    expect(labels).not.toMatch(/Open|Save|Export|Quit|View|Help/);
    expect(items(template[1]).map((i) => i.label)).toContain('放大(&I)');
    expect(items(template[3]).map((i) => i.label)).toEqual(['关于 Lifeline 生命线(&A)']);
  });

  it('lists recent files (newest first) that open through the renderer, or says there are none', () => {
    const empty = items(byLabel(items(build().template[0]), 'Open &Recent'));
    expect(empty).toEqual([{ label: 'No recent files', enabled: false }]);

    const recent = [
      { path: '/d/a&b.json', name: 'a&b.json' },
      { path: '/d/c.json', name: 'c.json' },
    ];
    const { template, commands, other } = build({ recent, locale: 'zh-CN' });
    const sub = items(byLabel(items(template[0]), '最近打开(&R)'));
    expect(sub.map((i) => i.label ?? i.type)).toEqual([
      'a&&b.json',
      'c.json',
      'separator',
      '清除最近打开记录(&C)',
    ]);
    expect(sub[0]?.toolTip).toBe('/d/a&b.json');
    click(sub[1]);
    click(sub[3]);
    expect(commands).toEqual([{ type: 'openRecent', path: '/d/c.json' }]);
    expect(other).toEqual(['clear']);
  });

  it('enables Reveal in Folder only when the document has a file', () => {
    const reveal = (has: boolean) =>
      byLabel(items(build({ hasDocumentFile: has }).template[0]), 'Reveal in &Folder');
    expect(reveal(false)?.enabled).toBe(false);
    expect(reveal(true)?.enabled).toBe(true);
    const { template, other } = build({ hasDocumentFile: true });
    click(byLabel(items(template[0]), 'Reveal in &Folder'));
    expect(other).toEqual(['reveal']);
  });

  it('switches language from a radio list naming each language in itself', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const { template, commands } = build({ locale });
      const langs = items(template[2]);
      expect(langs.map((i) => [i.label, i.type, i.checked])).toEqual([
        ['中文', 'radio', locale === 'zh-CN'],
        ['English', 'radio', locale === 'en'],
      ]);
      click(langs[0]);
      click(langs[1]);
      expect(commands).toEqual([
        { type: 'language', locale: 'zh-CN' },
        { type: 'language', locale: 'en' },
      ]);
    }
  });

  it('follows macOS conventions: app menu first, Edit and Window menus, Quit not in File', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template.map((m) => m.role ?? m.label)).toEqual([
      'appMenu',
      '&File',
      'editMenu',
      '&View',
      '&Language',
      'windowMenu',
      'help', // the Help menu has the help role (macOS adds its search field)
    ]);
    expect(items(template[1]).some((i) => i.role === 'quit')).toBe(false);
  });

  it('offers developer tools only in unpackaged builds, and never a reload that would drop edits', () => {
    const roles = (developer: boolean) => items(build({ developer }).template[1]).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
    expect([...roles(true), ...roles(false)]).not.toContain('reload');
  });
});
