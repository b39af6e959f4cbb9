// Relative dates anchored to each article's publication, in real Chromium: the
// user adds their own files through "Add text…", each dated a different way
// (YAML front matter, HTML metadata, a date in the file name) and each reporting
// its meeting with a weekday only. Every meeting comes out dated to the day, and
// the panels say in words how that day was found. The sentences are invented.
import { expect, test, type Page } from '@playwright/test';
import { clickEntity } from './fixtures/entity';
import { collectProblems } from './fixtures/problems';
import { serveGraph } from './fixtures/serve';

/** Front matter dates it Friday 14 May 2021: "on Wednesday" is 12 May. */
const STOCKHOLM_MD = [
  '---',
  'date: 2021-05-14',
  'title: Sweden and Hungary hold consultations',
  '---',
  'Foreign Minister Karin Holm of Sweden met with Foreign Minister Tomas Urbán of Hungary on Wednesday in Stockholm.',
  '',
  'The two ministers discussed energy links and regional security.',
  '',
].join('\n');

/** Published Friday 18 June 2021 by its metadata: "on Tuesday" is 15 June. */
const LISBON_HTML = `<!doctype html><html><head><title>Portugal and Chile review cooperation</title>
<meta property="article:published_time" content="2021-06-18T09:30:00+01:00"></head>
<body><article><p>Foreign Minister Rui Calado of Portugal held talks with Foreign Minister Inés Varela of Chile on Tuesday in Lisbon.</p>
<p>They agreed to expand cooperation in ocean research.</p></article></body></html>`;

/** Named for Friday 14 May 2021: "on Monday" is 10 May. */
const NAIROBI_TXT = [
  'Kenya and Ghana ministers meet',
  '',
  'Foreign Minister Amani Wekesa of Kenya met with Foreign Minister Kofi Mensah-Boateng of Ghana on Monday in Nairobi.',
  '',
  'They discussed trade within the African Continental Free Trade Area.',
  '',
].join('\n');

const list = (page: Page) => page.getByRole('region', { name: 'Meetings in range' }).getByRole('listitem');
const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });

let problems: string[] = [];
test.afterEach(() => expect(problems).toEqual([]));

test.beforeEach(async ({ page }) => {
  problems = collectProblems(page);
  await serveGraph(page);
  await page.goto('/');
  await expect(list(page)).toHaveCount(7);
});

test('weekdays are counted from each file’s publication date, and the details say how', async ({ page }) => {
  await page.getByTestId('import-input').setInputFiles([
    { name: 'stockholm.md', mimeType: 'text/markdown', buffer: Buffer.from(STOCKHOLM_MD) },
    { name: 'lisbon.html', mimeType: 'text/html', buffer: Buffer.from(LISBON_HTML) },
    { name: '2021-05-14-nairobi-talks.txt', mimeType: 'text/plain', buffer: Buffer.from(NAIROBI_TXT) },
  ]);
  const panel = page.getByRole('dialog', { name: 'Add text' });
  await expect(panel.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '3', { timeout: 30_000 });
  await expect(panel.getByRole('heading')).toHaveText('Found 3 meetings');
  await panel.getByRole('button', { name: 'Replace' }).click();
  await expect(list(page)).toHaveCount(3);

  // Each meeting is dated to the day its weekday names, newest first.
  await expect(list(page).nth(0)).toContainText('15 Jun 2021');
  await expect(list(page).nth(0)).toContainText('Rui Calado');
  await expect(list(page).nth(1)).toContainText('12 May 2021');
  await expect(list(page).nth(1)).toContainText('Karin Holm');
  await expect(list(page).nth(2)).toContainText('10 May 2021');
  await expect(list(page).nth(2)).toContainText('Amani Wekesa');

  // The day itself, not only its label: a one-day range holds exactly that meeting.
  await timeline(page).getByLabel('From', { exact: true }).fill('2021-05-12');
  await timeline(page).getByLabel('To', { exact: true }).fill('2021-05-12');
  await expect(list(page)).toHaveCount(1);
  await expect(list(page).first()).toContainText('Tomas Urbán');
  await timeline(page).getByRole('button', { name: 'All time' }).click();
  await expect(list(page)).toHaveCount(3);

  // Choosing a meeting writes out, in the list and in the details, how its date was found.
  const cases = [
    { who: 'Karin Holm', basis: 'Date: ‘on Wednesday’, counted from the publication date 14 May 2021 (front matter)', source: 'published 14 May 2021 (front matter)' },
    { who: 'Rui Calado', basis: 'Date: ‘on Tuesday’, counted from the publication date 18 Jun 2021 (HTML metadata)', source: 'published 18 Jun 2021 (HTML metadata)' },
    { who: 'Amani Wekesa', basis: 'Date: ‘on Monday’, counted from the publication date 14 May 2021 (file name)', source: 'published 14 May 2021 (file name)' },
  ];
  for (const { who, basis, source } of cases) {
    const row = list(page).filter({ hasText: who });
    await row.getByRole('button').click();
    await expect(row.getByRole('button')).toHaveAttribute('aria-pressed', 'true');
    await expect(row).toContainText(basis);
    const chosen = details(page).locator('.meeting.selected');
    await expect(chosen.locator('.date-basis')).toHaveText(basis);
    await expect(chosen.locator('figcaption')).toContainText(source);
  }
  // The other rows keep to two lines: the explanation is there on hover.
  await expect(list(page).filter({ hasText: 'Rui Calado' }).locator('.row-basis')).toHaveCount(0);
  await expect(list(page).filter({ hasText: 'Rui Calado' }).locator('.row-date')).toHaveAttribute('title', /counted from the publication date 18 Jun 2021/);

  // The date's words are also what a person's own meetings show.
  await clickEntity(page, 'person:karin-holm');
  await expect(details(page).getByRole('heading', { name: 'Karin Holm' })).toBeVisible();
  await expect(details(page).locator('.meeting .date-basis')).toHaveText('Date: ‘on Wednesday’, counted from the publication date 14 May 2021 (front matter)');
  if (process.env.UPDATE_SCREENSHOTS) {
    await list(page).filter({ hasText: 'Karin Holm' }).getByRole('button').click();
    await page.mouse.move(640, 20); // no hover card over the map
    await expect(details(page).locator('.meeting.selected')).toHaveCount(1);
    await page.screenshot({ path: 'docs/screenshots/date-basis.png' });
  }
});

test('a version-1 graph, with no word on how dates were found, shows its dates and nothing more', async ({ page }) => {
  await clickEntity(page, 'person:wang-yi');
  await expect(details(page).getByRole('heading', { name: 'Wang Yi' })).toBeVisible();
  await expect(details(page).locator('.meeting').filter({ hasText: '27 Feb 2024' })).toHaveCount(1);
  await expect(details(page).locator('.date-basis')).toHaveCount(0);
  await list(page).filter({ hasText: '27 Feb 2024' }).getByRole('button').click();
  await expect(page.locator('.row-basis')).toHaveCount(0);
});
