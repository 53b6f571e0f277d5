/**
 * Electron main process: serves the built renderer over `app://lifeline/` (never `file://`), opens
 * one sandboxed window and refuses everything else: other origins, new windows, permissions.
 * Thin by design; the rules live in security.ts, app-protocol.ts and window-options.ts, which are
 * unit-tested without Electron. Bundled by build.mjs to out/main/main.js (ESM).
 */
import { app, BrowserWindow, protocol, session, type Session, type WebContents } from 'electron';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentTypeFor, resolveAppRequest } from './app-protocol.ts';
import { APP_ENTRY_URL, APP_SCHEME, CONTENT_SECURITY_POLICY, isAllowedNavigation } from './security.ts';
import { createWindowOptions } from './window-options.ts';

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

function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow(createWindowOptions({ preloadPath: PRELOAD_PATH }));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

// No top-level await on whenReady: in an ESM entry that would hang the app (Electron docs).
void app.whenReady().then(() => {
  lockDownSession(session.defaultSession);
  createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
});
