/**
 * Evacuation playback extras in the browser build (headless Chromium, software GL): after a run of
 * the 33-storey sample's "baseline" scenario (with a firefighter crew) the People tab shows the
 * per-storey clear times and exit flow charts, the stair queues and the crew's arrival and delay;
 * in 3D the density heat map switches on and off (Fruin colours appear on the floor, the legend says
 * it is the peak over the run), the stair queue label and live stair counts show, firefighters are
 * drawn as red-orange markers; both languages, no raw keys. Screenshots in test-results/e2e/playback-*.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/locales/en.ts';
import { zhCN } from '../../renderer/src/locales/zh-CN.ts';
import { pixelStats, screenshot, waitForCanvasPixels } from './support/browser.ts';
import { useAppSession } from './support/app-session.ts';
import {
  buildingCanvas,
  canvasChanged,
  countPixels,
  differingPixels,
  VIEW_BACKGROUND,
} from './support/canvas-pixels.ts';

const session = useAppSession();

function flatKeys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? flatKeys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}
const MY_KEYS = flatKeys(en.playbackExtra, 'playbackExtra.');

interface Colours {
  total: number;
  /** Fruin colours of the heat map (playback/fruin-colours.ts), blended over the floor or not. */
  heat: number;
  /** The firefighter marker colour (#ff3d00, unlit). */
  crew: number;
}

/** Counts heat-map and firefighter pixels of a PNG, decoded in a blank page (no app CSP there). */
function colours(png: Buffer): Promise<Colours> {
  return countPixels(
    session.browser(),
    [png],
    ([data]): Colours => {
      let heat = 0;
      let crew = 0;
      for (let i = 0; i < data!.length; i += 4) {
        const r = data![i]!;
        const g = data![i + 1]!;
        const b = data![i + 2]!;
        // Green A/B (#1a9850, #91cf60), yellow C (#fee08b): saturated greens and pale yellows the
        // building (grey-blue rooms, beige corridors, orange stairs) never shows.
        // Salmon D (#fc8d59) is told from the stairs' orange by its blue.
        if (
          (g > 120 && g - r > 40 && g - b > 40) ||
          (r > 200 && g > 190 && b < 170 && r - b > 80) ||
          (r > 220 && g > 110 && g < 170 && b > 60 && b < 120)
        )
          heat++;
        if (r > 200 && g > 35 && g < 90 && b < 35) crew++;
      }
      return { total: data!.length / 4, heat, crew };
    },
    null,
  );
}

async function runBaseline(page: Page): Promise<void> {
  await page.getByTestId('scenario-picker').selectOption('baseline');
  await page.getByTestId('run').click();
  await page.getByTestId('verdict').waitFor({ timeout: 90_000 });
}

describe('evacuation playback extras', () => {
  it('shows charts, stair queues, firefighters and the density heat map of a run', async () => {
    const page = await session.openApp({ readyTestId: 'view-toolbar' });
    const canvas = buildingCanvas(page);
    await waitForCanvasPixels(
      session.browser(),
      canvas,
      VIEW_BACKGROUND,
      (s) => s.drawn / s.total > 0.03,
      15_000,
    );
    await runBaseline(page);

    // Charts beside the curve.
    for (const id of ['storey-clear-chart', 'exit-flow-chart']) {
      const chart = page.getByTestId(id).locator('canvas');
      await chart.waitFor();
      const stats = await pixelStats(session.browser(), await chart.screenshot(), VIEW_BACKGROUND);
      expect(stats.drawn, `${id} has pixels`).toBeGreaterThan(500);
    }
    const details = page.getByTestId('run-details');
    expect(await details.innerText()).toContain(en.playbackExtra.storeyClearTitle);
    // The exit flow legend names the exits with their totals.
    expect(await page.getByTestId('exit-flow-chart').innerText()).toMatch(/\(\d+\)/);

    // Stair queues: the two scissor stairs, each with a queue and the storey where it was longest.
    const queues = page.getByTestId('stair-queues');
    await queues.waitFor();
    const rows = queues.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(1);
    const first = (await rows.first().locator('td').allInnerTexts()).map((s) => s.trim());
    expect(Number(first[1]!.replace(/,/g, '')), 'longest queue').toBeGreaterThan(0);
    expect(first[2]).toMatch(/\S/);

    // Firefighters: arrival (min:s) and the crowd delay (+min:s).
    const crew = page.getByTestId('firefighter-0');
    await crew.waitFor();
    const crewCells = await crew.locator('td').allInnerTexts();
    expect(crewCells[1]).toMatch(/^\d+:\d\d$/);
    expect(crewCells[3]).toMatch(/^\+\d+:\d\d$/);
    await screenshot(page, 'playback-people-tab');

    // The 3D view, on one storey; at t = 120 s the stairs are busy (live count > 0 on some stair).
    await page.getByTestId('storey-picker').selectOption({ index: 20 });
    await page.getByTestId('storey-mode-isolate').click();
    const slider = page.getByTestId('playback-slider');
    await slider.fill('120');
    const stairsNow = page.getByTestId('stairs-now');
    await expect.poll(() => stairsNow.textContent()).toMatch(/^A \d+ · B \d+$/);
    const liveCounts = ((await stairsNow.textContent()) ?? '').match(/\d+/g)!.map(Number);
    expect(Math.max(...liveCounts), 'people on a stair at 2:00').toBeGreaterThan(0);
    // Closer, and without the people (their green and yellow profile colours look like LoS A–C).
    const box = await canvas.boundingBox();
    if (box === null) throw new Error('canvas has no box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let k = 0; k < 4; k++) await page.mouse.wheel(0, -400);
    await page.getByTestId('layer-people').uncheck();
    await page.waitForTimeout(500);
    const off = await canvas.screenshot();
    const offColours = await colours(off);

    // Heat map on: it shows the density now (the default), following the clock; the legend says so.
    const toggle = page.getByTestId('heat-map-toggle');
    expect(await toggle.isChecked()).toBe(false);
    await toggle.check();
    const nowShot = await canvasChanged(canvas, off);
    await page.waitForTimeout(300);
    const legendMode = page.getByTestId('heat-legend-mode');
    expect(await legendMode.getAttribute('data-mode')).toBe('now');
    expect(await legendMode.textContent()).toBe(en.playbackExtra.heatMapNow.replace('{{interval}}', '1'));
    const mode = page.getByTestId('heat-map-mode');
    // Peak: Fruin colours on the floor, and the legend says it is the peak over the run.
    await mode.selectOption('peak');
    await canvasChanged(canvas, nowShot);
    await page.waitForTimeout(300);
    const onShot = await canvas.screenshot();
    const onColours = await colours(onShot);
    const diff = await differingPixels(session.browser(), off, onShot);
    console.log(
      `playback: heat map changes ${diff} of ${onColours.total} pixels; LoS A–D coloured pixels ${offColours.heat} → ${onColours.heat}`,
    );
    await screenshot(page, 'playback-heat-map');
    expect(diff, 'pixels the heat map changes').toBeGreaterThan(2000);
    expect(onColours.heat - offColours.heat, 'Fruin-coloured pixels appear').toBeGreaterThan(300);
    expect(await page.getByTestId('heat-legend-mode').textContent()).toBe(en.playbackExtra.heatMapPeak);

    // Now again, scrubbed: at 2:00 the map differs from the peak; at the end (everyone out) it is
    // empty where the peak map is coloured; back at 2:00 it is what it was.
    await mode.selectOption('now');
    const now120 = await canvasChanged(canvas, onShot);
    await page.waitForTimeout(300);
    const now120Shot = await canvas.screenshot();
    const end = Number(await slider.getAttribute('max'));
    await slider.fill(String(end));
    const nowEnd = await canvasChanged(canvas, now120);
    await page.waitForTimeout(300);
    const nowEndShot = await canvas.screenshot();
    const nowColours = [await colours(now120Shot), await colours(nowEndShot)];
    const scrubDiff = await differingPixels(session.browser(), now120Shot, nowEndShot);
    await slider.fill('120');
    const backShot = await canvasChanged(canvas, nowEnd);
    console.log(
      `playback: heat map now — coloured pixels ${nowColours[0]!.heat} at 2:00, ${nowColours[1]!.heat} at the end ` +
        `(peak ${onColours.heat}, off ${offColours.heat}); scrubbing 2:00 → end changes ${scrubDiff} pixels`,
    );
    await screenshot(page, 'playback-heat-map-now');
    expect(scrubDiff, 'the heat map changes while scrubbing').toBeGreaterThan(300);
    expect(nowColours[0]!.heat, 'coloured at 2:00, fewer than the peak').toBeLessThan(onColours.heat);
    expect(nowColours[1]!.heat - offColours.heat, 'nothing coloured once everyone is out').toBeLessThan(
      (onColours.heat - offColours.heat) / 10,
    );
    expect(
      await differingPixels(session.browser(), now120Shot, backShot),
      'same picture back at 2:00',
    ).toBeLessThan(scrubDiff / 10);
    await toggle.uncheck();
    await canvasChanged(canvas, backShot);
    expect(await page.getByTestId('heat-legend').count()).toBe(0);
    await page.getByTestId('layer-people').check();

    // People on the stairs: during a playback the stair shafts are see-through with the flights
    // drawn inside, and the people on the flights are drawn there at their height. Pixels of the
    // shafts (orange in the picture without people) that the people layer changes, at 2:00.
    const withPeople = await canvasChanged(canvas, backShot);
    await page.waitForTimeout(300);
    const withPeopleShot = await canvas.screenshot();
    await page.getByTestId('layer-people').uncheck();
    const withoutPeople = await canvasChanged(canvas, withPeople);
    await page.getByTestId('layer-people').check();
    const inShafts = await countPixels(
      session.browser(),
      [withoutPeople, withPeopleShot],
      ([a, b]) => {
        let shaft = 0;
        let changed = 0;
        // Changed to a green person (a profile colour; the queue markers are amber, orange, red).
        let green = 0;
        for (let i = 0; i < a!.length; i += 4) {
          const r = a![i]!;
          const g = a![i + 1]!;
          const bl = a![i + 2]!;
          // The see-through orange shaft over the grey flights or the background.
          if (!(r > 70 && r - bl > 40 && r - g > 20)) continue;
          shaft++;
          if (Math.abs(r - b![i]!) + Math.abs(g - b![i + 1]!) + Math.abs(bl - b![i + 2]!) <= 60) continue;
          changed++;
          if (b![i + 1]! > b![i]! + 30 && b![i + 1]! > b![i + 2]! + 30) green++;
        }
        return { shaft, changed, green };
      },
      null,
    );
    console.log(
      `playback: stair shaft pixels ${inShafts.shaft}, changed by the people layer ${inShafts.changed} (${inShafts.green} to green people)`,
    );
    await screenshot(page, 'playback-people-on-stairs');
    expect(inShafts.shaft, 'stair shafts in view').toBeGreaterThan(500);
    expect(inShafts.changed, 'people drawn in the stair shafts').toBeGreaterThan(100);
    expect(inShafts.green, 'people (not queue markers) seen in the stair shafts').toBeGreaterThan(30);

    // Whole tower with the heat map, for the artefact.
    await page.getByTestId('storey-mode-all').click();
    await toggle.check();
    await page.waitForTimeout(500);
    await screenshot(page, 'playback-heat-map-tower');
    await toggle.uncheck();

    // Firefighters: just after their arrival they stand at the stair landing of their target storey
    // (12F in the sample's baseline); their markers are in the people layer.
    const arrival = crewCells[1]!.split(':').map(Number);
    await page.getByTestId('storey-picker').selectOption({ label: '12F' });
    await page.getByTestId('storey-mode-isolate').click();
    await slider.fill(String(arrival[0]! * 60 + arrival[1]! + 5));
    await page.waitForTimeout(500);
    const withCrew = await canvas.screenshot();
    const crewOn = await colours(withCrew);
    await page.getByTestId('layer-people').uncheck();
    const crewOff = await colours(await canvasChanged(canvas, withCrew));
    await page.getByTestId('layer-people').check();
    console.log(
      `playback: firefighter marker pixels ${crewOn.crew} with people layer, ${crewOff.crew} without`,
    );
    expect(crewOn.crew - crewOff.crew, 'firefighter markers drawn').toBeGreaterThan(20);
    await screenshot(page, 'playback-firefighters');

    // Chinese: the extras speak it, no raw keys anywhere.
    await page.getByTestId('lang-zh-CN').click();
    await toggle.check();
    await page.getByTestId('heat-legend').waitFor();
    expect(await page.getByTestId('heat-legend-mode').textContent()).toBe(
      zhCN.playbackExtra.heatMapNow.replace('{{interval}}', '1'),
    );
    const zhText = await page.locator('body').innerText();
    expect(zhText).toContain(zhCN.playbackExtra.stairQueues);
    expect(zhText).toContain(zhCN.playbackExtra.firefighters);
    expect(zhText).toContain(zhCN.playbackExtra.heatMap);
    for (const key of MY_KEYS) expect(zhText, `raw key ${key}`).not.toContain(key);
    for (const text of [en.playbackExtra.stairQueues, en.playbackExtra.heatMapTitle, en.playbackExtra.crew])
      expect(zhText, `English left in Chinese: ${text}`).not.toContain(text);
    await screenshot(page, 'playback-zh-CN');
  }, 180_000);
});
