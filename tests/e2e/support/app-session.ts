/**
 * One Chromium per spec file and one fresh context per test, with the page's console errors and
 * uncaught exceptions collected and asserted empty after each test. Call at the top of a spec file.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { collectProblems, launchChromium } from './browser.ts';

export interface OpenAppOptions {
  /** Browser locale (decides the app's first language). */
  locale?: string;
  /** Test id of the element whose appearance means the app is ready. */
  readyTestId?: string;
  acceptDownloads?: boolean;
}

export interface AppSession {
  /** The spec file's browser (for pixel helpers that open their own page). */
  browser: () => Browser;
  openApp: (options?: OpenAppOptions) => Promise<Page>;
}

export function useAppSession(): AppSession {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let problems: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
    expect(problems, 'console errors or uncaught exceptions in the page').toEqual([]);
  });

  return {
    browser: () => {
      if (browser === undefined) throw new Error('the browser is not started yet');
      return browser;
    },
    openApp: async ({ locale = 'en-US', readyTestId = 'open', acceptDownloads = false } = {}) => {
      if (browser === undefined) throw new Error('the browser is not started yet');
      context = await browser.newContext({ locale, viewport: { width: 1280, height: 800 }, acceptDownloads });
      const page = await context.newPage();
      problems = collectProblems(page);
      await page.goto(inject('baseUrl'));
      await page.getByTestId(readyTestId).waitFor({ timeout: 15_000 });
      return page;
    },
  };
}
