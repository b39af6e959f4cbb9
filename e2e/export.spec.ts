// "Export SVG" in real Chromium: the file it downloads is a standalone, safe SVG of
// what is on screen.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { settled } from './fixtures/settled';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

async function exportSvg(page: Page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG', exact: true }).click()]);
  const text = await readFile((await download.path())!, 'utf8');
  return { name: download.suggestedFilename(), text };
}

/** Names of the nodes whose centre is inside the graph's viewport right now. */
async function namesOnScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const stage = document.querySelector('.dg-graph__stage')!.getBoundingClientRect();
    return [...document.querySelectorAll('[data-entity-id]')]
      .filter((b) => {
        const r = b.getBoundingClientRect();
        const x = r.x + r.width / 2;
        const y = r.y + r.height / 2;
        return x > stage.left && x < stage.right && y > stage.top && y < stage.bottom;
      })
      .map((b) => b.getAttribute('aria-label')!);
  });
}

function expectSafeSvg(text: string) {
  expect(XMLValidator.validate(text)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(text);
  expect(doc.svg).toBeDefined();
  expect(doc.svg['@xmlns']).toBe('http://www.w3.org/2000/svg');
  expect(text).not.toMatch(/<script/i);
  expect(text).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  expect(text).not.toMatch(/foreignObject|href=|url\((?!#)/i);
}

test('Export SVG downloads a standalone SVG of what is on screen', async ({ page }) => {
  await page.goto('/');
  await settled(page);
  const { name, text } = await exportSvg(page);
  expect(name).toMatch(/^diplograph-\d{4}-\d{2}-\d{2}\.svg$/);
  expectSafeSvg(text);
  const names = await namesOnScreen(page);
  expect(names.length).toBeGreaterThan(20);
  for (const n of names) expect(text).toContain(escapeXml(n));
  expect(text).toContain('China');
  expect(text).toMatch(/Made with diplograph · source: \d+ files/);
  expect(text).toContain('All dates');
  // The legend travels with it.
  expect(text).toContain('>Country</text>');
  expect(text).toContain('>Person</text>');
});

test('the export follows the zoom and the filters', async ({ page }) => {
  await page.goto('/');
  await settled(page);
  const full = await exportSvg(page);
  // Zoom far into China: most nodes leave the viewport, and leave the file.
  const china = page.locator('[data-entity-id="country:CHN"]');
  const box = (await china.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -500);
  await expect.poll(async () => (await namesOnScreen(page)).length).toBeLessThan((full.text.match(/<circle /g) ?? []).length / 2);
  const zoomed = await exportSvg(page);
  const circles = (t: string) => (t.match(/<circle [^>]*><title>/g) ?? []).length;
  expect(circles(zoomed.text)).toBeLessThan(circles(full.text));
  expect(zoomed.text).toContain('China');

  await page.getByRole('switch', { name: /Countries only/ }).check();
  await settled(page);
  const countries = await exportSvg(page);
  expectSafeSvg(countries.text);
  expect(countries.text).toContain('countries only');
  expect(countries.text).not.toContain('Xi Jinping');
});

test('hostile names in the data come out as text, never as markup', async ({ page }) => {
  const hostile = {
    schemaVersion: 1,
    corpus: { files: 2, articles: 2, bytes: 10 },
    entities: [
      { id: 'country:CHN', type: 'country', name: 'China', aliases: [], country: 'CHN', role: null },
      { id: 'person:x', type: 'person', name: '<img src=x onerror=alert(1)>', aliases: [], country: 'CHN', role: '<script>alert(2)</script>' },
      { id: 'organisation:q', type: 'organisation', name: `"&' Ltd`, aliases: [], country: null, role: null },
    ],
    meetings: [
      {
        id: 'm1',
        kind: 'talks',
        date: '2024-03-01',
        location: null,
        participants: ['person:x', 'organisation:q', 'country:CHN'],
        countries: ['CHN'],
        sources: [{ file: 'a.txt', article: 'A', quote: 'They met.', start: 0, end: 9 }],
      },
    ],
  };
  await page.route('**/graph.json', (route) => route.fulfill({ json: hostile }));
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto('/');
  await settled(page);
  await expect(page.locator('[data-entity-id="person:x"]')).toHaveAttribute('aria-label', '<img src=x onerror=alert(1)>');
  const { text } = await exportSvg(page);
  expectSafeSvg(text);
  expect(text).not.toMatch(/<img/i);
  expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(text).toContain('&quot;&amp;&apos; Ltd');
  expect(text).toContain('source: 2 files');
  expect(dialogs).toBe(0);
});
