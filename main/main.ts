/**
 * Electron main process: serves the built renderer over `app://lifeline/` (never `file://`), opens
 * one sandboxed window and refuses everything else: other origins, new windows, permissions.
 * Thin by design: it wires Electron to plain modules that are unit-tested without it — the rules
 * (security.ts, app-protocol.ts, window-options.ts), the IPC handlers (ipc/), the menu
 * (menu/menu-template.ts), recent files (files/) and window state (window/).
 * Bundled by build.mjs to out/main/main.js (ESM).
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
  type Session,
  type WebContents,
} from 'electron';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locale } from '../models/index.ts';
import { contentTypeFor, resolveAppRequest } from './app-protocol.ts';
import { allowClose } from './documents/close-guard.ts';
import { WindowDocuments } from './documents/window-documents.ts';
import { readJsonSettings, writeJsonSettings } from './files/json-store.ts';
import { createRecentStore } from './files/recent-store.ts';
import { localeFromLanguageTag } from './i18n/shell-text.ts';
import { CHANNELS } from './ipc/channels.ts';
import type { DesktopCommand, RecentFile } from './ipc/contract.ts';
import { registerDocumentHandlers } from './ipc/document-handlers.ts';
import { registerFileHandlers } from './ipc/file-handlers.ts';
import { registerReportHandlers } from './ipc/report-handlers.ts';
import type { ShellContext } from './ipc/shell-context.ts';
import { buildMenuTemplate } from './menu/menu-template.ts';
import { PRINT_WINDOW_OPTIONS, printReportPdf, type PrintPage } from './report/print-pdf.ts';
import { APP_ENTRY_URL, APP_SCHEME, CONTENT_SECURITY_POLICY, isAllowedNavigation } from './security.ts';
import { restoreWindowState, windowStateToSave, WindowStateSchema } from './window/window-state.ts';
import { createWindowOptions, WINDOW_SIZE } from './window-options.ts';

/** Fixed layout of the build output (out/main, out/preload, out/renderer), also inside app.asar. */
const OUT_DIR = path.resolve(import.meta.dirname, '..');
const RENDERER_DIR = path.join(OUT_DIR, 'renderer');
const PRELOAD_PATH = path.join(OUT_DIR, 'preload', 'preload.cjs');

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

// Must run before 'ready', synchronously at the top level of the ESM entry (Electron docs, "ESM").
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
  },
]);

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** `app://lifeline/<path>` → a file under RENDERER_DIR; traversal and other hosts get 404. */
async function serveApp(request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
  const file = resolveAppRequest(RENDERER_DIR, request.url);
  if (file === null) return textResponse(404, 'Not found');
  try {
    const body = await readFile(file);
    return new Response(request.method === 'HEAD' ? null : body, {
      headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file) },
    });
  } catch {
    return textResponse(404, 'Not found');
  }
}

function lockDownSession(ses: Session): void {
  ses.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.protocol.handle(APP_SCHEME, serveApp);
}

/** Applies to every WebContents the app ever creates (windows, and any frame that slips through). */
function guardWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const guard = (event: { preventDefault(): void }, url: string): void => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

// ---- Shell state: language, documents, recent files, settings writes in flight -------------------

let locale: Locale = 'en';
let recentFiles: readonly RecentFile[] = [];
const documents = new WindowDocuments();
const pendingWrites = new Set<Promise<unknown>>();

function track(write: Promise<unknown>): void {
  const settled = write.catch(() => undefined).finally(() => pendingWrites.delete(settled));
  pendingWrites.add(settled);
}

const windowFor = (id: number): BrowserWindow | undefined =>
  BrowserWindow.getAllWindows().find((w) => !w.isDestroyed() && w.webContents.id === id);

/** The window menu commands go to: the focused one, else any. */
const targetWindow = (): BrowserWindow | undefined =>
  BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];

/** The document of the window menu commands go to. */
function targetDocumentPath(): string | null {
  const target = targetWindow();
  return target === undefined ? null : documents.get(target.webContents.id).path;
}

function rebuildMenu(): void {
  const template = buildMenuTemplate(
    {
      locale,
      platform: process.platform,
      recent: recentFiles,
      hasDocumentFile: targetDocumentPath() !== null,
      developer: !app.isPackaged,
    },
    {
      command: (command) => sendCommand(undefined, command),
      revealInFolder: () => {
        const filePath = targetDocumentPath();
        if (filePath !== null) shell.showItemInFolder(filePath);
      },
      clearRecent: () => void recent.clear(),
    },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function sendCommand(windowId: number | undefined, command: DesktopCommand): void {
  const win = windowId === undefined ? targetWindow() : windowFor(windowId);
  win?.webContents.send(CHANNELS.command, command);
}

const userDataFile = (name: string): string => path.join(app.getPath('userData'), name);

const recent = createRecentStore({
  file: userDataFile('recent-files.json'),
  onChange: (list) => {
    recentFiles = list;
    const newest = list[0];
    if (newest !== undefined) app.addRecentDocument(newest.path);
    rebuildMenu();
  },
});

const context: ShellContext = {
  dialogs: {
    showOpen: (id, options) => {
      const win = windowFor(id);
      return win === undefined ? dialog.showOpenDialog(options) : dialog.showOpenDialog(win, options);
    },
    showSave: (id, options) => {
      const win = windowFor(id);
      return win === undefined ? dialog.showSaveDialog(options) : dialog.showSaveDialog(win, options);
    },
    showMessage: async (id, options) => {
      const win = windowFor(id);
      const answer =
        win === undefined ? await dialog.showMessageBox(options) : await dialog.showMessageBox(win, options);
      return answer.response;
    },
  },
  documents,
  recent,
  getLocale: () => locale,
  setLocale: (next) => {
    if (next === locale) return;
    locale = next;
    rebuildMenu();
  },
  revealInFolder: (filePath) => shell.showItemInFolder(filePath),
  get defaultDir() {
    return app.getPath('documents');
  },
  documentChanged: (id) => {
    const win = windowFor(id);
    const doc = documents.get(id);
    if (win !== undefined && process.platform === 'darwin') {
      // macOS shows the dot in the close button and the file's icon in the title bar.
      win.setDocumentEdited(doc.dirty);
      win.setRepresentedFilename(doc.path ?? '');
    }
    rebuildMenu();
  },
  sendCommand: (id, command) => sendCommand(id, command),
  closeWindow: (id) => windowFor(id)?.close(),
};

// ---- Windows ------------------------------------------------------------------------------------

/** A hidden, script-less window to print the drill report in (report/print-pdf.ts); never shown. */
function openPrintPage(): PrintPage {
  const win = new BrowserWindow(PRINT_WINDOW_OPTIONS);
  return {
    load: (url) => win.loadURL(url),
    print: async (options) => new Uint8Array(await win.webContents.printToPDF(options)),
    close: () => {
      if (!win.isDestroyed()) win.destroy();
    },
  };
}

async function createMainWindow(): Promise<BrowserWindow> {
  const saved = await readJsonSettings(userDataFile('window-state.json'), WindowStateSchema);
  const primary = screen.getPrimaryDisplay();
  const displays = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)];
  const restored = restoreWindowState(
    saved,
    displays.map((d) => d.workArea),
    WINDOW_SIZE,
  );
  const win = new BrowserWindow(createWindowOptions({ preloadPath: PRELOAD_PATH, bounds: restored }));
  const id = win.webContents.id;
  win.once('ready-to-show', () => {
    if (restored.maximized) win.maximize();
    win.show();
  });
  win.on('focus', rebuildMenu);
  win.on('close', (event) => {
    if (!allowClose(context, id)) {
      event.preventDefault();
      return;
    }
    track(
      writeJsonSettings(
        userDataFile('window-state.json'),
        windowStateToSave(win.getNormalBounds(), win.isMaximized()),
      ),
    );
  });
  win.on('closed', () => documents.delete(id));
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

// Settings writes (window state) finish before the process exits.
app.on('will-quit', (event) => {
  if (pendingWrites.size === 0) return;
  event.preventDefault();
  void Promise.all(pendingWrites).then(() => app.quit());
});

// No top-level await on whenReady: in an ESM entry that would hang the app (Electron docs).
void app.whenReady().then(async () => {
  // The same tag the renderer sees as navigator.language; it reports its choice later (setLocale).
  locale = localeFromLanguageTag(app.getLocale());
  app.setAboutPanelOptions({ applicationName: 'Lifeline', applicationVersion: app.getVersion() });
  lockDownSession(session.defaultSession);
  registerFileHandlers(ipcMain, context);
  registerDocumentHandlers(ipcMain, context);
  registerReportHandlers(ipcMain, context, (html) => printReportPdf(html, openPrintPage));
  recentFiles = await recent.list().catch(() => []);
  rebuildMenu();
  await createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createMainWindow();
  });
});
