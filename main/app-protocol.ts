/**
 * Mapping an `app://lifeline/<path>` request to a file of the built renderer, refusing anything that
 * would leave that directory. Pure Node (no `electron`), shared by main.ts and the e2e test server,
 * so the browser tests exercise the same rules as the desktop app.
 */
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './security.ts';

/** Served when the path is `/` (or empty). */
export const INDEX_FILE = 'index.html';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Type for a served file; unknown extensions are opaque bytes (never sniffed). */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * A URL path (`/assets/index-abc.js`, percent-encoded as received) → an absolute file path inside
 * `rootDir`, or `null` if the path is malformed or escapes the root (`..`, encoded `%2e%2e`,
 * backslashes, NUL bytes, drive letters).
 */
export function resolveAssetPath(rootDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || !decoded.startsWith('/')) return null;
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..' || s.includes(':'))) return null;
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, ...(segments.length === 0 ? [INDEX_FILE] : segments));
  return resolved.startsWith(root + path.sep) ? resolved : null;
}

/** The file for a full `app://lifeline/…` request URL, or `null` for another host or a bad path. */
export function resolveAppRequest(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST) return null;
  return resolveAssetPath(rootDir, url.pathname);
}
