/**
 * Builds the renderer once (vite build → out/renderer, or LIFELINE_E2E_OUT when set, so parallel e2e
 * runs in one checkout keep apart) and serves it for every spec.
 */
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
  const outDir = process.env['LIFELINE_E2E_OUT'] ?? path.join(OUT_DIR, 'renderer');
  await buildRenderer({ logLevel: 'warn', outDir: path.resolve(outDir) });
  const server = await startStaticServer(path.resolve(outDir));
  console.log(
    `e2e: renderer built in ${Math.round(performance.now() - started)} ms, served at ${server.url}`,
  );
  project.provide('baseUrl', server.url);
  return () => server.close();
}
