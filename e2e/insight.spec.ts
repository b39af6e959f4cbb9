// Details of an entity: where it stands in the whole meeting network (rank by
// counterparts and by betweenness, its Louvain community) and its top counterparts;
// "Colour by community" in the filters. Expected values: computeMetrics on
// e2e/fixtures/graph.json (Xi Jinping: 4 counterparts, rank 2 of the 8 people and
// organisations both ways; in the largest community, with John Dube, Luc Martin, BRICS
// and AKEL; countries are ranked and grouped among countries, on the meetings of their
// people: two communities of people, two of countries).
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { clickEntity } from './fixtures/entity';
import { serveGraph } from './fixtures/serve';

test.beforeEach(async ({ page }) => {
  await serveGraph(page);
  await page.goto('/');
});

test('an entity shows its ranks, community and top counterparts', async ({ page }) => {
  await clickEntity(page, 'person:xi-jinping');
  const details = page.getByRole('region', { name: 'Details' });
  const standing = details.getByRole('definition').filter({ hasText: 'rank' });
  await expect(details.getByRole('heading', { name: 'In the whole graph' })).toBeVisible();
  await expect(standing.first()).toHaveText(/rank 2 of 8 \(4 counterparts, 3 meetings\)/);
  await expect(standing.nth(1)).toHaveText(/rank 2 of 8 \(betweenness 0\.061\)/);
  await expect(details).toContainText('no. 1 (with 4 others)');

  await expect(details.getByRole('heading', { name: 'Top counterparts' })).toBeVisible();
  await expect(details.locator('.counterparts .counterpart').first()).toContainText('Luc Martin');
  await expect(details.locator('.counterparts .counterpart').first()).toContainText('×2');

  // The link in Details and the switch in the filters are the same setting.
  const toggle = page.getByRole('switch', { name: /Colour by community/ });
  await expect(toggle).not.toBeChecked();
  await details.getByRole('button', { name: 'colour the map by community' }).click();
  await expect(toggle).toBeChecked();
  await expect(page.getByRole('region', { name: 'Filters' })).toContainText('Colour by community(4 groups)');
  await toggle.uncheck();
  await expect(details.getByRole('button', { name: 'colour the map by community' })).toBeVisible();
});

test('Colour by community recolours the nodes (as the SVG export shows)', async ({ page }) => {
  await expect(page.locator('[data-layout="settled"]')).toBeAttached({ timeout: 30_000 });
  const fills = async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG', exact: true }).click()]);
    const svg = await readFile((await download.path())!, 'utf8');
    const fillOf = (name: string) => new RegExp(`<circle [^>]*fill="(#[0-9A-Fa-f]{6})"[^>]*><title>${name}</title>`).exec(svg)?.[1]?.toUpperCase();
    return { cyprus: fillOf('Cyprus'), akel: fillOf('Progressive Party of Working People'), xi: fillOf('Xi Jinping') };
  };
  // By type: countries blue, organisations green, persons vermilion.
  expect(await fills()).toEqual({ cyprus: '#0072B2', akel: '#009E73', xi: '#D55E00' });
  await page.getByRole('switch', { name: /Colour by community/ }).check();
  await expect(page.getByRole('region', { name: 'Filters' })).toContainText('Colour by community(4 groups)');
  // By community: AKEL and Xi Jinping in the largest of people and organisations (0),
  // Cyprus in the largest of countries (0, with China and the United States).
  expect(await fills()).toEqual({ cyprus: '#0072B2', akel: '#0072B2', xi: '#0072B2' });
});
