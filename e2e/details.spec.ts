import { clickEntity } from './fixtures/entity';
import { expect, test } from '@playwright/test';
import { fixtureGraph, serveGraph } from './fixtures/serve';

test.beforeEach(async ({ page }) => {
  await serveGraph(page);
  await page.goto('/');
});

test('clicking a country lists its meetings in Details, with evidence and source', async ({ page }) => {
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { name: 'China' })).toHaveCount(0);
  await clickEntity(page, 'country:CHN');

  await expect(details.getByRole('heading', { name: 'China', level: 2 })).toBeVisible();
  await expect(details).toContainText('China (CHN)');
  // A country's meetings include those of its people and organisations (six in the fixture).
  const meetings = details.getByRole('listitem').filter({ has: page.locator('blockquote') });
  await expect(meetings).toHaveCount(6);
  await expect(details).toContainText('Includes the meetings of its people and organisations');
  const visit = meetings.filter({ hasText: 'John Dube visited China' });
  await expect(visit).toContainText('Apr 2024');
  await expect(visit).toContainText('Visit');
  await expect(visit.locator('blockquote')).toHaveText('John Dube visited China in April.');
  await expect(visit).toContainText('South African minister visits Beijing');
  await expect(visit).toContainText('2024-04-dube.txt');
  await expect(meetings.filter({ hasText: 'Wang Yi held talks with Anna Pappa' })).toContainText('Talks');
});

test('a person shows role, country name, counts; counterparts are clickable', async ({ page }) => {
  await clickEntity(page, 'person:xi-jinping');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { name: 'Xi Jinping' })).toBeVisible();
  await expect(details).toContainText('President');
  await expect(details.locator('.stats')).toContainText('3 meetings');
  await expect(details.locator('.stats')).toContainText('4 counterparts');

  await details.locator('.meeting').filter({ hasText: 'Video call' }).getByRole('button', { name: 'Luc Martin' }).click();
  await expect(details.getByRole('heading', { name: 'Luc Martin' })).toBeVisible();
  await expect(details).toContainText('France');
});

test('choosing a meeting marks it selected; Escape clears the selection', async ({ page }) => {
  await clickEntity(page, 'person:wang-yi');
  const details = page.getByRole('region', { name: 'Details' });
  const talks = details.getByRole('button', { name: /27 Feb 2024.*Talks/ });
  await expect(talks).toHaveAttribute('aria-pressed', 'false');
  await talks.click();
  await expect(talks).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/meeting=m-1/);

  await page.keyboard.press('Escape');
  await expect(details.getByRole('heading', { name: 'Wang Yi' })).toHaveCount(0);
  await expect(details).toContainText('Select a country, person or organisation');
});

test('in the countries-only view a country includes its people’s meetings', async ({ page }) => {
  await page.getByRole('switch', { name: 'Countries only' }).check();
  await clickEntity(page, 'country:CHN');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { name: 'China' })).toBeVisible();
  await expect(details.locator('.stats')).toContainText('6 meetings');
  await expect(details.locator('blockquote')).toContainText(['Xi, Dube and Martin attended the BRICS summit.', 'John Dube visited China in April.']);
  await expect(details.getByRole('button', { name: 'Cyprus' }).first()).toBeVisible();
});

test('text from the data is shown as text, never as HTML', async ({ page }) => {
  const graph = fixtureGraph();
  graph.entities.push({ id: 'person:mallory', type: 'person', name: '<img src=x onerror="window.__pwned=1">Mallory', aliases: [], country: 'FRA', role: '<b>Spy</b>' });
  graph.meetings.push({
    id: 'm-x',
    kind: 'meeting',
    date: '2024-05-02',
    location: '<i>Paris</i>',
    participants: ['person:mallory', 'person:luc-martin'],
    countries: ['FRA'],
    sources: [{ file: 'x.txt', article: '<script>alert(1)</script>', quote: 'Mallory <u>met</u> Martin.', start: 0, end: 5 }],
  });
  await page.unrouteAll();
  await serveGraph(page, graph);
  await page.goto('/');
  await clickEntity(page, 'person:mallory');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('<img src=x onerror="window.__pwned=1">Mallory');
  await expect(details).toContainText('<b>Spy</b>');
  await expect(details.locator('blockquote')).toHaveText('Mallory <u>met</u> Martin.');
  await expect(details).toContainText('<script>alert(1)</script>');
  expect(await details.locator('img, b, u, script, i').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});
