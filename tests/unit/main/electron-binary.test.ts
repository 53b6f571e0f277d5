import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findElectronBinary, MISSING_ELECTRON_MESSAGE } from '../../../main/electron-binary.mjs';

const dirs: string[] = [];
function fakeRoot(pathTxt?: string, createBinary = false): string {
  const root = mkdtempSync(path.join(tmpdir(), 'lifeline-electron-'));
  dirs.push(root);
  const pkg = path.join(root, 'node_modules', 'electron');
  mkdirSync(path.join(pkg, 'dist'), { recursive: true });
  if (pathTxt !== undefined) writeFileSync(path.join(pkg, 'path.txt'), pathTxt);
  if (createBinary && pathTxt) writeFileSync(path.join(pkg, 'dist', pathTxt.trim()), '');
  return root;
}

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('finding the Electron binary', () => {
  it('is null without path.txt (the binary was never downloaded)', () => {
    expect(findElectronBinary(fakeRoot())).toBeNull();
  });

  it('is null when path.txt names a missing file', () => {
    expect(findElectronBinary(fakeRoot('electron'))).toBeNull();
  });

  it('is the file path.txt names under dist/', () => {
    const root = fakeRoot('electron\n', true);
    expect(findElectronBinary(root)).toBe(path.join(root, 'node_modules', 'electron', 'dist', 'electron'));
  });

  it('says in one line what to do instead', () => {
    expect(MISSING_ELECTRON_MESSAGE).not.toContain('\n');
    expect(MISSING_ELECTRON_MESSAGE).toContain('npm run web');
  });
});
