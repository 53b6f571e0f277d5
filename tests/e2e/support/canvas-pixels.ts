/**
 * Pixel checks on screenshots, shared by the specs: PNGs are decoded in a blank page of the browser
 * (no app CSP there) and counted there by a function of the spec's; two pictures compared; waiting
 * for the on-demand view to draw something new.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The 3D view's clear colour. */
export const VIEW_BACKGROUND: [number, number, number] = [0x1b, 0x1f, 0x24];

/** The 3D view's canvas. */
export const buildingCanvas = (page: Page): Locator => page.getByTestId('building-canvas').locator('canvas');

/**
 * Decodes `pngs` in a blank page and returns what `count` makes of their RGBA pixels (one array per
 * PNG, in order). `count` runs in the page: it sees only its arguments, never the spec's variables.
 */
export async function countPixels<A, R>(
  browser: Browser,
  pngs: readonly Buffer[],
  count: (images: Uint8ClampedArray[], arg: A) => R,
  arg: A,
): Promise<R> {
  const page = await browser.newPage();
  try {
    const images = await page.evaluateHandle(
      async (b64s) =>
        Promise.all(
          b64s.map(async (b64) => {
            const img = new Image();
            img.src = `data:image/png;base64,${b64}`;
            await img.decode();
            const canvas = document.createElement('canvas');
            canvas.width = img.width;
            canvas.height = img.height;
            const ctx = canvas.getContext('2d');
            if (ctx === null) throw new Error('no 2D context');
            ctx.drawImage(img, 0, 0);
            return ctx.getImageData(0, 0, img.width, img.height).data;
          }),
        ),
      pngs.map((png) => png.toString('base64')),
    );
    // Playwright types the argument as it arrives (Unboxed<A>); plain data (numbers, arrays, null)
    // arrives as it was sent.
    const inPage = count as (images: Uint8ClampedArray[], arg: unknown) => R;
    return await images.evaluate(inPage, arg as unknown);
  } finally {
    await page.close();
  }
}

/** Pixels that differ (by more than 30 in R + G + B) between two screenshots; Infinity if their sizes differ. */
export function differingPixels(browser: Browser, a: Buffer, b: Buffer): Promise<number> {
  return countPixels(
    browser,
    [a, b],
    ([x, y]) => {
      if (x!.length !== y!.length) return Infinity;
      let n = 0;
      for (let i = 0; i < x!.length; i += 4)
        if (
          Math.abs(x![i]! - y![i]!) + Math.abs(x![i + 1]! - y![i + 1]!) + Math.abs(x![i + 2]! - y![i + 2]!) >
          30
        )
          n++;
      return n;
    },
    null,
  );
}

/** Waits until the canvas shows something other than `before` (the view renders on demand); returns the new picture. */
export async function canvasChanged(canvas: Locator, before: Buffer, timeoutMs = 5000): Promise<Buffer> {
  let now = before;
  await expect
    .poll(
      async () => {
        now = await canvas.screenshot();
        return now.equals(before);
      },
      { timeout: timeoutMs },
    )
    .toBe(false);
  return now;
}
