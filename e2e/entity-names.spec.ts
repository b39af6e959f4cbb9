// Entities as the sources name them (issue 15), on the seeds' own graph: one party is one entry in search,
// and a name keeps the accents its source wrote.
import { expect, test } from '@playwright/test';
import { settled } from './fixtures/settled';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await settled(page);
});

test('a party spelt out in one file and with its acronym in another is one entry in search', async ({ page }) => {
  await page.getByRole('combobox').fill('Communist Party of Britain');
  const options = page.getByRole('option', { name: /^Communist Party of Britain\b/ });
  await expect(options.first()).toBeVisible();
  await expect(options).toHaveCount(1);
});

test("a name keeps the source's accents", async ({ page }) => {
  await page.getByRole('combobox').fill('Sanchez');
  await expect(page.getByRole('option', { name: /Pedro Sánchez/ })).toBeVisible();
  await expect(page.getByRole('option', { name: /Pedro Sanchez/ })).toHaveCount(0);
});
