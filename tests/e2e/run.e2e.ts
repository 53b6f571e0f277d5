/**
 * Running an evacuation in the browser build (headless Chromium, software GL): the engine runs in a
 * module worker with a progress bar and Cancel, the verdict (RSET, evacuated, trapped, uPlot curve)
 * appears in both languages, playback plays, scrubs and changes speed, people are drawn in 3D and
 * switch off with their layer, and a worker that dies is reported in plain words with Retry while
 * the building stays loaded. Long tasks on the main thread during the run are measured and printed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadBuildingText } from '../../models/index.ts';
import { en } from '../../renderer/src/locales/en.ts';
import { zhCN } from '../../renderer/src/locales/zh-CN.ts';
import { RUN_RESULT_MARK } from '../../renderer/src/run/evacuation-client.ts';
import { formatMinSec } from '../../renderer/src/run/run-state.ts';
import { evacuationWorkerApi } from '../../sim-core/evacuation/worker-api.ts';
import { pixelStats, screenshot, waitForCanvasPixels } from './support/browser.ts';
import { useAppSession } from './support/app-session.ts';
import { enginesSettled } from './support/app-waits.ts';
import { buildingCanvas, canvasChanged, VIEW_BACKGROUND } from './support/canvas-pixels.ts';
import { type LongTask, observeLongTasks, takeLongTasks } from './support/long-tasks.ts';

const FIXTURE_TEXT = readFileSync(path.join(import.meta.dirname, 'fixtures', 'small-tower.json'), 'utf8');
/** Long tasks allowed while the worker computes and the view is idle (software GL, shared CI box). */
const LONG_TASK_LIMIT_MS = 200;

const session = useAppSession();

function openApp(locale = 'en-US'): Promise<Page> {
  return session.openApp({ locale, readyTestId: 'view-toolbar' });
}

async function openFixture(page: Page, name = 'small-tower.json'): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open').click()]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(FIXTURE_TEXT) });
  await expect.poll(() => page.getByTestId('file-name').textContent(), { timeout: 10_000 }).toBe(name);
}

const drawn = (s: { drawn: number; total: number }) => s.drawn / s.total > 0.03;

/**
 * Long tasks of the last run, split at the moment its result reached the main thread (the app's
 * performance mark): before it the worker computes and the view is idle; after it the verdict,
 * chart and first frame of the people are drawn (software GL compiles the new shader then).
 */
async function runLongTasks(page: Page): Promise<{ computing: number[]; drawing: number[] }> {
  const resultAt = await page.evaluate((mark) => {
    const marks = performance.getEntriesByName(mark);
    return marks[marks.length - 1]?.startTime ?? Infinity;
  }, RUN_RESULT_MARK);
  const tasks = await takeLongTasks(page);
  const ms = (list: LongTask[]) => list.map((t) => Math.round(t.duration));
  return {
    computing: ms(tasks.filter((t) => t.start + t.duration <= resultAt)),
    drawing: ms(tasks.filter((t) => t.start + t.duration > resultAt)),
  };
}

describe('evacuation run', () => {
  it('runs the 33-storey sample in a worker with progress and cancel, then plays it back', async () => {
    const page = await openApp();
    const canvas = buildingCanvas(page);
    await waitForCanvasPixels(session.browser(), canvas, VIEW_BACKGROUND, drawn, 15_000);
    // Long tasks are measured during the evacuation run alone, not with the water and access answers landing.
    await enginesSettled(page);
    const panel = page.getByTestId('run-panel');

    // Cancel part-way: back to Run, nothing drawn as a result.
    await page.getByTestId('run').click();
    await expect
      .poll(() => page.getByTestId('run-progress-text').textContent(), { timeout: 10_000 })
      .toMatch(/s simulated/);
    await page.getByTestId('run-cancel').click();
    expect(await panel.getAttribute('data-run-status')).toBe('idle');
    expect(await page.getByTestId('verdict').count()).toBe(0);
    expect(await page.getByTestId('playback').count()).toBe(0);

    // The full run: the view is idle, so any long task would be the run's doing.
    await observeLongTasks(page);
    const started = Date.now();
    await page.getByTestId('run').click();
    await page.getByTestId('run-progress').waitFor();
    let sawProgress = 0;
    await expect
      .poll(
        async () => {
          const p = page.getByTestId('run-progress').locator('progress');
          if ((await p.count()) > 0)
            sawProgress = Math.max(sawProgress, Number(await p.getAttribute('value')));
          return page.getByTestId('verdict').count();
        },
        { timeout: 30_000, interval: 100 },
      )
      .toBe(1);
    const runMs = Date.now() - started;
    const { computing, drawing } = await runLongTasks(page);
    const maxTask = Math.max(0, ...computing);
    console.log(
      `run: 33-storey sample, baseline: Run → verdict ${runMs} ms; progress seen up to ${Math.round(sawProgress * 100)} %; ` +
        `main-thread long tasks while the worker computed: ${computing.join(', ') || 'none'} (max ${maxTask} ms); ` +
        `while drawing the result (verdict, chart, first frame of people): ${drawing.map((d) => `${d} ms`).join(', ') || 'none'}`,
    );
    expect(sawProgress, 'the progress bar moved').toBeGreaterThan(0);
    expect(maxTask, 'longest main-thread task while the worker computes (ms)').toBeLessThan(
      LONG_TASK_LIMIT_MS,
    );

    expect(await page.getByTestId('rset').textContent()).toMatch(/^\d+:\d\d$/);
    expect(await page.getByTestId('evacuated').textContent()).toMatch(/^[\d,]+ \/ [\d,]+$/);
    expect(await page.getByTestId('trapped').textContent()).toMatch(/^\d+$/);
    const curve = page.getByTestId('evacuation-curve').locator('canvas');
    await curve.waitFor();
    const curveStats = await pixelStats(session.browser(), await curve.screenshot(), VIEW_BACKGROUND);
    expect(curveStats.drawn, 'the curve chart has pixels').toBeGreaterThan(500);
    await screenshot(page, 'run-verdict');

    // Playback: at t = 0 everyone is inside; scrub, play at ×64, pause.
    const playback = page.getByTestId('playback');
    await playback.waitFor();
    const time = page.getByTestId('playback-time');
    expect(await time.textContent()).toMatch(/^0:00 \/ \d+:\d\d$/);
    const slider = page.getByTestId('playback-slider');
    await slider.fill('120');
    await expect.poll(() => time.textContent()).toMatch(/^2:00 \//);
    await page.getByTestId('playback-speed').selectOption('64');
    await runLongTasks(page); // drop what came before playing
    const playStarted = Date.now();
    await page.getByTestId('playback-toggle').click();
    await expect.poll(() => playback.getAttribute('data-playing')).toBe('true');
    await expect
      .poll(async () => Number(await slider.inputValue()), { timeout: 10_000 })
      .toBeGreaterThan(150);
    await page.getByTestId('playback-toggle').click();
    const playMs = Date.now() - playStarted;
    await expect.poll(() => playback.getAttribute('data-playing')).toBe('false');
    const played = (await takeLongTasks(page)).map((t) => Math.round(t.duration));
    console.log(
      `run: playback of 785 agents at ×64 for ${playMs} ms (software GL): long tasks ${played.join(', ') || 'none'}`,
    );
    const paused = await slider.inputValue();
    await page.waitForTimeout(300);
    expect(await slider.inputValue(), 'paused playback stays put').toBe(paused);

    // People are drawn: switching their layer off changes the picture.
    await slider.fill('60');
    await page.waitForTimeout(300);
    const withPeople = await canvas.screenshot();
    const stats = await pixelStats(session.browser(), withPeople, VIEW_BACKGROUND);
    expect(stats.drawn / stats.total, 'canvas is not blank').toBeGreaterThan(0.03);
    await screenshot(page, 'run-playback');
    // People respect the storey isolation like the building does.
    await page.getByTestId('storey-picker').selectOption({ index: 28 });
    await page.getByTestId('storey-mode-isolate').click();
    await canvasChanged(canvas, withPeople);
    await page.waitForTimeout(300);
    await screenshot(page, 'run-playback-storey');
    await page.getByTestId('layer-people').uncheck();
    await canvasChanged(canvas, withPeople);
    await page.getByTestId('layer-people').check();
  });

  it('gives the same RSET as the engine for the small tower, in both languages', async () => {
    const loaded = loadBuildingText(FIXTURE_TEXT, 'small-tower.json');
    if (loaded.building === undefined) throw new Error('fixture does not load');
    const expected = await evacuationWorkerApi.run(loaded.building, null, { record: { interval: 1 } });

    const page = await openApp('zh-CN');
    await openFixture(page);
    expect(await page.getByTestId('run').textContent()).toBe(zhCN.run.run);
    await page.getByTestId('run').click();
    await page.getByTestId('verdict').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('rset').textContent()).toBe(formatMinSec(expected.evacuationTime));
    expect(await page.getByTestId('evacuated').textContent()).toBe(
      `${expected.evacuated} / ${expected.occupants}`,
    );
    const verdict = await page.getByTestId('verdict').innerText();
    for (const text of [zhCN.run.rset, zhCN.run.evacuated, zhCN.run.trapped]) expect(verdict).toContain(text);
    await screenshot(page, 'run-verdict-zh');

    await page.getByTestId('lang-en').click();
    const english = await page.getByTestId('verdict').innerText();
    for (const text of [en.run.rset, en.run.evacuated, en.run.trapped]) expect(english).toContain(text);
    expect(await page.getByTestId('playback-toggle').textContent()).toBe(en.playback.play);
  });

  it('says so in plain words when the worker dies, keeps the building and retries', async () => {
    const page = await openApp();
    await openFixture(page);
    // A worker script that throws as it loads stands in for a crash or out-of-memory.
    await page.route('**/assets/worker-*.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("simulated crash");' }),
    );
    await page.getByTestId('run').click();
    const failed = page.getByTestId('run-failed');
    await failed.waitFor({ timeout: 10_000 });
    expect(await failed.innerText()).toContain(en.run.failed);
    expect(await page.getByTestId('verdict').count()).toBe(0);
    expect(await page.getByTestId('playback').count()).toBe(0);
    expect(await page.getByTestId('file-name').textContent()).toBe('small-tower.json');
    await screenshot(page, 'run-failed');

    await page.unroute('**/assets/worker-*.js');
    await page.getByTestId('run-retry').click();
    await page.getByTestId('verdict').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('run-failed').count()).toBe(0);
  });
});
