/**
 * Scenario editing, second part, in the browser build on the 33-storey sample: fail pump P1 by
 * clicking it in the 3D view (the Water verdict re-runs by itself and turns red), see it failed on
 * the storey plan and restore it there (undo brings the failure back), add a stair closure at 2:00,
 * a population override and a pre-movement distribution (each with a refused value first), change
 * the scenario's vehicles and smoke-log a stair by clicking it, then save: the downloaded file
 * re-validates and holds exactly those changes.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Building, loadBuildingText } from '../../models/index.ts';
import { en } from '../../renderer/src/locales/en.ts';
import { useAppSession } from './support/app-session.ts';
import { screenshot } from './support/browser.ts';

const session = useAppSession();
/** The water job of the 33-storey sample takes a few seconds; on a busy 2-core box much longer. */
const WATER_TIMEOUT = 120_000;

/** The Water card's status and text once its job has finished. */
async function waterVerdict(page: Page): Promise<{ status: string; text: string }> {
  const card = page.getByTestId('verdict-card-water');
  await expect
    .poll(async () => ['ok', 'fail'].includes((await card.getAttribute('data-status')) ?? ''), {
      timeout: WATER_TIMEOUT,
    })
    .toBe(true);
  return {
    status: (await card.getAttribute('data-status'))!,
    text: (await page.getByTestId('verdict-text-water').textContent())!,
  };
}

const change = (page: Page, kind: string) => page.locator(`[data-testid="se-change"][data-kind="${kind}"]`);

describe('scenario editing: equipment, closures, population, vehicles', () => {
  it('fails a pump in 3D, restores it on the plan, adds a closure, an override and vehicles, and saves', async () => {
    const page = await session.openApp({ readyTestId: 'view-toolbar', acceptDownloads: true });
    await page.getByTestId('scenario-picker').selectOption('baseline');
    const before = await waterVerdict(page);
    expect(before.status).toBe('ok');
    await page.getByTestId('tab-scenario').click();

    // Pick mode: the pumps, tanks and valves get buttons over the 3D view.
    await page.getByTestId('se-pick').check();
    const p1 = page.locator('[data-testid="scene-pick-equipment"][data-id="P1"]');
    await p1.waitFor();
    expect(await p1.getAttribute('aria-label')).toBe(en.scenarioEdit.plan.fail.pump.replace('{{id}}', 'P1'));
    await expect.poll(() => p1.evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
    await p1.click();
    await expect.poll(() => change(page, 'fail').textContent()).toBe('Fail P1×');
    expect(await p1.getAttribute('aria-pressed')).toBe('true');
    // The Water answer re-runs by itself: pump P1 out, the hydrants above the first zone fall short.
    await expect
      .poll(async () => (await waterVerdict(page)).text, { timeout: WATER_TIMEOUT })
      .not.toBe(before.text);
    const failed = await waterVerdict(page);
    expect(failed.status).toBe('fail');
    expect(failed.text).toContain('P1');
    await screenshot(page, 'scenario-edit-pump-failed-3d');

    // Out of pick mode the failure stays marked in 3D.
    await page.getByTestId('se-pick').uncheck();
    await page.locator('[data-testid="scene-failed"][data-id="P1"]').waitFor();
    await page.getByTestId('se-pick').check();

    // The storey plan of F1 (where the pumps are drawn): P1 failed; a click restores it.
    await page.getByTestId('view-plan').click();
    // The picker's values are storey indexes; F1 is the first storey.
    await page.getByTestId('storey-picker').selectOption('0');
    const planP1 = page.locator('[data-testid="plan-equipment"][data-id="P1"]');
    await expect.poll(() => planP1.getAttribute('data-failed')).toBe('true');
    await screenshot(page, 'scenario-edit-pump-failed-plan');
    await planP1.click();
    await expect.poll(() => change(page, 'fail').count()).toBe(0);
    await expect.poll(() => planP1.getAttribute('data-failed')).toBe('false');
    await expect
      .poll(async () => (await waterVerdict(page)).text, { timeout: WATER_TIMEOUT })
      .toBe(before.text);
    await page.getByTestId('se-undo').click();
    await expect.poll(() => planP1.getAttribute('data-failed')).toBe('true');

    // A timed closure: stair B closes 2:00 after the alarm. A bad time is refused first.
    await page.getByTestId('se-block-target').selectOption('B');
    await page.getByTestId('se-block-at').fill('2 min');
    expect(await page.getByTestId('se-block-add').isDisabled()).toBe(true);
    await page.getByTestId('se-block-at').fill('2:00');
    await page.getByTestId('se-block-add').click();
    await expect.poll(() => change(page, 'block').textContent()).toBe('Block B at 2:00 after the alarm×');

    // A population override: 0.05 persons/m² on F12 (a letter is refused, with the reason).
    await page.getByTestId('se-pop-storey').selectOption('F12');
    await page.getByTestId('se-pop-mode').selectOption('density');
    await page.getByTestId('se-pop-amount').fill('0.05x');
    expect(await page.getByTestId('se-pop-add').isDisabled()).toBe(true);
    expect(await page.getByTestId('se-population').textContent()).toContain(en.scenarioEdit.badNumber);
    await page.getByTestId('se-pop-amount').fill('0.05');
    await page.getByTestId('se-pop-add').click();
    await expect.poll(() => change(page, 'occupants').textContent()).toBe('Occupants on F12: 0.05 /m²×');

    // Pre-movement of the adults: uniform 1:00–5:00 (bounds the wrong way round are refused first).
    await page.getByTestId('se-prem-type').selectOption('uniform');
    await page.getByTestId('se-prem-min').fill('6:00');
    await page.getByTestId('se-prem-max').fill('5:00');
    expect(await page.getByTestId('se-prem-add').isDisabled()).toBe(true);
    expect(await page.getByTestId('se-premovement').textContent()).toContain(
      en.scenarioEdit.premProblem.order,
    );
    await page.getByTestId('se-prem-min').fill('1:00');
    await page.getByTestId('se-prem-profile').selectOption('adult');
    await page.getByTestId('se-prem-add').click();
    await expect
      .poll(() => change(page, 'premovement').textContent())
      .toBe('Pre-movement of adult: U(60–300 s)×');

    // Vehicles: the sample's baseline names three; the 101 m aerial stays at the station.
    const aerial101 = page.locator('[data-testid="se-vehicle"][data-id="aerial-101"]');
    expect(await aerial101.isChecked()).toBe(true);
    await aerial101.uncheck();
    await expect.poll(() => aerial101.isChecked()).toBe(false);
    await screenshot(page, 'scenario-edit-panel-2');

    // A stair click can fill the stair with smoke instead (K_s 2 /m by default): stair A on F1.
    await page.getByTestId('se-stair-smoke').check();
    await page.locator('[data-testid="plan-pick-stair"][data-id="A"]').click();
    await page.locator('[data-testid="plan-smoke"][data-id="A"]').waitFor();
    await expect.poll(() => change(page, 'smoke').textContent()).toBe('Smoke in A from 0 s: K 2 /m×');
    await screenshot(page, 'scenario-edit-stair-smoke');

    // Save (the browser build downloads): the file re-validates and holds exactly these changes.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save').click()]);
    const saved = loadBuildingText(readFileSync(await download.path(), 'utf8'), 'saved.json');
    expect(saved.errors).toEqual([]);
    const s = (saved.building as Building).scenarios!.find((x) => x.id === 'baseline')!;
    expect(s.changes).toEqual([
      { fail: 'P1' },
      { block: 'B', at: 120 },
      { occupants: { storey: 'F12', density: 0.05 } },
      { premovement: { type: 'uniform', min: 60, max: 300 }, profile: 'adult' },
      { smoke: { target: 'A', extinction: 2 } },
    ]);
    expect(s.vehicles).toEqual(['pumper-CB10/60', 'aerial-54']);
  }, 420_000);
});
