/**
 * Files in the browser build: dropping a building file on the window opens it (same load path as
 * Open…), a dropped non-building file is refused in words, and Save As downloads a .json that the
 * model's own loader accepts again as the same building.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { loadBuildingText } from '../../models/index.ts';
import { en } from '../../renderer/src/locales/en.ts';
import { zhCN } from '../../renderer/src/locales/zh-CN.ts';
import { screenshot } from './support/browser.ts';
import { useAppSession } from './support/app-session.ts';

const FIXTURE_TEXT = readFileSync(path.join(import.meta.dirname, 'fixtures', 'small-tower.json'), 'utf8');
const FIXTURE = JSON.parse(FIXTURE_TEXT) as { name: string };

const session = useAppSession();

function openApp(locale = 'en-US'): Promise<Page> {
  return session.openApp({ locale, acceptDownloads: true });
}

/** Drags a file from "the desktop" and drops it on the 3D view, as the OS would. */
async function dropFile(page: Page, name: string, content: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, content }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], name, { type: 'application/json' }));
      return dt;
    },
    { name, content },
  );
  for (const type of ['dragenter', 'dragover', 'drop']) {
    await page.dispatchEvent('main.viewport', type, { dataTransfer });
  }
}

describe('files in a browser', () => {
  // One page per test keeps the suite quick: each test walks through several steps.
  it('opens a building file dropped on the window, and refuses anything else in words', async () => {
    const page = await openApp('zh-CN');
    await dropFile(page, 'notes.txt', 'hello');
    const refused = page.getByTestId('drop-refused');
    await refused.waitFor();
    expect(await refused.textContent()).toBe(zhCN.file.notBuildingFile.replace('{{file}}', 'notes.txt'));

    await dropFile(page, 'dropped-tower.json', FIXTURE_TEXT);
    await expect
      .poll(() => page.getByTestId('file-name').textContent(), { timeout: 15_000 })
      .toBe('dropped-tower.json');
    expect(await page.getByTestId('building-name').textContent()).toBe(FIXTURE.name);
    expect(await page.getByTestId('storey-count').textContent()).toBe('2');
    expect(await refused.count()).toBe(0);
    // The page did not navigate to the dropped file.
    expect(page.url()).toBe(inject('baseUrl'));
    await screenshot(page, 'dropped-file');

    // A dropped file with errors is shown with its errors, and cannot be saved.
    await dropFile(page, 'broken.json', '{"format":');
    await page.locator('[data-testid="issue"][data-code="json.syntax"]').waitFor();
    expect(await page.getByTestId('save').isDisabled()).toBe(true);
    expect(await page.getByTestId('save-as').isDisabled()).toBe(true);
  });

  it('Save As downloads a .json that loads back as the same building; Save does too', async () => {
    const page = await openApp();
    await dropFile(page, 'small-tower.json', FIXTURE_TEXT);
    await expect
      .poll(() => page.getByTestId('building-name').textContent(), { timeout: 15_000 })
      .toBe(FIXTURE.name);
    const saveAs = page.getByTestId('save-as');
    expect(await saveAs.textContent()).toBe(en.file.saveAs);
    expect(await page.getByTestId('unsaved').count()).toBe(0);

    for (const button of [saveAs, page.getByTestId('save')]) {
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      expect(download.suggestedFilename()).toBe('small-tower.json');
      const text = readFileSync(await download.path(), 'utf8');
      const again = loadBuildingText(text, 'downloaded.json');
      expect(again.errors).toEqual([]);
      expect(again.building).toEqual(loadBuildingText(FIXTURE_TEXT).building);
    }
    expect(await page.getByTestId('save-failed').count()).toBe(0);
  });
});
