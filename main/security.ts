/**
 * Pure security policy of the desktop shell: the app origin, the Content-Security-Policy, which URLs
 * a window may navigate to and which frames may send IPC. No `electron` import at runtime, so Node
 * tests check it directly (tests/unit/main/security.test.ts).
 */
/** The renderer is served from `app://lifeline/…` (main.ts), never from `file://`. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'lifeline';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Sent as a header on every `app://` response (workers included). `'wasm-unsafe-eval'` lets the
 * simulation core compile WebAssembly; inline styles are allowed for React's `style` props.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
].join('; ');

/**
 * True when `url` is a page of the app itself. Checked by scheme and host rather than
 * `URL.origin`, which is the opaque `"null"` for non-special schemes such as `app:`.
 */
export function isAppUrl(url: string | undefined | null): boolean {
  if (typeof url !== 'string' || url === '') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** The `will-navigate` / `will-redirect` guard: only the app's own pages. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/**
 * The part of an `IpcMainEvent` / `IpcMainInvokeEvent` that identifies the sender. Electron's
 * `WebFrameMain` satisfies it; `senderFrame` is null once the frame has navigated away or closed.
 */
export interface IpcSender {
  readonly senderFrame: { readonly url: string } | null;
}

/** IPC is accepted only from frames showing the app (Electron security checklist, item 17). */
export function isTrustedSender(event: IpcSender): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame !== undefined && isAppUrl(frame.url);
}

/** Throws for a foreign sender; `ipcMain.handle` turns the throw into a rejected promise. */
export function assertTrustedSender(event: IpcSender): void {
  if (!isTrustedSender(event)) {
    throw new Error(`IPC refused: sender ${JSON.stringify(event.senderFrame?.url ?? null)} is not the app`);
  }
}
