// "Add text…" in real Chromium: news files picked or dropped are extracted in a
// Web Worker with the CLI's pipeline, with a progress bar, a line per file that
// could not be read, and a choice to replace the graph on screen or merge into it.
import { expect, test, type Page } from '@playwright/test';
import { serveGraph } from './fixtures/serve';
import { windows1252Bytes } from '../src/extract/fixtures/windows1252';

const BRASILIA = [
  'BRASILIA, March 3, 2025 (Xinhua) -- Brazilian Foreign Minister Mauro Vieira held talks with South African Foreign Minister Ronald Lamola in Brasilia on Monday.',
  'The two ministers discussed trade and cooperation within the BRICS group.',
  '',
].join('\n');

const NAIROBI_HTML = `<!doctype html><html><head><title>Kenya and India deepen ties</title><script>window.pwned = true</script></head>
<body><article><p>NAIROBI, April 8, 2025 (Xinhua) -- Indian External Affairs Minister Subrahmanyam Jaishankar met with
Kenyan Prime Cabinet Secretary Musalia Mudavadi in Nairobi on Tuesday.</p><p>They agreed to expand cooperation in agriculture and energy.</p></article></body></html>`;

/** Not text: a PNG header, NUL bytes and noise. */
const GARBAGE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0x00, 0x13, 0x37]);

test.afterEach(() => expect(problems).toEqual([]));

const list = (page: Page) => page.getByRole('region', { name: 'Meetings in range' }).getByRole('listitem');
const panel = (page: Page) => page.getByRole('dialog', { name: 'Add text' });

let problems: string[] = [];

test.beforeEach(async ({ page }) => {
  // The worker must run under the built site's CSP: any violation or error shows up here.
  problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  await serveGraph(page);
  await page.goto('/');
  await expect(list(page)).toHaveCount(7);
});

test('picked files: progress, a line for the unreadable one, then Merge adds the new meeting', async ({ page }) => {
  await page.getByTestId('import-input').setInputFiles([
    { name: 'brasilia.txt', mimeType: 'text/plain', buffer: Buffer.from(BRASILIA) },
    { name: 'scan.txt', mimeType: 'text/plain', buffer: GARBAGE },
  ]);
  const bar = panel(page).getByRole('progressbar', { name: 'Files read' });
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute('aria-valuemax', '2');
  await expect(bar).toHaveAttribute('aria-valuenow', '2', { timeout: 30_000 });
  await expect(panel(page).getByRole('heading')).toHaveText('Found 1 meeting');

  const files = panel(page).getByRole('list', { name: 'Files' }).getByRole('listitem');
  await expect(files.filter({ hasText: 'brasilia.txt' })).toContainText('1 meeting');
  await expect(files.filter({ hasText: 'scan.txt' })).toContainText('not read: binary content, not text');

  if (process.env.UPDATE_SCREENSHOTS) await page.screenshot({ path: 'docs/screenshots/import.png' });

  await panel(page).getByRole('button', { name: 'Merge' }).click();
  await expect(panel(page)).toHaveCount(0);
  await expect(list(page)).toHaveCount(8);
  await expect(list(page).filter({ hasText: 'Mauro Vieira' })).toContainText('Ronald Lamola');
  await expect(page.getByLabel('Corpus summary')).toContainText('8 meetings');
  await expect(page.locator('[data-entity-id="person:mauro-vieira"]')).toBeAttached();
  // The meetings already on screen are still there.
  await expect(page.locator('[data-entity-id="person:wang-yi"]')).toBeAttached();
});

test('dropped files: the full-window target, HTML read as text, Replace shows only the new meetings', async ({ page }) => {
  const dataTransfer = await page.evaluateHandle(
    ({ html, text }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([html], 'nairobi.html', { type: 'text/html' }));
      dt.items.add(new File([text], 'brasilia.md', { type: 'text/markdown' }));
      dt.items.add(new File([], 'empty.txt', { type: 'text/plain' }));
      dt.items.add(new File(['%PDF-1.7'], 'report.pdf', { type: 'application/pdf' }));
      // "São Paulo" in Latin-1 (Windows-1252 holds it too): not UTF-8, read anyway with a note.
      dt.items.add(new File([new Uint8Array([0x53, 0xe3, 0x6f, 0x20, 0x50, 0x61, 0x75, 0x6c, 0x6f, 0x0a])], 'sao-paulo.txt', { type: 'text/plain' }));
      return dt;
    },
    { html: NAIROBI_HTML, text: BRASILIA },
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await expect(page.getByTestId('drop-overlay')).toBeVisible();
  await expect(page.getByTestId('drop-overlay')).toContainText('Drop news files');
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(page.getByTestId('drop-overlay')).toHaveCount(0);

  const bar = panel(page).getByRole('progressbar');
  await expect(bar).toHaveAttribute('aria-valuemax', '5');
  await expect(bar).toHaveAttribute('aria-valuenow', '5', { timeout: 30_000 });
  const files = panel(page).getByRole('list', { name: 'Files' }).getByRole('listitem');
  await expect(files.filter({ hasText: 'empty.txt' })).toContainText('not read: empty file');
  await expect(files.filter({ hasText: 'report.pdf' })).toContainText('not read: unsupported file type (.pdf)');
  await expect(files.filter({ hasText: 'sao-paulo.txt' })).toContainText('no meetings');
  await expect(files.filter({ hasText: 'sao-paulo.txt' })).toContainText('is not valid UTF-8: decoded as Windows-1252');
  await expect(panel(page)).toContainText('2 meetings');

  await panel(page).getByRole('button', { name: 'Replace' }).click();
  await expect(list(page)).toHaveCount(2);
  await expect(list(page).filter({ hasText: 'Musalia Mudavadi' })).toContainText('Subrahmanyam Jaishankar');
  await expect(page.getByLabel('Corpus summary')).toContainText('2 meetings');
  await expect(page.getByLabel('Corpus summary')).toContainText('3 files');
  await expect(page.locator('[data-entity-id="person:wang-yi"]')).toHaveCount(0);

  // The HTML's quote is its text, never its markup, and its script never ran.
  await page.locator('[data-entity-id="person:musalia-mudavadi"]').click({ force: true });
  const quote = page.getByRole('region', { name: 'Details' }).locator('blockquote').first();
  await expect(quote).toContainText('Musalia Mudavadi in Nairobi on Tuesday');
  await expect(quote).not.toContainText('<');
  expect(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
});

test('Cancel stops a long extraction and leaves the graph as it was', async ({ page }) => {
  // About 1.5 MB of prose: seconds of work for the worker.
  const para = (i: number) => `Brazilian Foreign Minister Mauro Vieira met with Chilean Foreign Minister Alberto van Klaveren in Santiago on day ${i}. They discussed trade. `;
  const big = Array.from({ length: 12_000 }, (_, i) => para(i)).join('\n');
  await page.getByTestId('import-input').setInputFiles([
    { name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from(big) },
    { name: 'b.txt', mimeType: 'text/plain', buffer: Buffer.from(big) },
  ]);
  await expect(panel(page).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0');
  await panel(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(panel(page)).toHaveCount(0);
  await page.waitForTimeout(500);
  await expect(panel(page)).toHaveCount(0);
  await expect(list(page)).toHaveCount(7);
  await expect(page.getByRole('button', { name: 'Add text…' })).toBeEnabled();
});

test('a Windows-1252 file reads as the CLI reads it: its name keeps š and ž, its quote its dash', async ({ page }) => {
  // The same bytes as the CLI's test (src/extract/cli.test.ts): one meeting, Maroš Šefžik with Lena Sorvik.
  await page.getByTestId('import-input').setInputFiles([{ name: 'bratislava.txt', mimeType: 'text/plain', buffer: Buffer.from(windows1252Bytes()) }]);
  await expect(panel(page).getByRole('progressbar', { name: 'Files read' })).toHaveAttribute('aria-valuenow', '1', { timeout: 30_000 });
  const files = panel(page).getByRole('list', { name: 'Files' }).getByRole('listitem');
  await expect(files.filter({ hasText: 'bratislava.txt' })).toContainText('1 meeting');
  await expect(files.filter({ hasText: 'bratislava.txt' })).toContainText('decoded as Windows-1252');
  await panel(page).getByRole('button', { name: 'Replace' }).click();
  await expect(list(page)).toHaveCount(1);
  await expect(list(page).first()).toContainText('Maroš Šefžik');
  await expect(list(page).first()).toContainText('Lena Sorvik');
  await list(page).first().click();
  const quote = await page.locator('blockquote, q').filter({ hasText: 'BRATISLAVA' }).first().textContent();
  expect(quote).toContain('2021 – Slovak');
  expect(quote).not.toMatch(/[\u0080-\u009f]/);
});

test('text with a far-future date merges without freezing: the date is left out and said to be', async ({ page }) => {
  const FAR = 'Foreign Minister Ivo Marek of Croatia met with Foreign Minister Lena Sorvik of Norway in Oslo on December 31, 9999.\n';
  await page.getByTestId('import-input').setInputFiles([{ name: 'far.txt', mimeType: 'text/plain', buffer: Buffer.from(FAR) }]);
  await expect(panel(page).getByRole('progressbar', { name: 'Files read' })).toHaveAttribute('aria-valuenow', '1', { timeout: 30_000 });
  const files = panel(page).getByRole('list', { name: 'Files' }).getByRole('listitem');
  await expect(files.filter({ hasText: 'far.txt' })).toContainText('1 date outside 1800–2100 left out (a typo or a placeholder?): 9999-12-31');
  await panel(page).getByRole('button', { name: 'Merge' }).click();
  await expect(list(page)).toHaveCount(8);
  const chart = page.getByRole('region', { name: 'Timeline' }).getByRole('img', { name: /^Meetings per month/ });
  await expect(chart).toHaveAttribute('aria-label', 'Meetings per month, Nov 2023 to May 2024');
  await expect(page.getByRole('region', { name: 'Timeline' })).toContainText('1 meeting undated');
});
