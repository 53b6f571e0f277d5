/**
 * The live view of an evacuation run in the browser build (headless Chromium, software GL): while
 * the 33-storey sample's run computes, the people streamed from the worker (frame chunks) appear on
 * the canvas and move, before any result exists, with the "live" note in the Run panel; Cancel
 * takes them away again, so the canvas is back to the building alone, and no result is shown.
 * Screenshots in test-results/e2e/live-run-*.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/locales/en.ts';
import { screenshot, waitForCanvasPixels } from './support/browser.ts';
import { useAppSession } from './support/app-session.ts';
import { enginesSettled } from './support/app-waits.ts';
import { differingPixels, VIEW_BACKGROUND } from './support/canvas-pixels.ts';

const session = useAppSession();
const differing = (a: Buffer, b: Buffer): Promise<number> => differingPixels(session.browser(), a, b);

/**
 * Screenshots the canvas until one differs from `from` by more than `min` pixels while the run is
 * still running (the status is read after the screenshot, so the picture was taken mid-run).
 * Returns the screenshot and the count, or null if the run ended first.
 */
async function liveShot(
  page: Page,
  canvas: Locator,
  from: Buffer,
  min: number,
): Promise<{ shot: Buffer; diff: number } | null> {
  const panel = page.getByTestId('run-panel');
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const shot = await canvas.screenshot();
    if ((await panel.getAttribute('data-run-status')) !== 'running') return null;
    const diff = await differing(from, shot);
    if (diff > min) return { shot, diff };
    await page.waitForTimeout(100);
  }
  return null;
}

describe('live evacuation run', () => {
  it('draws the people live while the run computes, and Cancel takes them away', async () => {
    const page = await session.openApp({ readyTestId: 'view-toolbar' });
    const canvas = page.getByTestId('building-canvas').locator('canvas');
    await waitForCanvasPixels(
      session.browser(),
      canvas,
      VIEW_BACKGROUND,
      (s) => s.drawn / s.total > 0.03,
      15_000,
    );
    // The scenario first: picking it can redraw the view (its changes), so the still picture comes after.
    await page.getByTestId('scenario-picker').selectOption('baseline');
    await enginesSettled(page);
    // One storey from above, where the people are in view (a busy middle storey of the sample).
    await page.getByTestId('storey-picker').selectOption({ index: 20 });
    await page.getByTestId('storey-mode-isolate').click();
    await page.waitForTimeout(1000);
    const before = await canvas.screenshot();
    // The view is still (on-demand rendering): the same picture again.
    await page.waitForTimeout(500);
    expect(await differing(before, await canvas.screenshot()), 'the idle view is still').toBeLessThan(20);

    // Headless Chromium renders in software, where the live view starts off (run/live-preference.ts).
    expect(await page.getByTestId('run-live-toggle').isChecked()).toBe(false);
    await page.getByTestId('run-live-toggle').check();
    await page.getByTestId('run').click();
    await page.getByTestId('run-progress').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('run-live').textContent()).toBe(en.liveRun.showing);

    // People appear before the run has a result…
    const first = await liveShot(page, canvas, before, 200);
    expect(first, 'live people drawn while the run was still computing').not.toBeNull();
    await screenshot(page, 'live-run-people');
    // …and move as further chunks arrive.
    const moved = await liveShot(page, canvas, first!.shot, 20);
    console.log(
      `live run: ${first!.diff} pixels changed by the live people; then ${moved?.diff ?? 'none (run ended)'} moved`,
    );
    expect(moved, 'the live people moved while the run was still computing').not.toBeNull();
    expect(await page.getByTestId('verdict').count()).toBe(0);

    // Cancel: no result, and the live people are gone (the canvas is the building alone again).
    await page.getByTestId('run-cancel').click();
    await expect.poll(() => page.getByTestId('run-panel').getAttribute('data-run-status')).toBe('idle');
    let after = await canvas.screenshot();
    await expect
      .poll(
        async () => {
          after = await canvas.screenshot();
          return differing(before, after);
        },
        { timeout: 10_000, interval: 250 },
      )
      .toBeLessThan(20);
    await screenshot(page, 'live-run-cancelled');
    expect(await page.getByTestId('verdict').count()).toBe(0);
    expect(await page.getByTestId('playback').count()).toBe(0);
    expect(await page.getByTestId('run-live').count()).toBe(0);
  }, 240_000);
});
