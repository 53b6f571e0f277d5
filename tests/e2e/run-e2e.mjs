/**
 * `npm run test:e2e`: end-to-end tests of the renderer in headless Debian Chromium (playwright-core,
 * no browser download), plus the Electron spec where the Electron binary exists. Checks that
 * Chromium is there, then runs vitest with tests/e2e/vitest.config.ts; its global setup builds the
 * renderer and serves it on 127.0.0.1. Closes with "e2e: N passed, N failed, N skipped".
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromiumPath } from './support/chromium-path.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const chromium = chromiumPath();
if (!existsSync(chromium)) {
  process.stderr.write(
    [
      `e2e: Chromium not found at ${chromium}.`,
      '  Debian/Ubuntu (as root): apt-get update && apt-get install -y chromium',
      '  Or point LIFELINE_CHROMIUM at a Chromium/Chrome executable.',
      '',
    ].join('\n'),
  );
  process.exit(2);
}

const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const args = [
  vitest,
  'run',
  '--config',
  path.join('tests', 'e2e', 'vitest.config.ts'),
  ...process.argv.slice(2),
];
const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
