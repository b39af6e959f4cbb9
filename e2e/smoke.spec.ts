import { expect, test } from '@playwright/test';

test('the app shows the graph region for the seeds', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Graph' })).toBeAttached();
});
