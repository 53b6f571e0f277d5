/** Main-thread long tasks (PerformanceObserver 'longtask') of a page, collected in the page. */
import type { Page } from 'playwright-core';

export interface LongTask {
  /** ms since the page's time origin. */
  start: number;
  duration: number;
}

/** Starts collecting the page's long tasks (into `window.longTasks`). */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
  });
}

/** The long tasks collected since the last call (or since observeLongTasks), emptying the list. */
export function takeLongTasks(page: Page): Promise<LongTask[]> {
  return page.evaluate(() =>
    (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks.splice(0),
  );
}
