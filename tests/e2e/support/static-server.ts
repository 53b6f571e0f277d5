/**
 * A tiny static server for the built renderer, on 127.0.0.1 and a free port. It resolves paths with
 * the same code as the Electron app:// handler and sends the same CSP header, so the browser tests
 * run the app under the desktop app's security policy.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { contentTypeFor, resolveAssetPath } from '../../../main/app-protocol.ts';
import { CONTENT_SECURITY_POLICY } from '../../../main/security.ts';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function startStaticServer(rootDir: string): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const headers = {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    };
    const fail = (status: number) => {
      res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end(String(status));
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return fail(405);
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    const file = resolveAssetPath(rootDir, pathname);
    if (file === null) return fail(404);
    stat(file).then(
      (info) => {
        if (!info.isFile()) return fail(404);
        res.writeHead(200, { ...headers, 'Content-Type': contentTypeFor(file), 'Content-Length': info.size });
        if (req.method === 'HEAD') res.end();
        else createReadStream(file).pipe(res);
      },
      () => fail(404),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
