/**
 * The Debrief tool in the browser build (issue 7 "Debrief"): on the old-tower sample with its
 * baseline scenario, a template with the building's own ids is downloaded; a measured CSV written
 * here with real ids (a storey clear time, an exit count, a hydrant pressure, a firefighter arrival),
 * one malformed line, one unknown id and one empty value is loaded; the malformed line is reported
 * with its line number at once; a run can be cancelled; a drill worker that dies is said in plain
 * words and retried; the table then lists each measurement against the simulation, largest relative
 * deviation first, in m:ss / persons / MPa; and in Chinese every label, note and problem follows,
 * with no untranslated key.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/locales/en.ts';
import { zhCN } from '../../renderer/src/locales/zh-CN.ts';
import { useAppSession } from './support/app-session.ts';
import { screenshot } from './support/browser.ts';

const SAMPLE = 'old-tower-1998-24f.json';
/** One evacuation run of the 24-storey sample plus water and access on a shared 2-core box: generous. */
const RUN_TIMEOUT = 300_000;
/** The sample's water and access jobs, run by themselves when the scenario is picked. */
const ENGINE_TIMEOUT = 180_000;
/** Text a missing translation would leave: an i18next key path of a section, or a placeholder. */
const UNTRANSLATED = /\b(?:debrief|compare|tools)\.[a-z][A-Za-z.]*\b|\{\{|\}\}/;
const CJK = /[\u4e00-\u9fff]/;

/** Line numbers as the file has them (1-based): the malformed row, the unknown exit, the empty value. */
const MEASURED = [
  'kind,id,value', // 1
  '# measured in the drill of 14 November; stopwatch from the alarm', // 2
  'storey-clear,F24,9:30', // 3
  'exit-count,d-F1-exit-E,150', // 4
  'hydrant-pressure,H-F8-1,0.20', // 5
  'storey-clear,F12,later', // 6: not a time
  'firefighter-arrival,F8,12:40', // 7
  'exit-count,d-F1-exit-N,5', // 8: the sample has no such exit
  'storey-clear,F20,', // 9: not measured
  'firefighter-arrival,F12,10:00', // 10: the baseline sends nobody there: listed last, with a note
].join('\n');

const session = useAppSession();

/** Waits until a verdict card's engine job has finished (ok or fail). */
async function settled(page: Page, mode: 'water' | 'trucks'): Promise<void> {
  const card = page.getByTestId(`verdict-card-${mode}`);
  await expect
    .poll(async () => (await card.getAttribute('data-status')) ?? '', {
      timeout: ENGINE_TIMEOUT,
      interval: 250,
    })
    .toMatch(/^(ok|fail)$/);
}

/** "+12 %", "−50 %" → 0.12, −0.5; "-" (nothing to compare) → null. */
function percent(text: string): number | null {
  if (text === '-') return null;
  const m = /^([+\u2212±])(\d+) %$/.exec(text);
  if (!m) throw new Error(`not a relative deviation: ${text}`);
  return (m[1] === '\u2212' ? -1 : 1) * (Number(m[2]) / 100);
}

const cellsOf = (page: Page, testId: string): Promise<string[]> =>
  page.getByTestId('debrief-table').getByTestId(testId).allTextContents();

describe('debrief in a browser', () => {
  it(
    'sets a measured CSV against the simulation, largest deviation first, with its problems by line, in both languages',
    async () => {
      const page = await session.openApp({ acceptDownloads: true });
      await page.getByTestId('sample-picker').selectOption(SAMPLE);
      await expect.poll(() => page.getByTestId('file-name').textContent(), { timeout: 20_000 }).toBe(SAMPLE);
      await page.getByTestId('scenario-picker').selectOption('baseline');
      await settled(page, 'water');
      await settled(page, 'trucks');
      await page.getByTestId('tab-debrief').click();
      const panel = page.getByTestId('debrief-panel');
      await panel.waitFor();
      expect(await panel.locator('h2').textContent()).toBe(en.debrief.heading);
      // Nothing to compare yet: Run waits for a CSV.
      expect(await page.getByTestId('debrief-run').isDisabled()).toBe(true);

      // The template: this building's ids, values empty.
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 30_000 }),
        page.getByTestId('debrief-template').click(),
      ]);
      expect(download.suggestedFilename()).toBe('lifeline-debrief-old-tower-1998-24f.csv');
      const template = readFileSync(await download.path(), 'utf8');
      expect(template.charCodeAt(0)).toBe(0xfeff);
      for (const row of [
        'kind,id,value',
        'storey-clear,F24,',
        'exit-count,d-F1-exit-E,',
        'firefighter-arrival,F8,',
        'hydrant-pressure,H-F8-1,',
      ])
        expect(template).toContain(`\r\n${row}\r\n`);

      // The measured CSV: the malformed line is reported as soon as it is read, before any run.
      // Through the panel's own button (the browser's file input is hidden: it labels itself in the
      // browser's language, not the app's).
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByTestId('debrief-pick').click(),
      ]);
      await chooser.setFiles({
        name: 'drill.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(MEASURED, 'utf8'),
      });
      const summary = page.getByTestId('debrief-file-summary');
      await summary.waitFor();
      expect(await summary.getAttribute('data-measurements')).toBe('6');
      const problems = page.getByTestId('debrief-problems');
      expect(await problems.locator('li').count()).toBe(1);
      expect(await problems.locator('li[data-line="6"]').textContent()).toBe(
        'Line 6: column value: "later" is not a time (m:ss or seconds)',
      );
      expect(await page.getByTestId('debrief-skipped').textContent()).toBe(
        en.debrief.skipped.replace('{{count}}', '1'),
      );
      expect(await page.getByTestId('debrief-runs').inputValue()).toBe('1');

      // Cancel: the run stops and leaves no result.
      await page.getByTestId('debrief-run').click();
      await page.getByTestId('debrief-progress').waitFor();
      await page.getByTestId('debrief-cancel').click();
      await expect.poll(() => panel.getAttribute('data-debrief-status')).toBe('idle');
      expect(await page.getByTestId('debrief-table').count()).toBe(0);

      // A drill worker that dies as it loads stands in for a crash: said in plain words, then Retry.
      await page.route('**/assets/worker-*.js', (route) =>
        route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("simulated crash");' }),
      );
      await page.getByTestId('debrief-run').click();
      const failed = page.getByTestId('debrief-failed');
      await failed.waitFor({ timeout: 30_000 });
      expect(await failed.innerText()).toContain(en.debrief.failed);
      expect(await page.getByTestId('file-name').textContent()).toBe(SAMPLE);
      await page.unroute('**/assets/worker-*.js');
      await page.getByTestId('debrief-retry').click();

      const started = Date.now();
      await page.getByTestId('debrief-table').waitFor({ timeout: RUN_TIMEOUT });
      console.log(`debrief: 1 run of the baseline in ${((Date.now() - started) / 1000).toFixed(1)} s (wall)`);
      expect(await page.getByTestId('debrief-failed').count()).toBe(0);

      // Five rows (line 6 malformed, line 8 unknown, line 9 empty are not in it), largest |relative| first.
      const rows = page.getByTestId('debrief-table').locator('tbody[data-line]');
      expect(await rows.count()).toBe(5);
      const rel = (await cellsOf(page, 'debrief-relative')).map(percent);
      const known = rel.filter((r): r is number => r !== null).map(Math.abs);
      expect(known.length).toBeGreaterThanOrEqual(3);
      expect(known).toEqual([...known].sort((a, b) => b - a));
      // Rows without a simulated figure come last, with a note saying why.
      expect(rel.slice(0, known.length).every((r) => r !== null)).toBe(true);
      expect(await rows.last().getAttribute('data-line')).toBe('10');
      expect(await rows.last().getByTestId('debrief-note').textContent()).toBe(
        'Note: the scenario sends no firefighters to F12',
      );

      // Values as a trainer reads them, keyed by the CSV line each row came from.
      const row = (line: number) => page.locator(`[data-testid="debrief-table"] tbody[data-line="${line}"]`);
      const cell = async (line: number, testId: string) =>
        (await row(line).getByTestId(testId).textContent()) ?? '';
      expect(await cell(3, 'debrief-measured')).toBe('9:30');
      expect(await cell(4, 'debrief-measured')).toBe('150');
      expect(await cell(5, 'debrief-measured')).toBe('0.20 MPa');
      expect(await cell(7, 'debrief-measured')).toBe('12:40');
      expect(await cell(3, 'debrief-simulated')).toMatch(/^\d+:\d\d$/);
      expect(await cell(4, 'debrief-simulated')).toMatch(/^\d+$/);
      expect(await cell(5, 'debrief-simulated')).toMatch(/^\d\.\d{2,3} MPa$/);
      // The baseline sends firefighters to F8: their simulated arrival is there to compare with.
      expect(await cell(7, 'debrief-simulated')).toMatch(/^\d+:\d\d$/);
      // The table's arithmetic: the exit's difference and relative deviation from its two counts.
      const simulatedOut = Number(await cell(4, 'debrief-simulated'));
      const diff = 150 - simulatedOut;
      expect((await cell(4, 'debrief-difference')).replace('\u2212', '-').replace('±', '')).toBe(
        diff > 0 ? `+${diff}` : String(diff),
      );
      // Shown in whole percent: within half a percent of the exact ratio.
      expect(Math.abs(percent(await cell(4, 'debrief-relative'))! - diff / simulatedOut)).toBeLessThanOrEqual(
        0.0051,
      );

      // Problems by line: the malformed row and the exit the simulation does not know.
      expect(
        await problems.locator('li').evaluateAll((els) => els.map((e) => e.getAttribute('data-line'))),
      ).toEqual(['6', '8']);
      expect(await problems.locator('li[data-line="8"]').textContent()).toContain('"d-F1-exit-N"');
      expect((await panel.innerText()).trim()).not.toMatch(UNTRANSLATED);
      for (const l of await rows.allInnerTexts()) expect(l).not.toMatch(CJK);
      await page.getByTestId('debrief-result').scrollIntoViewIfNeeded();
      await screenshot(page, 'debrief-en');

      // In Chinese: headings, columns, kinds, notes and problems follow; no key left untranslated.
      await page.getByTestId('lang-zh-CN').click();
      await expect.poll(() => panel.locator('h2').textContent()).toBe(zhCN.debrief.heading);
      expect(await page.getByTestId('tab-debrief').textContent()).toBe(zhCN.tools.debrief);
      const heads = await page.getByTestId('debrief-table').locator('thead th').allTextContents();
      expect(heads).toEqual(Object.values(zhCN.debrief.col));
      expect(await row(5).getByTestId('debrief-kind').textContent()).toBe(zhCN.debrief.kinds.hydrantPressure);
      expect(await problems.locator('li[data-line="6"]').textContent()).toBe(
        '第 6 行：value 列：“later”不是时间（分:秒或秒）',
      );
      expect(await problems.locator('li[data-line="8"]').textContent()).toMatch(/^第 8 行：id 列：/);
      expect(await rows.last().getByTestId('debrief-note').textContent()).toBe(
        '说明：该场景没有派消防员前往 F12',
      );
      expect(await page.getByTestId('debrief-skipped').textContent()).toBe(
        zhCN.debrief.skipped.replace('{{count}}', '1'),
      );
      const zhText = (await panel.innerText()).trim();
      expect(zhText).not.toMatch(UNTRANSLATED);
      for (const phrase of ['Line ', 'Measured', 'Simulated', 'Difference', 'problem(s)'])
        expect(zhText).not.toContain(phrase);
      await page.getByTestId('debrief-result').scrollIntoViewIfNeeded();
      await screenshot(page, 'debrief-zh');

      // Another scenario picked at the top: the table stays, said to be of the scenario it ran.
      expect(await page.getByTestId('debrief-stale').count()).toBe(0);
      await page.getByTestId('scenario-picker').selectOption('night');
      const night = await page.locator('[data-testid="scenario-picker"] option[value="night"]').textContent();
      await expect
        .poll(() => page.getByTestId('debrief-stale').textContent())
        .toBe(zhCN.debrief.stale.replace('{{scenario}}', night!));
      expect(await rows.count()).toBe(5);
    },
    RUN_TIMEOUT + ENGINE_TIMEOUT + 120_000,
  );
});
