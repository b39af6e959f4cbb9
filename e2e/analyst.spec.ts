// Bugs an analyst met on first use (issue 15), each as the story that showed it.
import { expect, test, type Page } from '@playwright/test';
import { clickEntity } from './fixtures/entity';
import { fixtureGraph, serveGraph } from './fixtures/serve';

const list = (page: Page) => page.getByRole('region', { name: 'Meetings in range' }).getByRole('listitem');
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test.beforeEach(async ({ page }) => {
      await serveGraph(page);
      await page.goto('/');
      await expect(list(page)).toHaveCount(7);
    });

    test('typing a To date digit by digit leaves From alone and applies only the finished date', async ({ page }) => {
      const from = timeline(page).getByLabel('From', { exact: true });
      const to = timeline(page).getByLabel('To', { exact: true });
      await from.fill('2024-03-01');
      await expect(list(page)).toHaveCount(3);
      await to.click({ position: { x: 12, y: 10 } }); // the month segment (mm/dd/yyyy)
      await page.keyboard.type('08312024', { delay: 30 });
      await expect(to).toHaveValue('2024-08-31');
      await expect(from).toHaveValue('2024-03-01');
      await expect(page).toHaveURL(/from=2024-03-01&to=2024-08-31/);
      await expect(list(page)).toHaveCount(3);
    });

    test('a visit says where the visitor went', async ({ page }) => {
      // m-4: John Dube (South Africa) visits China, no location reported.
      const visit = list(page).filter({ hasText: 'Apr 2024' });
      await expect(visit).toContainText('Visit');
      await expect(visit.locator('.row-place')).toHaveText('to China');
      await visit.getByRole('button').click();
      const details = page.getByRole('region', { name: 'Details' });
      await expect(details.locator('.meeting.selected .row-place')).toHaveText('to China');
    });

    test('skip links take the keyboard past the map, and arrow keys move in the Export menu', async ({ page }) => {
      await page.keyboard.press('Tab');
      await expect(page.getByRole('link', { name: 'Skip to map' })).toBeFocused();
      await expect(page.getByRole('link', { name: 'Skip to map' })).toBeInViewport();
      await page.keyboard.press('Tab');
      await expect(page.getByRole('link', { name: 'Skip to timeline' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(timeline(page)).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(timeline(page).getByLabel('From', { exact: true })).toBeFocused();
      await expect(page).not.toHaveURL(/#timeline/);

      await page.getByRole('button', { name: 'Export ▾' }).focus();
      await page.keyboard.press('ArrowDown');
      const menu = page.getByRole('menu', { name: 'Export' });
      await expect(menu.getByRole('menuitem', { name: /GEXF/ })).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(menu.getByRole('menuitem', { name: /GraphML/ })).toBeFocused();
      await page.keyboard.press('End');
      await expect(menu.getByRole('menuitem', { name: /PNG/ })).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(menu.getByRole('menuitem', { name: /GEXF/ })).toBeFocused();
      await page.keyboard.press('ArrowUp');
      await expect(menu.getByRole('menuitem', { name: /PNG/ })).toBeFocused();
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
    });

    test('the details skip link lands in the details', async ({ page }) => {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expect(page.getByRole('link', { name: 'Skip to details' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('region', { name: 'Details' })).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(page.getByRole('region', { name: 'Details' }).getByRole('button').first()).toBeFocused();
    });

    test("a country's standing in the whole graph counts what its header counts", async ({ page }) => {
      // Cyprus never meets in person: Anna Pappa and AKEL meet China and the United States for it.
      await clickEntity(page, 'country:CYP');
      const details = page.getByRole('region', { name: 'Details' });
      await expect(details.locator('.stats')).toContainText('3 meetings');
      await expect(details.locator('.stats')).toContainText('2 counterparts');
      const standing = details.getByRole('definition').filter({ hasText: 'rank' });
      await expect(standing.first()).toHaveText(/rank \d of 5 countries \(2 counterparts, 3 meetings\)/);
      await expect(details.locator('.standing')).not.toContainText('none');
    });
  });
}

test.describe('a graph within one year', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1440, height: 900 },
  ]) {
    test(`names the year on the timeline axis at ${viewport.width}×${viewport.height}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const graph = fixtureGraph();
      graph.meetings = graph.meetings.filter((m) => m.date?.startsWith('2024'));
      await serveGraph(page, graph);
      await page.goto('/');
      await expect(list(page)).toHaveCount(5);
      const labels = timeline(page).locator('.x-axis .tick text');
      await expect(labels.first()).toHaveText('Feb 2024');
      await expect(labels.nth(1)).toHaveText('Mar');
    });
  }
});

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
]) {
  test(`Fit keeps every node on the visible map at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await serveGraph(page);
    await page.goto('/');
    await expect(page.locator('[data-layout="settled"]')).toBeAttached({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Fit to screen' }).click();
    await page.waitForTimeout(800); // the fit's animation
    const outside = await page.evaluate(() => {
      const map = document.querySelector('.app-graph')!.getBoundingClientRect();
      const canvas = document.querySelector('.app-graph canvas')!.getBoundingClientRect();
      const off = [...document.querySelectorAll('[data-entity-id]')]
        .map((el) => ({ id: el.getAttribute('data-entity-id'), r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.top < map.top || r.bottom > map.bottom || r.left < map.left || r.right > map.right))
        .map(({ id }) => id);
      return { off, canvasBottom: Math.round(canvas.bottom), mapBottom: Math.round(map.bottom), mapHeight: Math.round(map.height) };
    });
    expect(outside.off).toEqual([]);
    // The canvas is the map as seen: it does not run on under the timeline.
    expect(outside.canvasBottom).toBe(outside.mapBottom);
    expect(outside.mapHeight).toBeGreaterThanOrEqual(300);
  });
}
