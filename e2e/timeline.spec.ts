import { clickEntity } from './fixtures/entity';
import { expect, test, type Page } from '@playwright/test';
import { fixtureGraph, serveGraph } from './fixtures/serve';

const list = (page: Page) => page.getByRole('region', { name: 'Meetings in range' }).getByRole('listitem');
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });

test.beforeEach(async ({ page }) => {
  await serveGraph(page);
  await page.goto('/');
  await expect(list(page)).toHaveCount(7);
});

test('From/To narrow the graph and the meeting list', async ({ page }) => {
  await expect(page.locator('[data-entity-id="person:anna-pappa"]')).toHaveCount(1);
  await timeline(page).getByLabel('From', { exact: true }).fill('2024-05-01');
  await timeline(page).getByLabel('To', { exact: true }).fill('2024-05-31');

  await expect(list(page)).toHaveCount(1);
  await expect(list(page).first()).toContainText('10 May 2024');
  await expect(list(page).first()).toContainText('Summit');
  await expect(list(page).first()).toContainText('Johannesburg');
  // Only the summit's participants (and their countries) remain on the map.
  await expect(page.locator('[data-entity-id="person:anna-pappa"]')).toHaveCount(0);
  await expect(page.locator('[data-entity-id="person:xi-jinping"]')).toHaveCount(1);
  await expect(page).toHaveURL(/from=2024-05-01&to=2024-05-31/);

  await timeline(page).getByRole('button', { name: 'All time' }).click();
  await expect(list(page)).toHaveCount(7);
  await expect(timeline(page).getByLabel('From', { exact: true })).toHaveValue('');
});

test('the list is newest first and choosing a meeting selects its first participant', async ({ page }) => {
  await expect(list(page).first()).toContainText('10 May 2024');
  await expect(list(page).last()).toContainText('2023');
  await list(page).filter({ hasText: '27 Feb 2024' }).getByRole('button').click();
  await expect(list(page).filter({ hasText: '27 Feb 2024' }).getByRole('button')).toHaveAttribute('aria-pressed', 'true');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { name: 'Wang Yi' })).toBeVisible();
  await expect(details.locator('.meeting.selected blockquote')).toHaveText('Wang Yi held talks with Anna Pappa in Beijing.');
});

test('brushing the histogram sets From/To to whole months, and the list follows', async ({ page }) => {
  const overlay = timeline(page).locator('.brush .overlay');
  const box = (await overlay.boundingBox())!;
  // The axis runs Nov 2023 … May 2024 (7 months): drag over roughly Feb–Mar.
  const month = box.width / 7;
  await page.mouse.move(box.x + month * 3.1, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + month * 4.5, box.y + box.height / 2, { steps: 5 });
  await page.mouse.move(box.x + month * 4.9, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(timeline(page).getByLabel('From', { exact: true })).toHaveValue('2024-02-01');
  await expect(timeline(page).getByLabel('To', { exact: true })).toHaveValue('2024-03-31');
  await expect(list(page)).toHaveCount(3);
});

test('kind and type filters narrow the list', async ({ page }) => {
  await page.getByRole('region', { name: 'Filters' }).getByLabel('Summit').uncheck();
  await expect(list(page)).toHaveCount(6);
  await expect(list(page).filter({ hasText: 'Summit' })).toHaveCount(0);
  await page.getByRole('region', { name: 'Filters' }).getByLabel('Person').uncheck();
  await page.getByRole('region', { name: 'Filters' }).getByLabel('Organisation').uncheck();
  await expect(list(page)).toHaveCount(1); // only John Dube's visit to China has a country side
  await expect(page.locator('[data-entity-id="person:wang-yi"]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Reset filters' }).click();
  await expect(list(page)).toHaveCount(7);
});

test('Play steps month by month and stops at the end', async ({ page }) => {
  // Record every range the URL mirrors, so the frames can be checked after the fact
  // without racing the player's clock.
  await page.evaluate(() => {
    const w = window as unknown as { __froms: string[] };
    w.__froms = [];
    const replace = history.replaceState.bind(history);
    history.replaceState = (data, unused, url) => {
      const from = new URLSearchParams(String(url ?? '').split('#')[1] ?? '').get('from');
      if (from && w.__froms.at(-1) !== from) w.__froms.push(from);
      replace(data, unused, url);
    };
  });
  await timeline(page).getByRole('button', { name: 'Play' }).click();
  await expect(timeline(page).getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(timeline(page).getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 30_000 });
  // The 3-month window slid one month at a time from the first month until it reached the last.
  expect(await page.evaluate(() => (window as unknown as { __froms: string[] }).__froms)).toEqual([
    '2023-11-01',
    '2023-12-01',
    '2024-01-01',
    '2024-02-01',
    '2024-03-01',
  ]);
  await expect(timeline(page).getByLabel('From', { exact: true })).toHaveValue('2024-03-01');
  await expect(timeline(page).getByLabel('To', { exact: true })).toHaveValue('2024-05-31');
  await expect(list(page)).toHaveCount(3);
});

test('Pause stops playback where it is', async ({ page }) => {
  await timeline(page).getByRole('button', { name: 'Play' }).click();
  await timeline(page).getByRole('button', { name: 'Pause' }).click();
  await expect(timeline(page).getByRole('button', { name: 'Play' })).toBeVisible();
  const from = await timeline(page).getByLabel('From', { exact: true }).inputValue();
  expect(from).toMatch(/^20\d\d-\d\d-01$/);
});

test('search suggests names and aliases; Enter focuses the first match', async ({ page }) => {
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill('akel');
  await expect(page.getByRole('option').first()).toContainText('Progressive Party of Working People');
  await search.fill('jinp');
  await expect(page.getByRole('option')).toHaveCount(1);
  await search.press('Enter');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { name: 'Xi Jinping' })).toBeVisible();
  await expect(page.locator('[data-entity-id="person:xi-jinping"]')).toHaveAttribute('aria-pressed', 'true');
});

test('stray early dates stay off the chart until asked for, and are named', async ({ page }) => {
  const graph = fixtureGraph();
  graph.meetings.push({ ...graph.meetings[0]!, id: 'm-1945', date: '1945-06-26' });
  await page.unrouteAll();
  await serveGraph(page, graph);
  await page.goto('/');
  const note = timeline(page).getByText(/earlier meeting/);
  await expect(note).toContainText('1 earlier meeting (1945–1945) off the chart.');
  await expect(timeline(page).getByRole('img', { name: /^Meetings per month/ })).toHaveAttribute('aria-label', 'Meetings per month, Nov 2023 to May 2024');
  await timeline(page).getByRole('button', { name: 'Show all years' }).click();
  await expect(timeline(page).getByRole('img', { name: /^Meetings per month/ })).toHaveAttribute('aria-label', 'Meetings per month, Jun 1945 to May 2024');
  await expect(timeline(page).getByRole('button', { name: 'Focus on 2023–2024' })).toBeVisible();
});

test('stray late dates stay off the chart too, and the chart stays quick', async ({ page }) => {
  // The latest year the model allows, seventy-five years after the rest: without folding, 925 monthly bins.
  const graph = fixtureGraph();
  graph.meetings.push({ ...graph.meetings[0]!, id: 'm-2099', date: '2099-12-31' }, { ...graph.meetings[1]!, id: 'm-2100', date: '2100-06' });
  await page.unrouteAll();
  await serveGraph(page, graph);
  await page.goto('/');
  await expect(timeline(page).getByText(/later meeting/)).toContainText('2 later meetings (2099–2100) off the chart.');
  const chart = timeline(page).getByRole('img', { name: /^Meetings per month/ });
  await expect(chart).toHaveAttribute('aria-label', 'Meetings per month, Nov 2023 to May 2024');
  await expect(chart.locator('.bar')).toHaveCount(7);
  await timeline(page).getByRole('button', { name: 'Show all years' }).click();
  await expect(chart).toHaveAttribute('aria-label', 'Meetings per month, Nov 2023 to Jun 2100');
  await expect(timeline(page).getByRole('button', { name: 'Focus on 2023–2024' })).toBeVisible();
});

test('a meeting dated only by its year is a band over that year, and in any range that overlaps it', async ({ page }) => {
  // The fixture's "last year" meeting is dated 2023; the axis runs Nov 2023 … May 2024, so its band covers
  // Nov–Dec and says the year began before the chart.
  const band = timeline(page).locator('.year-span');
  await expect(band).toHaveCount(1);
  await expect(band).toContainText('‹ 2023: 1');
  await expect(band.locator('title')).toHaveText('1 meeting dated only by the year 2023: some time in 2023, of which the axis shows Nov 2023 to Dec 2023');
  await expect(timeline(page).locator('.unplaced')).toContainText('Bands under the bars: meetings dated only by the year');
  await expect(timeline(page).locator('.unplaced')).not.toContainText('dated only by year');

  // A range inside 2023 holds it (it may have been then); a range after 2023 does not.
  await timeline(page).getByLabel('From', { exact: true }).fill('2023-11-01');
  await timeline(page).getByLabel('To', { exact: true }).fill('2023-11-30');
  await expect(list(page)).toHaveCount(2);
  await expect(list(page).last()).toContainText('2023');
  await expect(list(page).last()).toContainText('Mary Jones');
  await expect(band).toHaveClass(/\bin\b/);
  await timeline(page).getByLabel('To', { exact: true }).fill('2024-01-31');
  await timeline(page).getByLabel('From', { exact: true }).fill('2024-01-01');
  await expect(list(page)).toHaveCount(0);
  await expect(band).toHaveClass(/\bout\b/);
});

test('choosing a meeting keeps the selected entity when it took part', async ({ page }) => {
  await clickEntity(page, 'person:anna-pappa');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { name: 'Anna Pappa' })).toBeVisible();
  await list(page).filter({ hasText: '27 Feb 2024' }).getByRole('button').click();
  await expect(details.getByRole('heading', { name: 'Anna Pappa' })).toBeVisible();
  await expect(details.locator('.meeting.selected blockquote')).toHaveText('Wang Yi held talks with Anna Pappa in Beijing.');
});
