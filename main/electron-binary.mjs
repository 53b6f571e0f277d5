/**
 * Where the Electron binary is, if it was ever downloaded. The electron 45 wrapper downloads it on
 * first use and then writes node_modules/electron/path.txt (the executable, relative to dist/).
 * Here it cannot be downloaded, so callers must cope with `null`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The one line `npm start` prints when the runtime is missing. */
export const MISSING_ELECTRON_MESSAGE =
  'Lifeline: the Electron runtime is not installed here (it cannot be downloaded on this machine); run `npm run web` to use Lifeline in a browser.';

/** @param {string} rootDir the repository root (the folder holding node_modules) */
export function findElectronBinary(rootDir) {
  const pkgDir = path.join(rootDir, 'node_modules', 'electron');
  const pathTxt = path.join(pkgDir, 'path.txt');
  if (!existsSync(pathTxt)) return null;
  const relative = readFileSync(pathTxt, 'utf8').trim();
  if (relative === '') return null;
  const binary = path.join(pkgDir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}
