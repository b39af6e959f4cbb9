// Review and correct, in real Chromium against the built site: an analyst imports two
// files, merges the two spellings of one minister, rejects a meeting and changes a
// date; after a reload everything is still there (IndexedDB). The corrections are
// exported as one file, the CLI applies them to the same files, and the graph it
// writes is the graph the app shows.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { clickEntity } from './fixtures/entity';
import { collectProblems } from './fixtures/problems';
import { serveGraph, type FixtureGraph } from './fixtures/serve';

const BRASILIA = [
  'BRASILIA, March 3, 2025 (Xinhua) -- Brazilian Foreign Minister Mauro Vieira held talks with South African Foreign Minister Ronald Lamola in Brasilia on Monday.',
  'The two ministers discussed trade and cooperation within the BRICS group.',
  'On Tuesday, Vieira also met Chilean Foreign Minister Alberto van Klaveren.',
  '',
].join('\n');
const NAIROBI = [
  'NAIROBI, April 8, 2025 (Xinhua) -- Brazilian Foreign Minister Mauro Luiz Iecker Vieira met with Kenyan Prime Cabinet Secretary Musalia Mudavadi in Nairobi on Tuesday.',
  'Mudavadi is expected to meet Indian External Affairs Minister Subrahmanyam Jaishankar next week.',
  '',
].join('\n');

const list = (page: Page) => page.getByRole('region', { name: 'Meetings in range' }).getByRole('listitem');
const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const status = (page: Page) => page.getByLabel('Loaded data');

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFile((await d.path())!, 'utf8');
}

/** The app's own graph.json of everything on screen (Export ▾, Everything, JSON). */
async function exportJson(page: Page): Promise<FixtureGraph> {
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('radio', { name: /^Everything/ }).check();
  return JSON.parse(await download(page, () => page.getByRole('menuitem', { name: /JSON/ }).click())) as FixtureGraph;
}

test('corrections survive a reload, travel as a file, and the CLI applies them to the same graph', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const problems = collectProblems(page);
  await serveGraph(page);
  await page.goto('/');
  await expect(list(page)).toHaveCount(7);
  await expect(status(page)).toContainText('graph.json');
  await expect(status(page)).toContainText('as extracted');

  // Two files, shown in place of the served graph.
  await page.getByTestId('import-input').setInputFiles([
    { name: 'brasilia.txt', mimeType: 'text/plain', buffer: Buffer.from(BRASILIA) },
    { name: 'nairobi.txt', mimeType: 'text/plain', buffer: Buffer.from(NAIROBI) },
  ]);
  const panel = page.getByRole('dialog', { name: 'Add text' });
  await expect(panel.getByRole('heading')).toHaveText('Found 3 meetings', { timeout: 30_000 });
  await panel.getByRole('button', { name: 'Replace' }).click();
  await expect(list(page)).toHaveCount(3);
  await expect(status(page)).toContainText('2 files you added');
  await expect(status(page)).toContainText('saved in this browser');

  // 1. The two Vieiras are one minister: merge the long spelling into the short one.
  await clickEntity(page, 'person:mauro-luiz-iecker-vieira');
  await details(page).getByRole('button', { name: /Correct this entity/ }).click();
  await details(page).getByLabel('Same as').fill('Mauro Vieira');
  await details(page).getByRole('button', { name: 'Merge' }).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Mauro Vieira');
  await expect(details(page)).toContainText('Mauro Luiz Iecker Vieira');
  await expect(details(page)).toContainText('Corrected by hand: merged');
  await expect(page.locator('[data-entity-id="person:mauro-luiz-iecker-vieira"]')).toHaveCount(0);
  await expect(status(page)).toContainText('1 correction');

  // 2. The meeting with van Klaveren is rejected.
  await list(page).filter({ hasText: 'Alberto van Klaveren' }).getByRole('button').click();
  const chile = details(page).locator('.meeting.selected');
  await chile.getByRole('button', { name: /Correct this meeting/ }).click();
  await chile.getByRole('button', { name: 'Reject' }).click();
  await expect(list(page)).toHaveCount(2);
  await expect(list(page).filter({ hasText: 'Alberto van Klaveren' })).toHaveCount(0);

  // 3. The talks with Lamola were on the 4th.
  await list(page).filter({ hasText: 'Ronald Lamola' }).getByRole('button').click();
  const talks = details(page).locator('.meeting.selected');
  await talks.getByRole('button', { name: /Correct this meeting/ }).click();
  await talks.getByLabel('Date').fill('2025-03-04');
  await talks.getByRole('button', { name: 'Set date' }).click();
  await expect(list(page).filter({ hasText: 'Ronald Lamola' })).toContainText('4 Mar 2025');
  await expect(list(page).filter({ hasText: 'Ronald Lamola' })).toContainText('corrected');
  await expect(status(page)).toContainText('3 corrections');
  const before = await exportJson(page);

  // Reload: everything is still there.
  await page.reload();
  await expect(list(page)).toHaveCount(2);
  await expect(status(page)).toContainText('2 files you added');
  await expect(status(page)).toContainText('3 corrections');
  await expect(list(page).filter({ hasText: 'Ronald Lamola' })).toContainText('4 Mar 2025');
  await expect(page.locator('[data-entity-id="person:mauro-vieira"]')).toBeAttached();
  await expect(page.locator('[data-entity-id="person:mauro-luiz-iecker-vieira"]')).toHaveCount(0);
  expect(await exportJson(page)).toEqual(before);

  // The files themselves are kept: read again, the corrections are placed again on the new extraction.
  await page.getByRole('button', { name: 'Read again' }).click();
  await expect(panel.getByRole('heading')).toHaveText('Found 3 meetings', { timeout: 30_000 });
  await panel.getByRole('button', { name: 'Replace' }).click();
  await expect(list(page)).toHaveCount(2);
  await expect(status(page)).toContainText('3 corrections');
  expect(await exportJson(page)).toEqual(before);

  // The Review view lists the three, each undoable, and exports them as one file.
  await page.getByRole('button', { name: /^Review/ }).click();
  const review = page.getByRole('region', { name: 'Review' });
  await expect(review.getByRole('region', { name: 'Corrections' })).toContainText('3 corrections');
  await expect(review.getByRole('button', { name: /^Undo: / })).toHaveCount(3);
  const correctionsText = await download(page, () => review.getByRole('button', { name: 'Export corrections' }).click());
  const corrections = JSON.parse(correctionsText) as { format: string; corrections: { op: string }[] };
  expect(corrections.format).toBe('diplograph-corrections');
  expect(corrections.corrections.map((c) => c.op)).toEqual(['merge', 'reject', 'set-date']);

  // The CLI, given the same files and the corrections, writes the same graph.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-e2e-review-'));
  try {
    fs.mkdirSync(path.join(dir, 'in'));
    fs.writeFileSync(path.join(dir, 'in', 'brasilia.txt'), BRASILIA);
    fs.writeFileSync(path.join(dir, 'in', 'nairobi.txt'), NAIROBI);
    fs.writeFileSync(path.join(dir, 'corrections.json'), correctionsText);
    const out = path.join(dir, 'graph.json');
    const cli = spawnSync('node_modules/.bin/tsx', ['src/extract/cli.ts', '--input', path.join(dir, 'in'), '--output', out, '--jobs', '1', '--quiet', '--corrections', path.join(dir, 'corrections.json')], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(cli.stderr).toContain('3 of 3 applied');
    expect(cli.status).toBe(0);
    const written = JSON.parse(fs.readFileSync(out, 'utf8')) as FixtureGraph;
    expect(written).toEqual(before);

    // Loaded as the site's graph.json, it shows the same meetings, said to be corrected before loading.
    const other = await browser.newPage();
    const otherProblems = collectProblems(other);
    await serveGraph(other, written);
    await other.goto('/');
    await expect(list(other)).toHaveCount(2);
    await expect(status(other)).toContainText('3 corrections applied before loading');
    expect(await list(other).allInnerTexts()).toEqual(await list(page).allInnerTexts());
    expect(otherProblems).toEqual([]);
    await other.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  // Undo from the Review view: the rejected meeting is back; Clear forgets everything on purpose.
  await review.getByRole('button', { name: /^Undo: Rejected/ }).click();
  await expect(list(page)).toHaveCount(3);
  await page.getByRole('button', { name: 'Clear saved data…' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Clear saved data' });
  await expect(confirm).toContainText('the files you added');
  await confirm.getByRole('button', { name: 'Clear' }).click();
  await expect(list(page)).toHaveCount(7);
  await expect(status(page)).toContainText('as extracted');
  await page.reload();
  await expect(list(page)).toHaveCount(7);
  expect(problems).toEqual([]);
});

test('corrections on the served graph are kept for it and placed again when it is reloaded', async ({ page }) => {
  const problems = collectProblems(page);
  await serveGraph(page);
  await page.goto('/');
  await expect(list(page)).toHaveCount(7);
  // Confirm one meeting, reject another, from the Review view.
  await page.getByRole('button', { name: /^Review/ }).click();
  const review = page.getByRole('region', { name: 'Review' });
  const items = review.getByRole('list', { name: 'Meetings to review' }).getByRole('listitem');
  await items.first().locator('.meeting-head').click();
  await items.first().getByRole('button', { name: 'Reject' }).click();
  await expect(list(page)).toHaveCount(6);
  await items.first().locator('.meeting-head').click();
  await items.first().getByRole('button', { name: 'Confirm' }).click();
  await expect(review.getByRole('region', { name: 'Corrections' })).toContainText('2 corrections');
  // Ctrl+Z takes the last one back, Ctrl+Shift+Z makes it again.
  await page.locator('body').press('Control+z');
  await expect(review.getByRole('region', { name: 'Corrections' })).toContainText('1 correction');
  await page.locator('body').press('Control+Shift+z');
  await expect(review.getByRole('region', { name: 'Corrections' })).toContainText('2 corrections');

  // The served graph is extracted again: an edit elsewhere moved every offset. Reloaded, the corrections are placed again.
  const edited = JSON.parse(JSON.stringify((await import('./fixtures/serve')).fixtureGraph())) as FixtureGraph;
  for (const m of edited.meetings) for (const s of m.sources) Object.assign(s, { start: s.start + 40, end: s.end + 40 });
  await page.unroute('**/graph.json');
  await serveGraph(page, edited);
  await page.reload();
  await expect(list(page)).toHaveCount(6);
  await expect(status(page)).toContainText('graph.json');
  await expect(status(page)).toContainText('saved in this browser');
  await expect(status(page)).toContainText('2 corrections');
  expect(problems).toEqual([]);
});

test('the Review view on the bundled seeds: weakest first, each with why', async ({ page }) => {
  const problems = collectProblems(page);
  await page.goto('/');
  await expect(list(page).first()).toBeVisible();
  await page.getByRole('button', { name: /^Review/ }).click();
  const review = page.getByRole('region', { name: 'Review' });
  const levels = await review.getByRole('list', { name: 'Meetings to review' }).locator('.review-item > .meeting-head [data-confidence]').evaluateAll((els) => els.map((e) => e.getAttribute('data-confidence')));
  const rank = { weak: 0, fair: 1, strong: 2, confirmed: 3 } as Record<string, number>;
  expect(levels.length).toBeGreaterThan(0);
  expect(levels.map((l) => rank[l!])).toEqual([...levels.map((l) => rank[l!]!)].sort((a, b) => a - b));
  await expect(review.locator('.review-item .confidence-reasons').first()).toContainText(/report/);
  // The filter hides the weak ones from the map's list.
  const all = await list(page).count();
  const weak = levels.filter((l) => l === 'weak').length;
  await review.getByRole('switch', { name: /Hide weak/ }).check();
  if (weak > 0 && all < 100) await expect(list(page)).toHaveCount(all - weak);
  await review.getByRole('switch', { name: /Hide weak/ }).uncheck();
  // The weakest is rejected; the next is opened with its sentences and the form to correct it.
  await review.locator('.review-item .meeting-head').first().click();
  await review.locator('.review-item.selected').getByRole('button', { name: 'Reject' }).click();
  await expect(review.getByRole('region', { name: 'Corrections' })).toContainText('1 correction');
  await expect(review.getByRole('region', { name: 'Corrections' })).toContainText('Rejected the meeting');
  await review.locator('.review-item .meeting-head').first().click();
  await expect(review.locator('.review-item.selected blockquote')).not.toHaveCount(0);
  await expect(review.locator('.review-item.selected').getByRole('group', { name: 'Correct this meeting' })).toBeVisible();
  if (process.env.UPDATE_SCREENSHOTS) {
    await review.evaluate((el) => el.scrollTo(0, 0));
    await page.screenshot({ path: 'docs/screenshots/review.png' });
  }
  expect(problems).toEqual([]);
});
