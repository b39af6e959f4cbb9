// Labels on the map as an analyst reads them (issue 15): the selection, its
// counterparts and the ends of a lit meeting are always named and never dimmed
// (where a free-standing node finds room is labels.test.ts's: eight spots, round
// discs). The canvas cannot be read for text,
// so the specs read the stage's data-labels / data-dim-labels, which the
// controller writes from the very list of labels it has just drawn.
import { expect, test, type Page } from '@playwright/test';
import { clickEntity } from './fixtures/entity';
import { serveGraph } from './fixtures/serve';
import { STAR_CODES as CODES, starGraph } from './fixtures/star';
import { settled } from './fixtures/settled';
import { ANALYST_VIEWPORTS } from './fixtures/viewports';

const stage = (page: Page) => page.locator('.dg-graph__stage');
const idList = (s: string | null) => (s ?? '').split(' ').filter(Boolean);

async function drawnLabels(page: Page): Promise<{ bright: string[]; dim: string[] }> {
  const el = stage(page);
  return { bright: idList(await el.getAttribute('data-labels')), dim: idList(await el.getAttribute('data-dim-labels')) };
}

/** Waits until the next full-detail frame has drawn these ids' labels at full strength. */
async function expectLabelled(page: Page, ids: readonly string[]) {
  await expect
    .poll(async () => {
      const { bright, dim } = await drawnLabels(page);
      return ids.filter((id) => !bright.includes(id) || dim.includes(id));
    }, { timeout: 10_000, message: 'ids without a full-strength label' })
    .toEqual([]);
}

for (const viewport of ANALYST_VIEWPORTS) {
  test.describe(`labels at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test("the countries under a country's Top counterparts are named and lit on the map", async ({ page }) => {
      await serveGraph(page);
      await page.goto('/');
      await settled(page);
      // Cyprus meets through Anna Pappa and AKEL: its counterparts are China and the United States.
      await clickEntity(page, 'country:CYP');
      const names = await page.getByRole('region', { name: 'Details' }).locator('.counterparts .counterpart').allTextContents();
      expect(names.length).toBeGreaterThan(0);
      const ids: string[] = [];
      for (const name of names) {
        const id = await page.getByRole('button', { name: name.replace(/×\d+$/, '').trim(), exact: true }).first().getAttribute('data-entity-id');
        ids.push(id!);
      }
      expect(ids).toContain('country:CHN');
      await expectLabelled(page, ['country:CYP', ...ids]);
    });

    test("in Countries only, a selected meeting's two countries are named, and so is every counterpart of the selection", async ({ page }) => {
      await serveGraph(page, starGraph());
      await page.goto('/');
      await page.getByRole('switch', { name: 'Countries only' }).check();
      await settled(page);
      await clickEntity(page, 'country:CHN');
      const counterparts = ['country:CHN', ...CODES.map((c) => `country:${c}`)];
      await expectLabelled(page, counterparts);
      // A one-off meeting with a small country, deep in the hub's crowded star.
      for (const code of ['THA', 'NLD', 'FIN']) {
        const meeting = page.getByRole('region', { name: 'Details' }).locator(`li[data-meeting-id="m-${code}-0"] .meeting-head`);
        await meeting.scrollIntoViewIfNeeded();
        await meeting.click();
        await expect(meeting).toHaveAttribute('aria-pressed', 'true');
        await expectLabelled(page, ['country:CHN', `country:${code}`]);
      }
      // The meeting alone (no entity selected): its two ends still named, at full strength.
      await page.getByRole('button', { name: 'Clear selection' }).click();
      const row = page.getByRole('region', { name: 'Meetings in range' }).getByRole('listitem').first();
      const text = (await row.textContent()) ?? '';
      // The row names the people (Hu Bo is China's; Minister XYZ and Land XYZ are country XYZ's).
      const ends = [...new Set([...text.matchAll(/(?:Land|Minister) ([A-Z]{3})/g)].map((m) => `country:${m[1]}`))];
      if (/China|Hu Bo/.test(text)) ends.push('country:CHN');
      expect(ends).toHaveLength(2);
      await row.getByRole('button').first().click();
      await expectLabelled(page, ends);
    });
  });
}
