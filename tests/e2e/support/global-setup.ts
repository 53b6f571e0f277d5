/** Builds the renderer once (vite build → out/renderer) and serves it for every spec. */
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildRenderer, OUT_DIR } from '../../../main/build.mjs';
import { startStaticServer } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = performance.now();
  await buildRenderer({ logLevel: 'warn' });
  const server = await startStaticServer(path.join(OUT_DIR, 'renderer'));
  console.log(
    `e2e: renderer built in ${Math.round(performance.now() - started)} ms, served at ${server.url}`,
  );
  project.provide('baseUrl', server.url);
  return () => server.close();
}
