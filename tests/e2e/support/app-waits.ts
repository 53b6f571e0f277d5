/** Waits on the app's state shared by the specs. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * The water and access answers run by themselves when a building opens and redraw the view (their
 * overlays) when they land: wait for both before a reference picture or a timing.
 */
export async function enginesSettled(page: Page): Promise<void> {
  for (const mode of ['water', 'trucks'])
    await expect
      .poll(async () => (await page.getByTestId(`verdict-card-${mode}`).getAttribute('data-status')) ?? '', {
        timeout: 90_000,
        interval: 250,
      })
      .toMatch(/^(ok|fail|failed|cancelled)$/);
}
