// Graph data comes from scraped web text and is shared between people: whatever it
// holds, the app shows an error screen or plain text, and never runs any of it.
import { expect, test, type Page } from '@playwright/test';
import { fixtureGraph, serveGraph } from './fixtures/serve';

const XSS = '<img src=x onerror="window.__pwned=1">';

async function watchForExecution(page: Page): Promise<() => Promise<void>> {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  return async () => {
    expect(dialogs).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  };
}

const malformed: [string, (g: ReturnType<typeof fixtureGraph>) => unknown, RegExp][] = [
  ['entities is not a list', (g) => ({ ...g, entities: 'none' }), /entities/],
  ['a name is a number', (g) => ((g.entities[0] as { name: unknown }).name = 42, g), /entities\[0\]\.name/],
  ['a meeting has no sources', (g) => ((g.meetings[0] as { sources?: unknown }).sources = undefined, g), /meetings\[0\]\.sources/],
  ['a meeting kind is made up', (g) => ((g.meetings[0] as { kind: string }).kind = 'javascript:alert(1)', g), /meetings\[0\]\.kind/],
  ['a name is megabytes long', (g) => ((g.entities[0] as { name: string }).name = 'A'.repeat(2_000_000), g), /entities\[0\]\.name/],
  ['the version is from the future', (g) => ({ ...g, schemaVersion: 99 }), /schemaVersion/],
  ['the document is an array', () => [], /document|expected object/i],
];

for (const [what, corrupt, where] of malformed) {
  test(`malformed data (${what}) gives the error screen naming where`, async ({ page }) => {
    const check = await watchForExecution(page);
    await serveGraph(page, JSON.stringify(corrupt(fixtureGraph())));
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(where);
    await check();
  });
}

test('hostile names stay text in search, tooltip, lists and the URL; nothing runs', async ({ page }) => {
  const check = await watchForExecution(page);
  const g = fixtureGraph();
  const victim = g.entities.find((e) => e.id === 'person:wang-yi')!;
  victim.name = `${XSS}Wang\u202Eiy gnaW`;
  victim.aliases = ['javascript:alert(1)'];
  g.meetings[0]!.location = '<svg onload="window.__pwned=1">';
  g.meetings[0]!.sources[0]!.file = 'javascript:alert(1)';
  await serveGraph(page, g);
  await page.goto('/#sel=javascript%3Aalert(1)&from=<script>');

  await page.getByRole('combobox', { name: 'Search' }).fill('Wang');
  await expect(page.getByRole('option').first()).toContainText('<img src=x');
  await page.keyboard.press('Enter');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toContainText(XSS);
  await expect(details).toContainText('javascript:alert(1)');
  await expect(page.getByRole('region', { name: 'Timeline' })).toContainText('<img src=x');
  expect(await page.locator('img[src="x"], svg[onload], a[href^="javascript:"]').count()).toBe(0);
  await check();
});
