import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Target {
  target: string;
}
type Targets = (string | Target)[];
const names = (targets: Targets | undefined) =>
  (targets ?? []).map((t) => (typeof t === 'string' ? t : t.target));

const config = parse(readFileSync(new URL('../../../electron-builder.yml', import.meta.url), 'utf8')) as {
  appId: string;
  productName: string;
  npmRebuild: boolean;
  files: string[];
  extraMetadata: { main: string };
  fileAssociations: { ext: string | string[]; name: string }[];
  win: { target: Targets };
  mac: { target: Targets };
  linux: { target: Targets };
};

describe('electron-builder.yml', () => {
  it('names the app', () => {
    expect(config.appId).toBe('cn.lifeline.app');
    expect(config.productName).toBe('Lifeline');
  });

  it('builds an NSIS installer, a dmg, an AppImage and a deb', () => {
    expect(names(config.win.target)).toEqual(['nsis']);
    expect(names(config.mac.target)).toEqual(['dmg']);
    expect(names(config.linux.target).sort()).toEqual(['AppImage', 'deb']);
  });

  it('associates .json building models with the app', () => {
    const exts = config.fileAssociations.flatMap((a) => (Array.isArray(a.ext) ? a.ext : [a.ext]));
    expect(exts).toContain('json');
  });

  it('packages the build output without rebuilding native modules', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.files).toContain('out/**/*');
    expect(config.extraMetadata.main).toBe('out/main/main.js');
  });
});
