/**
 * The desktop app itself, through Playwright's Electron support. Runs only where the Electron
 * binary was downloaded (node_modules/electron/path.txt); elsewhere it reports itself skipped.
 */
import path from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildDesktop, MAIN_ENTRY } from '../../main/build.mjs';
import { findElectronBinary } from '../../main/electron-binary.mjs';
import { RESULTS_DIR } from './support/browser.ts';

const binary = findElectronBinary(path.resolve(import.meta.dirname, '..', '..'));

describe('Lifeline in Electron', () => {
  it('opens a sandboxed window on app://lifeline that refuses foreign navigation', async (ctx) => {
    if (binary === null) {
      ctx.skip(
        'Electron binary not installed (node_modules/electron/path.txt missing; it cannot be downloaded here)',
      );
      return;
    }
    await buildDesktop({ logLevel: 'warn' }); // the renderer was built by the global setup
    const app = await electron.launch({ executablePath: binary, args: [MAIN_ENTRY] });
    try {
      const page = await app.firstWindow();
      await page.getByTestId('open').waitFor();
      expect(page.url()).toMatch(/^app:\/\/lifeline\//);
      expect(
        await page.evaluate(
          () => (window as { lifelineDesktop?: { runtime: string } }).lifelineDesktop?.runtime,
        ),
      ).toBe('electron');
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
        'undefined',
      );
      // No Node in the page: node integration is off and the preload's own scope stays isolated.
      expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe(
        'undefined',
      );

      await page.evaluate(() => {
        window.location.href = 'https://example.com/';
      });
      await page.waitForTimeout(500);
      expect(page.url()).toMatch(/^app:\/\/lifeline\//);
      await page.screenshot({ path: path.join(RESULTS_DIR, 'electron.png') });
    } finally {
      await app.close();
    }
  });
});
