// Without a graph.json (the CLI never ran), the error screen offers to read the
// user's own text; the meetings found become the graph.
import { expect, test } from '@playwright/test';
import { serveGraph } from './fixtures/serve';

test('no graph.json: Add text on the error screen builds the graph from the files', async ({ page }) => {
  await serveGraph(page, 'Not found', 404);
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText('No graph data at graph.json (HTTP 404)');
  await expect(alert.getByRole('button', { name: 'Add text…' })).toBeVisible();

  await page.getByTestId('import-input').setInputFiles([
    {
      name: 'lima.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('LIMA, June 2, 2025 (Xinhua) -- Peruvian Foreign Minister Elmer Schialer held talks with Chilean Foreign Minister Alberto van Klaveren in Lima on Monday.\n'),
    },
  ]);
  const panel = page.getByRole('dialog', { name: 'Add text' });
  await expect(panel.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1', { timeout: 30_000 });
  await expect(panel.getByRole('button', { name: 'Merge' })).toHaveCount(0);
  await panel.getByRole('button', { name: 'Show' }).click();

  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByLabel('Corpus summary')).toContainText('1 meeting');
  await expect(page.getByRole('region', { name: 'Meetings in range' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Meetings in range' })).toContainText('Elmer Schialer');
});
