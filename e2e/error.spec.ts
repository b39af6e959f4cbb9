import { expect, test } from '@playwright/test';
import { fixtureGraph, serveGraph } from './fixtures/serve';

test('a wrong schemaVersion names the file and the field', async ({ page }) => {
  await serveGraph(page, { ...fixtureGraph(), schemaVersion: 3 });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText('graph.json does not match the diplograph data model');
  await expect(alert).toContainText('schemaVersion is 3');
  await expect(page.getByRole('region', { name: 'Graph' })).toHaveCount(0);
});

test('malformed JSON says so and names the file', async ({ page }) => {
  await serveGraph(page, '{"schemaVersion": 1, "entities": [');
  await page.goto('/');
  await expect(page.getByRole('alert').getByRole('heading')).toHaveText('graph.json is not valid JSON');
});

test('a missing file names the URL and how to make it', async ({ page }) => {
  await serveGraph(page, 'Not found', 404);
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText('No graph data at graph.json (HTTP 404)');
  await expect(alert).toContainText('npm run extract');
});

test('an invalid field is named by its path', async ({ page }) => {
  const graph = fixtureGraph();
  graph.meetings[1]!.date = 'next Tuesday';
  await serveGraph(page, graph);
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('meetings[1].date: expected "YYYY", "YYYY-MM" or "YYYY-MM-DD"');
});

test('?data= names the URL it tried', async ({ page }) => {
  await page.route('**/other/data.json', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/?data=other/data.json');
  await expect(page.getByRole('alert').getByRole('heading')).toHaveText('No graph data at other/data.json (HTTP 404)');
});

test('a far-future date is refused at once with a reason, not drawn (it froze the tab for minutes)', async ({ page }) => {
  const graph = fixtureGraph();
  graph.meetings[1]!.date = '9999-12-31';
  graph.meetings[2]!.date = '9999-12';
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await serveGraph(page, graph);
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText('graph.json does not match the diplograph data model');
  await expect(alert).toContainText('meetings[1].date: year 9999 is outside 1800–2100 (a typo or a placeholder date?)');
  await expect(alert).toContainText('meetings[2].date: year 9999 is outside 1800–2100');
  expect(errors).toEqual([]);
});

test('two meetings under one id are refused, naming the second', async ({ page }) => {
  const graph = fixtureGraph();
  graph.meetings.push({ ...graph.meetings[3]!, date: '2024-04' });
  await serveGraph(page, graph);
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText(`meetings[7].id: duplicate meeting id "${graph.meetings[3]!.id}"`);
});
