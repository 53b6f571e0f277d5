/**
 * The native application menu as a pure function of the UI language, the recent files and what the
 * document allows, so both languages are unit-tested without Electron (type-only import). main.ts
 * calls `Menu.buildFromTemplate` on the result and rebuilds it when any input changes.
 * Shortcuts are the same in both languages (CmdOrCtrl = ⌘ on macOS, Ctrl elsewhere).
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { Locale } from '../../models/index.ts';
import { SHELL_TEXT } from '../i18n/shell-text.ts';
import type { DesktopCommand, RecentFile } from '../ipc/contract.ts';

export interface MenuInput {
  locale: Locale;
  platform: string;
  recent: readonly RecentFile[];
  /** The document has a file (Reveal in Folder has something to show). */
  hasDocumentFile: boolean;
  /** Offer developer tools (unpackaged builds only). */
  developer: boolean;
}

export interface MenuActions {
  /** Forwards a command to the focused window's renderer. */
  command(command: DesktopCommand): void;
  revealInFolder(): void;
  clearRecent(): void;
}

export const SHORTCUTS = {
  open: 'CmdOrCtrl+O',
  save: 'CmdOrCtrl+S',
  saveAs: 'CmdOrCtrl+Shift+S',
  exportReport: 'CmdOrCtrl+E',
  revealInFolder: 'CmdOrCtrl+Alt+R',
  quit: 'CmdOrCtrl+Q',
  zoomIn: 'CmdOrCtrl+=',
  zoomOut: 'CmdOrCtrl+-',
  resetZoom: 'CmdOrCtrl+0',
  devTools: 'CmdOrCtrl+Shift+I',
} as const;

/** The language menu names each language in itself, whatever the current UI language. */
const LANGUAGE_NAMES: readonly [Locale, string][] = [
  ['zh-CN', '中文'],
  ['en', 'English'],
];

export function buildMenuTemplate(input: MenuInput, actions: MenuActions): MenuItemConstructorOptions[] {
  const text = SHELL_TEXT[input.locale].menu;
  const mac = input.platform === 'darwin';

  const recentItems: MenuItemConstructorOptions[] =
    input.recent.length === 0
      ? [{ label: text.noRecent, enabled: false }]
      : [
          ...input.recent.map((r): MenuItemConstructorOptions => ({
            // A file name with & would otherwise become an access key.
            label: r.name.replaceAll('&', '&&'),
            toolTip: r.path,
            click: () => actions.command({ type: 'openRecent', path: r.path }),
          })),
          { type: 'separator' },
          { label: text.clearRecent, click: () => actions.clearRecent() },
        ];

  const file: MenuItemConstructorOptions = {
    label: text.file,
    submenu: [
      { label: text.open, accelerator: SHORTCUTS.open, click: () => actions.command({ type: 'open' }) },
      { label: text.openRecent, submenu: recentItems },
      { type: 'separator' },
      { label: text.save, accelerator: SHORTCUTS.save, click: () => actions.command({ type: 'save' }) },
      { label: text.saveAs, accelerator: SHORTCUTS.saveAs, click: () => actions.command({ type: 'saveAs' }) },
      { type: 'separator' },
      {
        label: text.exportReport,
        accelerator: SHORTCUTS.exportReport,
        click: () => actions.command({ type: 'exportReport' }),
      },
      {
        label: text.revealInFolder,
        accelerator: SHORTCUTS.revealInFolder,
        enabled: input.hasDocumentFile,
        click: () => actions.revealInFolder(),
      },
      // On macOS Quit lives in the application menu.
      ...(mac
        ? []
        : [
            { type: 'separator' } as const,
            { label: text.quit, role: 'quit', accelerator: SHORTCUTS.quit } as const,
          ]),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: text.view,
    submenu: [
      { label: text.resetZoom, role: 'resetZoom', accelerator: SHORTCUTS.resetZoom },
      { label: text.zoomIn, role: 'zoomIn', accelerator: SHORTCUTS.zoomIn },
      { label: text.zoomOut, role: 'zoomOut', accelerator: SHORTCUTS.zoomOut },
      { type: 'separator' },
      { label: text.fullScreen, role: 'togglefullscreen' },
      ...(input.developer
        ? [{ label: text.devTools, role: 'toggleDevTools', accelerator: SHORTCUTS.devTools } as const]
        : []),
    ],
  };

  const language: MenuItemConstructorOptions = {
    label: text.language,
    submenu: LANGUAGE_NAMES.map(([locale, name]) => ({
      label: name,
      type: 'radio',
      checked: locale === input.locale,
      click: () => actions.command({ type: 'language', locale }),
    })),
  };

  const help: MenuItemConstructorOptions = {
    label: text.help,
    role: 'help',
    submenu: [{ label: text.about, role: 'about' }],
  };

  // macOS needs the application menu, and an Edit menu for ⌘C/⌘V to reach text fields at all;
  // on Windows and Linux Chromium handles those shortcuts itself.
  return mac
    ? [{ role: 'appMenu' }, file, { role: 'editMenu' }, view, language, { role: 'windowMenu' }, help]
    : [file, view, language, help];
}
