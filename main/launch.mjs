/**
 * `npm start`: build, then run Lifeline in Electron. Where the Electron binary is missing (it cannot
 * be downloaded on every machine), say so in one line and point at `npm run web`.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { findElectronBinary, MISSING_ELECTRON_MESSAGE } from './electron-binary.mjs';

const root = path.resolve(import.meta.dirname, '..');
const binary = findElectronBinary(root);
if (binary === null) {
  process.stderr.write(MISSING_ELECTRON_MESSAGE + '\n');
  process.exit(1);
}

// Imported only now: without a binary, `npm start` answers at once instead of loading Vite.
const { buildAll, MAIN_ENTRY } = await import('./build.mjs');
await buildAll({ logLevel: 'warn' });

const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(binary, [MAIN_ENTRY, ...process.argv.slice(2)], { stdio: 'inherit', env });
child.on('error', (err) => {
  process.stderr.write(`Lifeline: could not start Electron (${err.message})\n`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
