/**
 * The renderer in headless Chromium, served from the production build under the desktop CSP:
 * it loads, draws the building in 3D, shows the building and its validation, switches language,
 * and reports broken files with their JSON paths instead of crashing.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadBuildingText } from '../../models/index.ts';
import { en } from '../../renderer/src/locales/en.ts';
import { zhCN } from '../../renderer/src/locales/zh-CN.ts';
import { type PixelStats, screenshot, waitForCanvasPixels } from './support/browser.ts';
import { useAppSession } from './support/app-session.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SAMPLE = path.join(ROOT, 'models', 'samples', 'yuzhong-residential-33f.json');
const FIXTURE_TEXT = readFileSync(path.join(import.meta.dirname, 'fixtures', 'small-tower.json'), 'utf8');
const FIXTURE = JSON.parse(FIXTURE_TEXT) as { name: string };
/** What the model itself says about the fixture: the panel must show exactly that. */
const FIXTURE_RESULT = loadBuildingText(FIXTURE_TEXT, 'small-tower.json');
/** The 3D view's clear colour (scene/BuildingView.tsx). */
const BACKGROUND: [number, number, number] = [0x1b, 0x1f, 0x24];

/** A drawn building: enough of the canvas covered, shaded, with orange stairs. */
const drawn = (s: PixelStats) => s.drawn / s.total > 0.03 && s.colours > 20 && s.stair > 200;

function expectBuildingDrawn(stats: PixelStats): void {
  expect(stats.drawn / stats.total, 'share of canvas pixels drawn').toBeGreaterThan(0.03);
  expect(stats.colours, 'distinct colours (shading, edges, kinds)').toBeGreaterThan(20);
  expect(stats.stair, 'orange stair pixels').toBeGreaterThan(200);
}

/** Every translation key, dotted (`source.open`): none may ever appear on screen. */
function flatKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : flatKeys(v as object, `${prefix}${k}.`),
  );
}
const KEYS = flatKeys(en);

const session = useAppSession();

function openApp(locale = 'en-US'): Promise<Page> {
  return session.openApp({ locale });
}

/** Opens a file through the Open… button, as a user would (the browser file chooser). */
async function openFile(page: Page, name: string, content: string | Buffer): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open').click()]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  // Reading and validating is asynchronous: wait until the panel shows this file.
  await expect.poll(() => page.getByTestId('file-name').textContent(), { timeout: 15_000 }).toBe(name);
}

describe('Lifeline in a browser', () => {
  it('loads with the panel, the Open… button and no errors', async () => {
    const page = await openApp();
    expect(await page.title()).toBe(en.app.title);
    expect(await page.getByTestId('open').textContent()).toBe(en.source.open);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(page, 'app-loaded');
  });

  it("shows the default sample's name in the side panel", async (ctx) => {
    if (!existsSync(SAMPLE)) {
      ctx.skip(`the default sample ${path.relative(ROOT, SAMPLE)} does not exist yet`);
      return;
    }
    const sample = JSON.parse(readFileSync(SAMPLE, 'utf8')) as { name: string; storeys: unknown[] };
    const page = await openApp();
    await expect
      .poll(() => page.getByTestId('building-name').textContent(), { timeout: 15_000 })
      .toBe(sample.name);
    expect(await page.getByTestId('storey-count').textContent()).toBe(String(sample.storeys.length));
    const canvas = page.getByTestId('building-canvas').locator('canvas');
    const stats = await waitForCanvasPixels(session.browser(), canvas, BACKGROUND, drawn);
    await screenshot(page, 'sample-default');
    expectBuildingDrawn(stats);
  });

  it('opens a building file and draws it in 3D, stairs in orange', async () => {
    const page = await openApp();
    await openFile(page, 'small-tower.json', FIXTURE_TEXT);
    expect(await page.getByTestId('building-name').textContent()).toBe(FIXTURE.name);
    expect(await page.getByTestId('file-name').textContent()).toBe('small-tower.json');
    expect(await page.getByTestId('storey-count').textContent()).toBe('2');
    // F1: 4 + 3; F2: 0.1 /m² × 42 m² → 4, + 3.
    expect(await page.getByTestId('occupant-count').textContent()).toBe('14');
    expect(FIXTURE_RESULT.errors, 'the fixture must stay valid under the current rules').toEqual([]);
    expect(await page.getByTestId('issue').count()).toBe(FIXTURE_RESULT.warnings.length);
    if (FIXTURE_RESULT.warnings.length === 0) {
      expect(await page.getByTestId('validation').textContent()).toContain(en.validation.ok);
    }

    const canvas = page.getByTestId('building-canvas').locator('canvas');
    const stats = await waitForCanvasPixels(session.browser(), canvas, BACKGROUND, drawn);
    await screenshot(page, 'building-3d');
    expectBuildingDrawn(stats);

    // Orbit: dragging across the view turns the camera, so the picture changes.
    const before = await canvas.screenshot();
    const box = await canvas.boundingBox();
    if (box === null) throw new Error('canvas has no box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 200, box.y + box.height / 2 + 40, { steps: 8 });
    await page.mouse.up();
    await expect.poll(async () => (await canvas.screenshot()).equals(before), { timeout: 5000 }).toBe(false);
  });

  it('switches language with no raw i18n keys visible', async () => {
    const page = await openApp();
    await openFile(page, 'small-tower.json', FIXTURE_TEXT);
    const open = page.getByTestId('open');
    expect(await open.textContent()).toBe(en.source.open);

    await page.getByTestId('lang-zh-CN').click();
    expect(await open.textContent()).toBe(zhCN.source.open);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    const zhText = await page.locator('body').innerText();
    expect(zhText).toContain(zhCN.building.occupants);
    expect(zhText).toContain(zhCN.validation.heading);
    for (const key of KEYS) expect(zhText, `raw key ${key}`).not.toContain(key);
    await screenshot(page, 'language-zh-CN');

    await page.getByTestId('lang-en').click();
    expect(await open.textContent()).toBe(en.source.open);
    const enText = await page.locator('body').innerText();
    for (const key of KEYS) expect(enText, `raw key ${key}`).not.toContain(key);
  });

  it('starts in Chinese when the system language is Chinese', async () => {
    const page = await openApp('zh-CN');
    expect(await page.getByTestId('open').textContent()).toBe(zhCN.source.open);
    expect(await page.title()).toBe(zhCN.app.title);
  });

  it('shows the JSON path of each error in a broken file, in the UI language, and keeps working', async () => {
    const page = await openApp();
    const broken = JSON.parse(FIXTURE_TEXT) as { storeys: { height: number }[] };
    broken.storeys[0]!.height = -3;
    await openFile(page, 'broken.json', JSON.stringify(broken));

    const issue = page.locator('[data-testid="issue"][data-path="/storeys/0/height"]');
    await issue.waitFor();
    expect(await issue.textContent()).toContain('/storeys/0/height');
    expect(await page.getByTestId('file-name').textContent()).toBe('broken.json');
    expect(await page.getByTestId('viewport-note').textContent()).toBe(en.status.invalid);
    await screenshot(page, 'broken-file-en');

    await page.getByTestId('lang-zh-CN').click();
    expect(await issue.textContent()).toMatch(/\/storeys\/0\/height.*必须/);
    await screenshot(page, 'broken-file-zh-CN');

    // Not JSON at all, then not UTF-8: still an error message, never a crash.
    await openFile(page, 'truncated.json', FIXTURE_TEXT.slice(0, 40));
    await page.locator('[data-testid="issue"][data-code="json.syntax"]').waitFor();
    await openFile(page, 'binary.json', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    await page.locator('[data-testid="issue"][data-code="file.notUtf8"]').waitFor();

    // And a good file still opens afterwards.
    await openFile(page, 'small-tower.json', FIXTURE_TEXT);
    expect(await page.getByTestId('building-name').textContent()).toBe(FIXTURE.name);
  });
});
