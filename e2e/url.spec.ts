import { clickEntity } from './fixtures/entity';
import { expect, test, type Page } from '@playwright/test';
import { serveGraph } from './fixtures/serve';

const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const filters = (page: Page) => page.getByRole('region', { name: 'Filters' });
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const list = (page: Page) => page.getByRole('region', { name: 'Meetings in range' }).getByRole('listitem');

test.beforeEach(async ({ page }) => {
  await serveGraph(page);
});

test('a shared link restores filters and selection', async ({ page }) => {
  await page.goto('/#from=2024-01-01&to=2024-03-31&kinds=talks,meeting&sel=country:CYP&countries=1');
  await expect(details(page).getByRole('heading', { name: 'Cyprus' })).toBeVisible();
  await expect(timeline(page).getByLabel('From', { exact: true })).toHaveValue('2024-01-01');
  await expect(timeline(page).getByLabel('To', { exact: true })).toHaveValue('2024-03-31');
  await expect(filters(page).getByLabel('Talks')).toBeChecked();
  await expect(filters(page).getByLabel('Meeting')).toBeChecked();
  await expect(filters(page).getByLabel('Phone call')).not.toBeChecked();
  await expect(filters(page).getByRole('switch', { name: 'Countries only' })).toBeChecked();
  // Cyprus' people and party met China twice in that range: talks and a meeting.
  await expect(details(page).locator('blockquote')).toHaveText(['Xi Jinping met a delegation of AKEL.', 'Wang Yi held talks with Anna Pappa in Beijing.']);
  await expect(list(page)).toHaveCount(2);
  await expect(page.locator('[data-entity-id="person:anna-pappa"]')).toHaveCount(0); // folded into Cyprus
});

test('the URL follows the view and a reload brings it back', async ({ page }) => {
  await page.goto('/');
  await clickEntity(page, 'person:wang-yi');
  await timeline(page).getByLabel('From', { exact: true }).fill('2024-02-01');
  await filters(page).getByLabel('Phone call').uncheck();
  await expect(page).toHaveURL(/#from=2024-02-01&kinds=meeting,talks,video_call,visit,summit&sel=person:wang-yi$/);

  await page.reload();
  await expect(details(page).getByRole('heading', { name: 'Wang Yi' })).toBeVisible();
  await expect(timeline(page).getByLabel('From', { exact: true })).toHaveValue('2024-02-01');
  await expect(filters(page).getByLabel('Phone call')).not.toBeChecked();
  await expect(details(page).locator('blockquote')).toHaveText(['Wang Yi held talks with Anna Pappa in Beijing.']);
});

test('editing the hash by hand updates the view', async ({ page }) => {
  await page.goto('/#sel=country:CHN');
  await expect(details(page).getByRole('heading', { name: 'China' })).toBeVisible();
  await page.evaluate(() => (location.hash = '#sel=person:luc-martin'));
  await expect(details(page).getByRole('heading', { name: 'Luc Martin' })).toBeVisible();
});

test('typing does not pile up history entries', async ({ page }) => {
  await page.goto('/');
  await clickEntity(page, 'country:CHN'); // a selection is an entry of its own (Back returns to the one before)
  const before = await page.evaluate(() => history.length);
  await filters(page).getByLabel('Visit').uncheck();
  await filters(page).getByLabel('Visit').check();
  await expect(page).toHaveURL(/sel=country:CHN/);
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test('a garbled hash is ignored safely', async ({ page }) => {
  await page.goto('/#from=yesterday&to=2024-99-99&kinds=picnic&types=alien&sel=country:ATL&countries=maybe&%E0%A4%A');
  await expect(list(page)).toHaveCount(7);
  await expect(filters(page).getByLabel('Summit')).toBeChecked();
  await expect(filters(page).getByRole('switch', { name: 'Countries only' })).not.toBeChecked();
  await expect(details(page)).toContainText('Select a country, person or organisation');
  await expect(timeline(page).getByLabel('From', { exact: true })).toHaveValue('');
});

test('Back returns to the previous selection, then to none', async ({ page }) => {
  await page.goto('/');
  await clickEntity(page, 'country:CHN');
  await clickEntity(page, 'person:wang-yi');
  await expect(page).toHaveURL(/sel=person:wang-yi/);
  await page.goBack();
  await expect(details(page).getByRole('heading', { name: 'China' })).toBeVisible();
  await expect(page).toHaveURL(/sel=country:CHN/);
  await page.goBack();
  await expect(details(page)).toContainText('Select a country, person or organisation');
  await page.goForward();
  await expect(details(page).getByRole('heading', { name: 'China' })).toBeVisible();
});

test('the URL keeps "Colour by community", and a link brings it back', async ({ page }) => {
  await page.goto('/');
  await filters(page).getByRole('switch', { name: /Colour by community/ }).check();
  await expect(page).toHaveURL(/#color=community$/);
  await page.reload();
  await expect(filters(page).getByRole('switch', { name: /Colour by community/ })).toBeChecked();
  await expect(filters(page)).toContainText('Colour by community(4 groups)');
});

test('the URL keeps the zoom; a reload (or a link) shows the same place, and Fit forgets it', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-layout="settled"]')).toBeAttached({ timeout: 30_000 });
  const nodeBox = async () => {
    const b = (await page.locator('[data-entity-id="country:CHN"]').boundingBox())!;
    return { x: Math.round(b.x), y: Math.round(b.y), w: Math.round(b.width) };
  };
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/#zoom=[\d.]+,-?[\d.]+,-?[\d.]+$/);
  await page.waitForTimeout(400);
  const zoomed = await nodeBox();
  const url = page.url();

  await page.reload();
  await expect(page.locator('[data-layout="settled"]')).toBeAttached({ timeout: 30_000 });
  await expect(page).toHaveURL(url);
  await expect.poll(nodeBox).toEqual(zoomed);

  await page.getByRole('button', { name: 'Fit to screen' }).click();
  await expect(page).not.toHaveURL(/zoom=/);
});
