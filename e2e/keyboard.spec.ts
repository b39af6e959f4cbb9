// The keyboard-only story (issue 15): from load to a country's meetings and an SVG
// export, without the mouse. Every step is a key a user presses; each assertion is
// what they would see.
import fs from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { serveGraph } from './fixtures/serve';
import { settled } from './fixtures/settled';
import { ANALYST_VIEWPORTS } from './fixtures/viewports';

/** Presses `key` until `target` has the focus (at most `max` times); returns how many presses it took. */
async function pressUntilFocused(page: Page, key: string, target: Locator, max: number): Promise<number> {
  for (let n = 1; n <= max; n++) {
    await page.keyboard.press(key);
    if (await target.evaluate((el) => el === document.activeElement)) return n;
  }
  throw new Error(`${key} ×${max} never reached ${target}`);
}

for (const viewport of ANALYST_VIEWPORTS) {
  test(`keyboard only at ${viewport.width}×${viewport.height}: find a country, read its meetings, light one, export the SVG`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await serveGraph(page);
    await page.goto('/');
    await settled(page);

    // Search is among the first stops, right after the skip links.
    const search = page.getByRole('combobox');
    expect(await pressUntilFocused(page, 'Tab', search, 8)).toBeLessThanOrEqual(8);
    await page.keyboard.type('Cypr');
    await expect(page.getByRole('option', { name: /Cyprus/ })).toBeVisible();
    await page.keyboard.press('Enter');
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details.getByRole('heading', { level: 2 })).toHaveText('Cyprus');
    await expect(page.locator('[data-entity-id="country:CYP"]')).toHaveAttribute('aria-pressed', 'true');

    // Back to the skip links, and into the details.
    await pressUntilFocused(page, 'Shift+Tab', page.getByRole('link', { name: 'Skip to details' }), 4);
    await page.keyboard.press('Enter');
    await expect(details).toBeFocused();
    const meetings = details.locator('.meetings .meeting-head');
    await expect(meetings).toHaveCount(3); // Cyprus through Anna Pappa and AKEL: m-1, m-2, m-7
    const first = meetings.first();
    await pressUntilFocused(page, 'Tab', first, 20);
    await page.keyboard.press('Enter');
    await expect(first).toHaveAttribute('aria-pressed', 'true');
    // The newest first: Xi Jinping meets AKEL (28 Feb 2024). Both ends are named on the map, at full strength.
    await expect(first).toContainText('28 Feb 2024');
    const stage = page.locator('.dg-graph__stage');
    await expect(stage).toHaveAttribute('data-labels', /(^| )organisation:akel( |$)/);
    await expect(stage).toHaveAttribute('data-labels', /(^| )person:xi-jinping( |$)/);

    // Back up the page to Export SVG, and save the picture.
    const exportSvg = page.getByRole('button', { name: 'Export SVG', exact: true });
    await pressUntilFocused(page, 'Shift+Tab', exportSvg, 120);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.svg$/);
    const svg = fs.readFileSync((await download.path())!, 'utf8');
    expect(svg).toContain('highlighted: Cyprus and its counterparts');
    expect(svg).toMatch(/<text[^>]*>Cyprus<\/text>/);
  });
}
