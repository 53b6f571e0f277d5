/**
 * Launching Debian's Chromium through playwright-core (no Playwright browser download), and helpers
 * shared by the specs: console-error capture, screenshots, pixel checks (decoding: canvas-pixels.ts).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { chromiumPath } from './chromium-path.mjs';
import { countPixels } from './canvas-pixels.ts';

export const RESULTS_DIR = path.resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'e2e');

/**
 * Headless, software GL (SwiftShader) for WebGL, no network side traffic. Playwright adds
 * --headless, --no-sandbox (chromiumSandbox: false), a fresh --user-data-dir and most of the
 * quiet-startup flags itself; they are listed here too so the intent is explicit.
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    chromiumSandbox: false,
    args: [
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** Console errors and uncaught exceptions of a page; a spec ends by expecting none. */
export function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  return problems;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

export interface PixelStats {
  total: number;
  /** Pixels differing from the background colour. */
  drawn: number;
  /** Orange pixels: the stair colour under any lighting. */
  stair: number;
  /** Distinct colours after quantizing to 4 bits per channel. */
  colours: number;
}

/** Decodes a PNG in a blank page (no app CSP there) and counts what was drawn. */
export function pixelStats(
  browser: Browser,
  png: Buffer,
  background: [number, number, number],
): Promise<PixelStats> {
  return countPixels(
    browser,
    [png],
    ([data], bg): PixelStats => {
      const colours = new Set<number>();
      let drawn = 0;
      let stair = 0;
      for (let i = 0; i < data!.length; i += 4) {
        const r = data![i]!;
        const g = data![i + 1]!;
        const b = data![i + 2]!;
        if (Math.abs(r - bg[0]) + Math.abs(g - bg[1]) + Math.abs(b - bg[2]) > 24) drawn++;
        if (r > 150 && g > 50 && g < 170 && b < 90 && r - g > 60) stair++;
        colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
      }
      return { total: data!.length / 4, drawn, stair, colours: colours.size };
    },
    background,
  );
}

/**
 * Screenshots `canvas` until `done(stats)` holds or `timeoutMs` passes (the view renders on demand,
 * so the first frame can land a little after the element appears); returns the last stats.
 */
export async function waitForCanvasPixels(
  browser: Browser,
  canvas: Locator,
  background: [number, number, number],
  done: (stats: PixelStats) => boolean,
  timeoutMs = 5000,
): Promise<PixelStats> {
  await canvas.waitFor();
  const deadline = Date.now() + timeoutMs;
  let stats = await pixelStats(browser, await canvas.screenshot(), background);
  while (!done(stats) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    stats = await pixelStats(browser, await canvas.screenshot(), background);
  }
  return stats;
}
