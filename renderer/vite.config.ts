/**
 * The renderer build: `npm run web` (dev server), `npm run build:web` (→ out/renderer, which the
 * Electron main process serves over app://lifeline/ and the e2e tests serve over HTTP).
 * No Node imports here: Vite provides `import.meta.dirname` to config files.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

export default defineConfig({
  root,
  // Relative asset URLs: the same build works under app://lifeline/ and http://127.0.0.1:port/.
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    // three.js alone is ~700 kB minified; the app is loaded from disk, not over a network.
    chunkSizeWarningLimit: 2000,
  },
  worker: { format: 'es' },
  server: {
    host: '127.0.0.1',
    port: 5173,
    // The samples picker imports ../models/samples/*.json, outside the renderer root.
    fs: { allow: [`${root}/..`] },
  },
  preview: { host: '127.0.0.1', port: 4173 },
});
