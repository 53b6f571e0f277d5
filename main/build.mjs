/**
 * Builds the desktop app into out/: the renderer (renderer/vite.config.ts → out/renderer), the main
 * process (ESM → out/main/main.js) and the preload (one CJS file → out/preload/preload.cjs, as
 * sandboxed preloads require). Used by launch.mjs and by the Electron e2e spec; needs no binary.
 */
import path from 'node:path';
import { build } from 'vite';

export const ROOT_DIR = path.resolve(import.meta.dirname, '..');
export const OUT_DIR = path.join(ROOT_DIR, 'out');
export const MAIN_ENTRY = path.join(OUT_DIR, 'main', 'main.js');

/**
 * @param {{ logLevel?: 'info' | 'warn' | 'error' | 'silent', outDir?: string }} [options]
 * outDir defaults to out/renderer; the e2e tests may build elsewhere (LIFELINE_E2E_OUT) so that two
 * e2e runs in one checkout do not overwrite each other's build.
 */
export async function buildRenderer({ logLevel = 'warn', outDir = path.join(OUT_DIR, 'renderer') } = {}) {
  // Under vitest NODE_ENV is 'test', which would make Vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: path.join(ROOT_DIR, 'renderer', 'vite.config.ts'),
      mode: 'production',
      logLevel,
      build: { outDir },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

/**
 * @param {string} entry
 * @param {string} outDir
 * @param {'es' | 'cjs'} format
 * @param {string} fileName
 * @param {'info' | 'warn' | 'error' | 'silent'} logLevel
 */
async function buildNodeEntry(entry, outDir, format, fileName, logLevel) {
  await build({
    configFile: false,
    root: ROOT_DIR,
    logLevel,
    // Bundle every dependency (zod, …): the packaged app ships out/ only, without node_modules.
    ssr: { noExternal: true },
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: true,
      target: 'node22',
      minify: false,
      sourcemap: true,
      rolldownOptions: {
        external: ['electron'],
        output: { format, entryFileNames: fileName },
      },
    },
  });
}

/** @param {{ logLevel?: 'info' | 'warn' | 'error' | 'silent' }} [options] */
export async function buildDesktop({ logLevel = 'warn' } = {}) {
  await buildNodeEntry('main/main.ts', path.join(OUT_DIR, 'main'), 'es', 'main.js', logLevel);
  await buildNodeEntry('main/preload.ts', path.join(OUT_DIR, 'preload'), 'cjs', 'preload.cjs', logLevel);
}

/** Everything `npm start` needs. */
export async function buildAll(options = {}) {
  await buildRenderer(options);
  await buildDesktop(options);
}
