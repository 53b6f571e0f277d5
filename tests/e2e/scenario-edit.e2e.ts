/**
 * Scenario editing in the browser build: on the 33-storey sample, create a scenario in the Scenario
 * tool, set its fire storey, block stair A by clicking it on the storey plan, place a parked car on
 * the site plan and drag it along the lane, undo and redo (keys and buttons), see an edit that
 * makes the file invalid listed with its JSON path and undo it, save (the browser build downloads)
 * and check the file re-validates with the scenario in it, then run the evacuation for it.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Building, loadBuildingText, type Point } from '../../models/index.ts';
import { centreOf } from '../../renderer/src/edit/obstacle-shape.ts';
import { en } from '../../renderer/src/locales/en.ts';
import { screenshot } from './support/browser.ts';
import { useAppSession } from './support/app-session.ts';

const session = useAppSession();
const SAMPLE_NAME = 'yuzhong-residential-33f.json';

/** Screen point of model point `p` on the site plan (SVG y is −model y). */
async function onSite(page: Page, [x, y]: Point): Promise<{ x: number; y: number }> {
  return page.getByTestId('site-plan').evaluate(
    (svg, [mx, my]) => {
      const m = (svg as SVGSVGElement).getScreenCTM()!;
      const p = new DOMPoint(mx, -my).matrixTransform(m);
      return { x: p.x, y: p.y };
    },
    [x, y] as [number, number],
  );
}

/** Centre (model m) of the placed obstacle drawn on the site plan. */
async function placedCentre(page: Page): Promise<Point> {
  const points = (await page.getByTestId('site-added').getAttribute('points'))!;
  const ring = points.split(' ').map((s) => {
    const [x, y] = s.split(',').map(Number);
    return [x!, -y!] as Point;
  });
  const [cx, cy] = centreOf(ring);
  return [Math.round(cx * 10) / 10, Math.round(cy * 10) / 10];
}

describe('scenario editing', () => {
  it('creates, picks on the plan, undoes, saves and runs a scenario', async () => {
    const page = await session.openApp({ readyTestId: 'view-toolbar', acceptDownloads: true });
    await page.getByTestId('tab-scenario').waitFor({ timeout: 20_000 });
    await page.getByTestId('tab-scenario').click();
    expect(await page.getByTestId('se-none').textContent()).toBe(en.scenarioEdit.none);

    // New scenario: picked for the whole window, named, fire on 12F.
    await page.getByTestId('se-new').click();
    await expect.poll(() => page.getByTestId('scenario-picker').inputValue()).toBe('scenario-1');
    expect(await page.getByTestId('unsaved').count()).toBe(1);
    const name = page.getByTestId('se-name');
    await name.fill('Stair A blocked, car on the lane');
    await name.press('Enter');
    await page.getByTestId('se-fire').selectOption('F12');
    await expect.poll(() => page.getByTestId('se-fire-space').count()).toBe(1);
    expect(await page.locator('[data-testid="scenario-picker"] option:checked').textContent()).toBe(
      'Stair A blocked, car on the lane',
    );

    // Pick on the storey plan: click stair A's landing.
    await page.getByTestId('se-pick').check();
    await page.getByTestId('view-plan').click();
    expect(await page.getByTestId('plan-hover').textContent()).toBe(en.scenarioEdit.plan.pickStorey);
    await page.locator('[data-testid="plan-pick-stair"][data-id="A"]').click();
    await page.locator('[data-testid="plan-blocked"][data-id="A"]').waitFor();
    await expect
      .poll(() => page.locator('[data-testid="se-change"][data-kind="block"]').textContent())
      .toBe(`Block A×`);
    await screenshot(page, 'scenario-edit-stair-blocked');
    // Again: unblocked; undo brings the block back.
    await page.locator('[data-testid="plan-pick-stair"][data-id="A"]').click();
    await expect.poll(() => page.locator('[data-testid="plan-blocked"][data-id="A"]').count()).toBe(0);
    await page.keyboard.press('Control+z');
    await page.locator('[data-testid="plan-blocked"][data-id="A"]').waitFor();

    // The site plan: a click on the fire lane places a parked car (4.8 × 1.9 m) …
    await page.getByTestId('plan-surface-site').click();
    await page.getByTestId('site-plan').waitFor();
    const at = await onSite(page, [40, -17]);
    await page.mouse.click(at.x, at.y);
    await page.getByTestId('site-added').waitFor();
    expect(await page.getByTestId('site-added').getAttribute('data-id')).toBe('car-4');
    expect(await placedCentre(page)).toEqual([40, -17]);
    // … and dragging it moves it 6 m east along the lane.
    const to = await onSite(page, [46, -17]);
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move((at.x + to.x) / 2, at.y, { steps: 3 });
    await page.mouse.move(to.x, to.y, { steps: 3 });
    await page.mouse.up();
    await expect.poll(() => placedCentre(page)).toEqual([46, -17]);
    // A parked car of the file, clicked, is towed away for this scenario.
    await page.locator('[data-testid="site-obstacle"][data-id="car-1"]').click();
    await expect
      .poll(() => page.locator('[data-testid="site-obstacle"][data-id="car-1"]').getAttribute('data-removed'))
      .toBe('true');
    await screenshot(page, 'scenario-edit-site');
    const validationMs = await page.getByTestId('scenario-edit').getAttribute('data-validation-ms');
    console.log(`scenario-edit: re-validating the 33-storey file after an edit took ${validationMs} ms`);

    // Undo (key, then button) and redo (Ctrl+Shift+Z, then Ctrl+Y).
    await page.keyboard.press('Control+z'); // car-1 back
    await expect
      .poll(() => page.locator('[data-testid="site-obstacle"][data-id="car-1"]').getAttribute('data-removed'))
      .toBe('false');
    await page.getByTestId('se-undo').click(); // the move
    await expect.poll(() => placedCentre(page)).toEqual([40, -17]);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => placedCentre(page)).toEqual([46, -17]);
    await page.keyboard.press('Control+y');
    await expect
      .poll(() => page.locator('[data-testid="site-obstacle"][data-id="car-1"]').getAttribute('data-removed'))
      .toBe('true');
    await page.getByTestId('se-undo').click();
    expect(await page.getByTestId('se-redo').isEnabled()).toBe(true);

    // An edit that makes the file invalid (a stall far off the site): listed by JSON path, not in
    // the document, and undone.
    await page.getByTestId('se-kind-stall').check();
    await page.getByTestId('se-ob-x').fill('500');
    await page.getByTestId('se-ob-y').fill('500');
    await page.getByTestId('se-ob-add').click();
    const errors = page.getByTestId('se-errors');
    await errors.waitFor();
    // The new scenario comes after the sample's own ones.
    const sampleScenarios = sampleScenarioCount();
    expect(await errors.textContent()).toContain(`/scenarios/${sampleScenarios}`);
    expect(await errors.textContent()).toContain('stall-1');
    await screenshot(page, 'scenario-edit-invalid');
    await page.getByTestId('se-undo').click();
    await expect.poll(() => errors.count()).toBe(0);

    // Save: the browser build downloads the file; it re-validates and holds the scenario.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save').click()]);
    expect(download.suggestedFilename()).toBe(SAMPLE_NAME);
    const saved = loadBuildingText(readFileSync(await download.path(), 'utf8'), 'saved.json');
    expect(saved.errors).toEqual([]);
    const b = saved.building as Building;
    const s = b.scenarios!.find((x) => x.id === 'scenario-1')!;
    expect(s.name).toBe('Stair A blocked, car on the lane');
    expect(s.fire).toEqual({ storey: 'F12' });
    expect(s.changes![0]).toEqual({ block: 'A' });
    const add = s.changes![1]!;
    expect('add' in add && add.add.obstacles[0]).toMatchObject({
      id: 'car-4',
      kind: 'parked-car',
      removable: true,
    });
    expect('add' in add && centreOf(add.add.obstacles[0]!.polygon)).toEqual([46, -17]);
    expect(s.changes).toHaveLength(2);
    expect(b.scenarios).toHaveLength(sampleScenarioCount() + 1);
    await expect.poll(() => page.getByTestId('unsaved').count()).toBe(0);

    // Run the evacuation for the edited scenario (the People tool uses the window's scenario).
    await page.getByTestId('tab-people').click();
    const started = Date.now();
    await page.getByTestId('run').click();
    await page.getByTestId('verdict').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('rset').textContent()).toMatch(/^\d+:\d\d$/);
    console.log(`scenario-edit: run of the edited scenario ${Date.now() - started} ms`);
    await screenshot(page, 'scenario-edit-run');
  }, 240_000);
});

/** How many scenarios the 33-storey sample file has (the editor appends after them). */
function sampleScenarioCount(): number {
  const text = readFileSync(
    new URL('../../models/samples/yuzhong-residential-33f.json', import.meta.url),
    'utf8',
  );
  const b = loadBuildingText(text, 'yuzhong-residential-33f.json').building;
  return b?.scenarios?.length ?? 0;
}
