/**
 * The Water and Trucks answers in the browser build (headless Chromium, software GL): on every
 * sample the two verdict cards fill by themselves (their engines run in module workers), the Water
 * tab shows the fire storey's hydrants in MPa and the pressure ladder, the Trucks tab shows arrival
 * times in min:s; on the old tower the trucks are blocked by named obstacles; the overlays in the 3D
 * view switch with their layers (pixels change); and nothing is left untranslated in Chinese.
 * Screenshots go to test-results/e2e/overlays-*.png.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/locales/en.ts';
import { zhCN } from '../../renderer/src/locales/zh-CN.ts';
import { screenshot, waitForCanvasPixels } from './support/browser.ts';
import { useAppSession } from './support/app-session.ts';
import { buildingCanvas, canvasChanged, countPixels, VIEW_BACKGROUND } from './support/canvas-pixels.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SAMPLES = readdirSync(path.join(ROOT, 'models', 'samples'))
  .filter((f) => f.endsWith('.json'))
  .sort();
/** Engines take well under 2 s on the samples alone; the box is shared by up to 8 people. */
const ENGINE_TIMEOUT = 90_000;

const session = useAppSession();

function flatKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : flatKeys(v as object, `${prefix}${k}.`),
  );
}
/** Keys of this feature's sections, as a raw key would appear if a translation were missing. */
const OWN_KEYS = [
  ...flatKeys(en.water, 'water.'),
  ...flatKeys(en.trucks, 'trucks.'),
  ...flatKeys(en.verdicts, 'verdicts.'),
];

async function openApp(locale = 'en-US'): Promise<Page> {
  return session.openApp({ locale, readyTestId: 'view-toolbar' });
}

async function loadSample(page: Page, fileName: string): Promise<void> {
  const picker = page.getByTestId('sample-picker');
  if ((await picker.inputValue()) !== fileName) await picker.selectOption(fileName);
  await expect
    .poll(() => page.getByTestId('file-name').first().textContent(), { timeout: 20_000 })
    .toBe(fileName);
}

/** Waits until a verdict card has a verdict (ok or fail) and returns its status. */
async function verdictOf(page: Page, mode: 'people' | 'water' | 'trucks'): Promise<string> {
  const card = page.getByTestId(`verdict-card-${mode}`);
  await expect
    .poll(async () => (await card.getAttribute('data-status')) ?? '', {
      timeout: ENGINE_TIMEOUT,
      interval: 250,
    })
    .toMatch(/^(ok|fail|failed)$/);
  const status = (await card.getAttribute('data-status'))!;
  expect(status, (await card.textContent()) ?? '').not.toBe('failed');
  return status;
}

interface OverlayPixels {
  /** The water overlay's "meets the code" green (#3fbf5a), lit or not. */
  green: number;
  /** Saturated red: blocking obstacles (#ff2d2d), failing hydrants, stuck posts. */
  red: number;
}

/** Counts overlay-coloured pixels of a PNG, decoded in a blank page (no app CSP there). */
function overlayPixels(png: Buffer): Promise<OverlayPixels> {
  return countPixels(
    session.browser(),
    [png],
    ([data]): OverlayPixels => {
      let green = 0;
      let red = 0;
      for (let i = 0; i < data!.length; i += 4) {
        const r = data![i]!;
        const g = data![i + 1]!;
        const b = data![i + 2]!;
        if (g > 120 && g - r > 60 && g - b > 40) green++;
        if (r > 150 && r - g > 100 && r - b > 100) red++;
      }
      return { green, red };
    },
    null,
  );
}

describe('Water and Trucks answers', () => {
  for (const sample of SAMPLES) {
    it(`${sample}: the verdict cards fill, the tabs show MPa, the ladder and min:s`, async () => {
      const page = await openApp();
      await loadSample(page, sample);
      // People waits for Run; water and trucks run by themselves.
      expect(await page.getByTestId('verdict-card-people').getAttribute('data-status')).toBe('notRun');
      await verdictOf(page, 'water');
      await verdictOf(page, 'trucks');
      expect(await page.getByTestId('verdict-text-water').textContent()).toMatch(/^Water: .*MPa/);
      expect(await page.getByTestId('verdict-text-trucks').textContent()).toMatch(/^Trucks: /);

      await page.getByTestId('tab-water').click();
      const panel = page.getByTestId('tool-panel-water');
      await panel.getByTestId('water-result').waitFor();
      // The baseline has no fire storey: pick the top storey with hydrants, which reruns the engine.
      const ladder = panel.getByTestId('water-ladder');
      const topStorey = await ladder.locator('tbody tr').first().getAttribute('data-storey');
      await panel.getByTestId('water-fire-storey').selectOption(topStorey!);
      await panel.getByTestId('water-hydrants').waitFor({ timeout: ENGINE_TIMEOUT });
      const hydrants = panel.getByTestId('water-hydrants');
      expect(await hydrants.textContent()).toContain('MPa');
      expect(await hydrants.locator('tbody tr').count()).toBeGreaterThan(0);
      expect(await hydrants.locator('tbody tr td').nth(1).textContent()).toMatch(/^\d+\.\d{2,3}$/);
      // The ladder: every storey with hydrants, top first, a coloured cell per supply state.
      const rows = ladder.locator('tbody tr');
      expect(await rows.count()).toBeGreaterThan(5);
      expect(await ladder.locator('td[data-class]').count()).toBeGreaterThan(await rows.count());
      expect(await panel.getByTestId('water-checks').locator('tbody tr').count()).toBeGreaterThan(3);
      await screenshot(page, `overlays-water-${sample.replace(/\.json$/, '')}`);

      await page.getByTestId('tab-trucks').click();
      const trucks = page.getByTestId('tool-panel-trucks');
      const routes = trucks.getByTestId('trucks-routes');
      await routes.waitFor();
      expect(await routes.textContent()).toMatch(/\d+:\d{2}/);
      expect(await trucks.getByTestId('trucks-checks').locator('tbody tr').count()).toBeGreaterThan(0);
      await screenshot(page, `overlays-trucks-${sample.replace(/\.json$/, '')}`);
    }, 180_000);
  }

  it('old-tower-1998-24f: trucks are blocked by named obstacles, and towing is costed', async () => {
    const page = await openApp();
    await loadSample(page, 'old-tower-1998-24f.json');
    expect(await verdictOf(page, 'trucks')).toBe('fail');
    expect(await page.getByTestId('verdict-text-trucks').textContent()).toMatch(/gate-W blocked by car-\d/);
    await page.getByTestId('tab-trucks').click();
    const west = page.getByTestId('tool-panel-trucks').getByTestId('trucks-route-pumper-CB10/60-gate-W');
    expect(await west.getAttribute('data-reached')).toBe('false');
    expect(await west.getByTestId('blocked-by').textContent()).toMatch(/car-\d/);
    // Water on the old tower fails above F12 with its 1998 roof tank.
    expect(await verdictOf(page, 'water')).toBe('fail');
    await screenshot(page, 'overlays-old-tower-trucks');
  }, 180_000);

  it('a scenario change reruns both engines (old tower, site cleared: the west gate opens)', async () => {
    const page = await openApp();
    await loadSample(page, 'old-tower-1998-24f.json');
    await verdictOf(page, 'trucks');
    await page.getByTestId('scenario-picker').selectOption('site-cleared');
    await page.getByTestId('tab-trucks').click();
    const west = page.getByTestId('tool-panel-trucks').getByTestId('trucks-route-pumper-CB10/60-gate-W');
    await expect.poll(() => west.getAttribute('data-reached'), { timeout: ENGINE_TIMEOUT }).toBe('true');
    await verdictOf(page, 'water');
    expect(await page.getByTestId('verdict-text-water').textContent()).toContain('fire storey F8');
  }, 180_000);

  it('draws the water and access overlays in their layers, each switchable', async () => {
    const page = await openApp();
    await verdictOf(page, 'water');
    await verdictOf(page, 'trucks');
    const canvas = buildingCanvas(page);
    await waitForCanvasPixels(session.browser(), canvas, VIEW_BACKGROUND, (s) => s.drawn / s.total > 0.03);
    // Let the overlays' frame land, then take the reference picture.
    await new Promise((r) => setTimeout(r, 500));
    const on = await canvas.screenshot();
    const withAll = await overlayPixels(on);
    await screenshot(page, 'overlays-3d-on');

    // Water off: the recoloured hydrants and the risers go, so green goes down.
    await page.getByTestId('layer-water').uncheck();
    const noWater = await canvasChanged(canvas, on, 10_000);
    const withoutWater = await overlayPixels(noWater);
    expect(withoutWater.green, 'green pressure marks hidden with the water layer').toBeLessThan(
      withAll.green,
    );
    await page.getByTestId('layer-water').check();
    const back = await canvasChanged(canvas, noWater, 10_000);

    // Access off: the paths, envelopes and the red blocking cars go (the layer holds nothing else).
    await page.getByTestId('layer-access').uncheck();
    const noAccess = await canvasChanged(canvas, back, 10_000);
    const withoutAccess = await overlayPixels(noAccess);
    expect(withoutAccess.red, 'red blocking obstacles hidden with the access layer').toBeLessThan(
      (await overlayPixels(back)).red,
    );
    await screenshot(page, 'overlays-3d-access-off');
    await page.getByTestId('layer-access').check();
    await canvasChanged(canvas, noAccess, 10_000);
  }, 180_000);

  it('plays a drive once: the canvas changes while it plays, then stops changing', async () => {
    const page = await openApp();
    await verdictOf(page, 'trucks');
    await page.getByTestId('tab-trucks').click();
    const play = page.getByTestId('tool-panel-trucks').getByTestId('play-drive').first();
    await play.waitFor();
    const canvas = buildingCanvas(page);
    await waitForCanvasPixels(session.browser(), canvas, VIEW_BACKGROUND, (s) => s.drawn / s.total > 0.03);
    await new Promise((r) => setTimeout(r, 500));
    const before = await canvas.screenshot();
    await play.click();
    const moving = await canvasChanged(canvas, before, 10_000);
    await canvasChanged(canvas, moving, 10_000);
    // The drive lasts at most 12 s; after it the view renders nothing new (frameloop "demand").
    await new Promise((r) => setTimeout(r, 14_000));
    const after = await canvas.screenshot();
    await new Promise((r) => setTimeout(r, 1_500));
    expect((await canvas.screenshot()).equals(after), 'no frames after the drive ends').toBe(true);
    await screenshot(page, 'overlays-drive-end');
  }, 180_000);

  it('switches to Chinese with the verdicts and both tabs translated', async () => {
    const page = await openApp();
    await verdictOf(page, 'water');
    await verdictOf(page, 'trucks');
    await page.getByTestId('lang-zh-CN').click();
    expect(await page.getByTestId('verdict-text-water').textContent()).toMatch(/^供水：/);
    expect(await page.getByTestId('verdict-text-trucks').textContent()).toMatch(/^车辆：/);
    expect(await page.getByTestId('verdict-text-people').textContent()).toBe(zhCN.verdicts.notRun);
    for (const tab of ['water', 'trucks'] as const) {
      await page.getByTestId(`tab-${tab}`).click();
      await page.getByTestId(`${tab}-result`).waitFor();
      const text = await page.locator('body').innerText();
      for (const key of OWN_KEYS) expect(text, `raw key ${key}`).not.toContain(key);
      expect(text).toContain(zhCN[tab].heading);
      await screenshot(page, `overlays-zh-CN-${tab}`);
    }
    // The canvas is still drawn (the overlays are in the view's layers).
    await waitForCanvasPixels(
      session.browser(),
      buildingCanvas(page),
      VIEW_BACKGROUND,
      (s) => s.drawn / s.total > 0.03,
    );
  }, 180_000);
});
