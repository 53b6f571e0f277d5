/**
 * The drill workflow in the browser build (issue 7): a scenario is created in the app (Scenario
 * tool), then the Compare tool runs it and three scenarios of the old-tower sample through the three
 * engines in a module worker, shows the side-by-side table with
 * deltas against the baseline and each scenario's three verdicts in the UI language, and exports
 * the bilingual report as a download, which is then opened on its own and checked: it renders, has
 * its charts and shows no untranslated key, in either language of its toggle.
 *
 * The desktop paths (issue 6: recent list, menu Export Report) are checked at renderer level with a
 * stubbed `window.lifelineDesktop`: the recent list under Open… opens a file through the bridge,
 * a missing one is reported, and the menu command exports the report through the bridge.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { en } from '../../renderer/src/locales/en.ts';
import { zhCN } from '../../renderer/src/locales/zh-CN.ts';
import { collectProblems, screenshot } from './support/browser.ts';
import { useAppSession } from './support/app-session.ts';

const SAMPLE = 'old-tower-1998-24f.json';
const SCENARIOS = ['baseline', 'site-cleared', 'retrofit-roof-booster', 'scenario-1'];
/** The scenario the test creates in the Scenario tool. */
const EDITED = 'scenario-1';
const FIXTURE_TEXT = readFileSync(path.join(import.meta.dirname, 'fixtures', 'small-tower.json'), 'utf8');
const FIXTURE = JSON.parse(FIXTURE_TEXT) as { name: string };
/** Four scenarios × the engines in a worker on a shared 2-core machine: generous, not a target. */
const RUN_TIMEOUT = 400_000;
const CJK = /[\u4e00-\u9fff]/;
/** Text a missing translation would leave: an i18next key path of a section, or a placeholder. */
const UNTRANSLATED = /\b(?:compare|recent|report|run|tools)\.[a-z][A-Za-z.]*\b|\{\{|\}\}/;

const session = useAppSession();

async function openSample(page: Page): Promise<void> {
  await page.getByTestId('sample-picker').selectOption(SAMPLE);
  await expect.poll(() => page.getByTestId('file-name').textContent(), { timeout: 20_000 }).toBe(SAMPLE);
  await page.getByTestId('tab-compare').click();
  await page.getByTestId('compare-panel').waitFor();
}

async function panelText(page: Page): Promise<string> {
  return (await page.getByTestId('compare-panel').innerText()).trim();
}

describe('compare and report in a browser', () => {
  it(
    'compares an edited and three stored scenarios with deltas and verdicts, and exports a report that renders in both languages',
    async () => {
      const page = await session.openApp({ acceptDownloads: true });
      await openSample(page);
      // Edit in the app: a new scenario (Scenario tool), the fire moved up to 20F; it is compared too.
      await page.getByTestId('tab-scenario').click();
      await page.getByTestId('se-new').click();
      await expect.poll(() => page.getByTestId('scenario-picker').inputValue()).toBe(EDITED);
      await page.getByTestId('se-name').fill('Fire on 20F, site as found');
      await page.getByTestId('se-name').press('Enter');
      await page.getByTestId('se-fire').selectOption('F20');
      await page.getByTestId('tab-compare').click();
      expect(await page.getByTestId('compare-panel').locator('h2').textContent()).toBe(en.compare.heading);
      // Only a download of HTML in a browser: PDF needs the desktop app.
      expect(await page.getByTestId('export-report-pdf').count()).toBe(0);

      // Pick the four scenarios (the building as drawn is picked at first: untick it).
      await page.getByTestId('compare-pick-as-drawn').uncheck();
      for (const id of [...SCENARIOS].reverse()) await page.getByTestId(`compare-pick-${id}`).check();
      // A bad run count is said in words and cannot be run.
      await page.getByTestId('compare-runs').fill('51');
      await page.getByTestId('compare-runs-invalid').waitFor();
      expect(await page.getByTestId('compare-run').isDisabled()).toBe(true);
      await page.getByTestId('compare-runs').fill('1');
      expect(await page.getByTestId('compare-runs-invalid').count()).toBe(0);

      const started = Date.now();
      await page.getByTestId('compare-run').click();
      await page.getByTestId('compare-progress').waitFor();
      await expect
        .poll(() => page.getByTestId('compare-progress-text').textContent(), { timeout: 60_000 })
        .toMatch(/^Scenario \d of 4 \(/);
      await page.getByTestId('compare-result').waitFor({ timeout: RUN_TIMEOUT });
      console.log(`compare: 4 scenarios × 1 run in ${((Date.now() - started) / 1000).toFixed(1)} s`);

      // The table: one column per scenario in the picked order, the first marked as the baseline.
      const heads = await page.getByTestId('compare-table').locator('thead th').allTextContents();
      expect(heads).toEqual([en.compare.figure, `baseline${en.compare.baselineTag}`, ...SCENARIOS.slice(1)]);
      // Clearing the site gets a truck there sooner (a green delta in its column); the booster lifts
      // the highest adequate hydrant storey with all pumps running (green, in storeys).
      const siteCleared = page.locator(
        'tr[data-figure^="arrival:"] td:nth-child(3) [data-testid="compare-delta"]',
      );
      expect(await siteCleared.evaluateAll((els) => els.map((e) => e.getAttribute('data-tone')))).toContain(
        'better',
      );
      const booster = page.locator(
        'tr[data-figure="water:all"] td:nth-child(4) [data-testid="compare-delta"]',
      );
      expect(await booster.getAttribute('data-tone')).toBe('better');
      expect(await booster.textContent()).toMatch(/^ \(\+\d+ storeys?\)$/);
      expect(await booster.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(108, 192, 112)');
      // The baseline column carries no delta.
      expect(await page.locator('td:nth-child(2) [data-testid="compare-delta"]').count()).toBe(0);
      // Three verdicts per scenario in English.
      const verdicts = page.getByTestId('compare-verdicts');
      expect(await verdicts.count()).toBe(4);
      expect(await verdicts.nth(3).locator('h3').textContent()).toBe('Fire on 20F, site as found');
      for (let i = 0; i < 4; i++) {
        const lines = await verdicts.nth(i).locator('li').allInnerTexts();
        expect(lines.length).toBe(3);
        for (const l of lines) expect(l).not.toMatch(CJK);
      }
      expect(await panelText(page)).not.toMatch(UNTRANSLATED);
      await screenshot(page, 'compare-result-en');

      // The same result in Chinese: labels, figures and verdicts follow the UI language.
      await page.getByTestId('lang-zh-CN').click();
      await expect
        .poll(() => page.getByTestId('compare-panel').locator('h2').textContent())
        .toBe(zhCN.compare.heading);
      for (let i = 0; i < 4; i++)
        for (const l of await verdicts.nth(i).locator('li').allInnerTexts()) expect(l).toMatch(CJK);
      expect(await page.locator('tr[data-figure="reach"] th').textContent()).toBe('云梯可达最高楼层');
      expect(await panelText(page)).not.toMatch(UNTRANSLATED);
      await screenshot(page, 'compare-result-zh');

      // Export: a download named after the building file.
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.getByTestId('export-report-html').click(),
      ]);
      expect(download.suggestedFilename()).toBe('lifeline-report-old-tower-1998-24f.html');
      await expect
        .poll(() => page.getByTestId('export-status').getAttribute('data-export-status'))
        .toBe('saved');
      const html = readFileSync(await download.path(), 'utf8');

      // The report on its own (a blank page: no app, no CSP), as a reader would open it.
      const report = await page.context().newPage();
      const problems = collectProblems(report);
      await report.setContent(html, { waitUntil: 'load' });
      expect(await report.locator('h1').innerText()).toMatch(/Drill report[\s\S]*演练报告/);
      expect(await report.locator('section.scenario').count()).toBe(4);
      // Charts: per scenario the evacuation curve, stair densities and access map, each drawn.
      const charts = report.locator('section.scenario figure svg');
      expect(await charts.count()).toBeGreaterThanOrEqual(12);
      for (let i = 0; i < (await charts.count()); i++) {
        const box = await charts.nth(i).boundingBox();
        expect(box?.width ?? 0).toBeGreaterThan(100);
        expect(await charts.nth(i).locator('path, polyline, line, rect, circle').count()).toBeGreaterThan(3);
      }
      expect(await report.locator('ul.verdicts li').count()).toBe(12);
      expect(html).toContain('Fire on 20F, site as found');
      for (const lang of ['en', 'zh-CN'] as const) {
        await report.locator(`.toggle button[data-lang="${lang}"]`).click();
        const text = await report.locator('body').innerText();
        expect(text).not.toMatch(UNTRANSLATED);
        expect(text).not.toMatch(/undefined|NaN|\[object /);
        const verdictText = await report.locator('ul.verdicts').first().innerText();
        if (lang === 'en') expect(verdictText).not.toMatch(CJK);
        else expect(verdictText).toMatch(CJK);
        await screenshot(report, `compare-report-${lang}`);
      }
      expect(problems).toEqual([]);
    },
    RUN_TIMEOUT + 120_000,
  );

  it(
    'shares the Monte Carlo runs among several workers and shows the RSET distribution in both languages',
    async () => {
      const page = await session.openApp();
      const problems = collectProblems(page);
      await openSample(page);
      // The building as drawn (picked at first), two runs: one per worker of the pool.
      await page.getByTestId('compare-runs').fill('2');
      await page.getByTestId('compare-run').click();
      await page.getByTestId('compare-result').waitFor({ timeout: RUN_TIMEOUT });
      const workers = Number(await page.getByTestId('compare-workers').getAttribute('data-workers'));
      expect(workers).toBeGreaterThan(1);
      expect(await page.getByTestId('compare-workers').textContent()).toBe(
        en.compare.workers.replace('{{count}}', String(workers)),
      );
      const dist = page.getByTestId('compare-distribution');
      expect(await dist.count()).toBe(1);
      expect(await dist.getAttribute('data-runs')).toBe('2');
      expect(await page.getByTestId('compare-distribution-stats').textContent()).toMatch(
        /^mean \d+:\d\d, p50 \d+:\d\d, p95 \d+:\d\d, max \d+:\d\d$/,
      );
      // The histogram holds both runs, drawn as bars.
      const bars = page.getByTestId('compare-histogram').locator('rect');
      const counts = (await bars.evaluateAll((els) =>
        els.map((e) => Number(e.getAttribute('data-count'))),
      )) as number[];
      expect(counts.reduce((x, y) => x + y, 0)).toBe(2);
      expect(await panelText(page)).not.toMatch(UNTRANSLATED);
      await dist.scrollIntoViewIfNeeded();
      await screenshot(page, 'compare-distribution-en');
      await page.getByTestId('lang-zh-CN').click();
      await expect
        .poll(() => page.getByTestId('compare-distribution-stats').textContent())
        .toMatch(/^平均 \d+:\d\d，p50 \d+:\d\d，p95 \d+:\d\d，最大 \d+:\d\d$/);
      expect(await page.getByTestId('compare-workers').textContent()).toMatch(CJK);
      expect(await panelText(page)).not.toMatch(UNTRANSLATED);
      expect(problems).toEqual([]);
    },
    RUN_TIMEOUT,
  );

  it('cancels a comparison and leaves no half result', async () => {
    const page = await session.openApp();
    await openSample(page);
    await page.getByTestId('compare-run').click();
    await page.getByTestId('compare-progress').waitFor();
    await page.getByTestId('compare-cancel').click();
    await expect
      .poll(() => page.getByTestId('compare-panel').getAttribute('data-compare-status'))
      .toBe('idle');
    expect(await page.getByTestId('compare-result').count()).toBe(0);
    expect(await page.getByTestId('compare-run').isEnabled()).toBe(true);
  });
});

/** A fake preload bridge with a recent list, one readable and one vanished file, recording exports. */
function desktopStub(fixture: string): void {
  const exports: { suggestedName: string; format: string; html: string }[] = [];
  const opened: string[] = [];
  let command: ((c: unknown) => void) | null = null;
  const save = { status: 'cancelled' as const };
  (window as unknown as { lifelineDesktop: unknown }).lifelineDesktop = Object.freeze({
    runtime: 'electron',
    versions: { electron: '45.5.0', chrome: '140.0' },
    openFile: async () => ({ status: 'cancelled' }),
    openRecent: async (p: string) => {
      opened.push(p);
      return p === '/home/ann/towers/small-tower.json'
        ? { status: 'opened', path: p, name: 'small-tower.json', bytes: new TextEncoder().encode(fixture) }
        : {
            status: 'failed',
            name: 'gone.json',
            reason: { en: 'the file does not exist', 'zh-CN': '文件不存在' },
          };
    },
    save: async () => save,
    saveAs: async () => save,
    listRecent: async () => [
      { path: '/home/ann/towers/small-tower.json', name: 'small-tower.json' },
      { path: '/media/usb/gone.json', name: 'gone.json' },
    ],
    exportReport: async (r: { format: string; bytes: Uint8Array; suggestedName: string }) => {
      exports.push({
        suggestedName: r.suggestedName,
        format: r.format,
        html: new TextDecoder().decode(r.bytes),
      });
      return { status: 'saved', path: `/home/ann/${r.suggestedName}`, name: r.suggestedName };
    },
    exportReportPdf: async () => save,
    revealInFolder: async () => false,
    confirmUnsaved: async () => 'discard',
    setDocumentState: async () => undefined,
    setLocale: async () => undefined,
    onCommand: (l: (c: unknown) => void) => {
      command = l;
      return () => {
        command = null;
      };
    },
  });
  (window as unknown as { lifelineTest: unknown }).lifelineTest = {
    exports,
    opened,
    command: (c: unknown) => command?.(c),
  };
}

describe('desktop paths with a stubbed bridge', () => {
  it('opens from the recent list, reports a vanished file, and exports the report from the menu', async () => {
    const context = await session
      .browser()
      .newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    try {
      await context.addInitScript(desktopStub, FIXTURE_TEXT);
      const page = await context.newPage();
      const problems = collectProblems(page);
      await page.goto(inject('baseUrl'));
      const recent = page.getByTestId('recent-file');
      await expect.poll(() => recent.count(), { timeout: 15_000 }).toBe(2);
      expect(await page.getByTestId('recent-files').locator('h2').textContent()).toBe(en.recent.heading);
      expect(await recent.nth(0).innerText()).toBe('small-tower.json\n/home/ann/towers');
      await screenshot(page, 'compare-recent-list');

      await recent.nth(0).click();
      await expect
        .poll(() => page.getByTestId('building-name').textContent(), { timeout: 15_000 })
        .toBe(FIXTURE.name);
      expect(await page.getByTestId('file-name').textContent()).toBe('small-tower.json');

      // The menu's Export Report with no comparison yet: the window's scenario is compared, then exported.
      await page.evaluate(() =>
        (window as unknown as { lifelineTest: { command: (c: unknown) => void } }).lifelineTest.command({
          type: 'exportReport',
        }),
      );
      await page.getByTestId('tab-compare').click();
      expect(await page.getByTestId('export-report-pdf').count()).toBe(1);
      await expect
        .poll(() => page.getByTestId('export-status').getAttribute('data-export-status'), {
          timeout: 120_000,
        })
        .toBe('saved');
      const exported = await page.evaluate(
        () => (window as unknown as { lifelineTest: { exports: unknown[] } }).lifelineTest.exports,
      );
      expect(exported).toHaveLength(1);
      const [report] = exported as { suggestedName: string; format: string; html: string }[];
      expect(report?.suggestedName).toBe('lifeline-report-small-tower.html');
      expect(report?.format).toBe('html');
      expect(report?.html).toMatch(/^<!doctype html>/);
      expect(report?.html).toContain('Electron 45.5.0 / Chrome 140.0');
      expect(report?.html.match(/<svg/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
      expect(await page.getByTestId('compare-result').count()).toBe(1);

      // A recent file that vanished (main refuses or fails to read it): said in words, with its name.
      await recent.nth(1).click();
      await page.getByTestId('read-failed').waitFor();
      expect(await page.getByTestId('read-failed').textContent()).toContain(
        'gone.json: the file does not exist',
      );
      expect(
        await page.evaluate(
          () => (window as unknown as { lifelineTest: { opened: string[] } }).lifelineTest.opened,
        ),
      ).toEqual(['/home/ann/towers/small-tower.json', '/media/usb/gone.json']);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 200_000);

  it('shows no recent list in a browser', async () => {
    const page = await session.openApp();
    await page.getByTestId('building-name').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('recent-files').count()).toBe(0);
  });
});
