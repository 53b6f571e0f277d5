/**
 * The Compare tab's pool of evacuation workers (renderer/src/compare/evac-pool.ts) in the browser,
 * on the paths a normal machine never takes: `new Worker` refused for the pool's workers (as a
 * stricter CSP or an embedding browser would), where the drill worker must run every run itself and
 * the panel say so; and a one-core machine (`navigator.hardwareConcurrency` = 1), one pool worker.
 * Both must still give the RSET distribution of both runs.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/locales/en.ts';
import { useAppSession } from './support/app-session.ts';
import { screenshot } from './support/browser.ts';

const SAMPLE = 'old-tower-1998-24f.json';
/** Two runs of the 24-storey sample in one thread on a shared 2-core machine: generous, not a target. */
const RUN_TIMEOUT = 300_000;

const session = useAppSession();

/** Reloads the app with `script` run before its own code, then compares the building twice. */
async function compareTwoRuns(page: Page, script: string): Promise<void> {
  await page.addInitScript(script);
  await page.reload();
  await page.getByTestId('open').waitFor({ timeout: 15_000 });
  await page.getByTestId('sample-picker').selectOption(SAMPLE);
  await expect.poll(() => page.getByTestId('file-name').textContent(), { timeout: 20_000 }).toBe(SAMPLE);
  await page.getByTestId('tab-compare').click();
  await page.getByTestId('compare-runs').fill('2');
  await page.getByTestId('compare-run').click();
  await page.getByTestId('compare-result').waitFor({ timeout: RUN_TIMEOUT });
  expect(await page.getByTestId('compare-distribution').getAttribute('data-runs')).toBe('2');
}

describe('the Compare pool on its fallback paths', () => {
  it(
    'runs in the drill worker itself when no pool worker can be created, and says so',
    async () => {
      const page = await session.openApp();
      // Only the pool's workers (named "evac") are refused; the drill worker starts as usual.
      await compareTwoRuns(
        page,
        `{
          const Base = window.Worker;
          window.Worker = class extends Base {
            constructor(url, options) {
              if (options && options.name === 'evac') throw new DOMException('refused by the test', 'SecurityError');
              super(url, options);
            }
          };
        }`,
      );
      const workers = page.getByTestId('compare-workers');
      expect(await workers.getAttribute('data-workers')).toBe('0');
      expect(await workers.textContent()).toBe(en.compare.workersFallback);
      await screenshot(page, 'compare-pool-fallback');
    },
    RUN_TIMEOUT + 60_000,
  );

  it(
    'uses one pool worker on a one-core machine',
    async () => {
      const page = await session.openApp();
      await compareTwoRuns(
        page,
        `Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => 1, configurable: true });`,
      );
      const workers = page.getByTestId('compare-workers');
      expect(await workers.getAttribute('data-workers')).toBe('1');
      expect(await workers.textContent()).toBe(en.compare.workers.replace('{{count}}', '1'));
    },
    RUN_TIMEOUT + 60_000,
  );
});
