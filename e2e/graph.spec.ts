// The graph view in real Chromium against the built app and the seeds' graph.
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { XMLValidator } from 'fast-xml-parser';
import { settled } from './fixtures/settled';

const graph = (page: Page) => page.getByRole('region', { name: 'Graph' });
const node = (page: Page, id: string) => page.locator(`[data-entity-id="${id}"]`);

async function centre(locator: Locator) {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, width: box.width };
}

/** A point on the canvas well away from every node. */
async function emptySpot(page: Page) {
  return page.evaluate(() => {
    const stage = document.querySelector('.dg-graph__stage')!.getBoundingClientRect();
    const centres = [...document.querySelectorAll('[data-entity-id]')].map((b) => {
      const r = b.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2, r: r.width / 2 };
    });
    for (let y = stage.top + 20; y < stage.bottom - 20; y += 15) {
      for (let x = stage.left + 20; x < stage.right - 20; x += 15) {
        if (!(document.elementFromPoint(x, y) instanceof HTMLCanvasElement)) continue;
        if (centres.every((c) => Math.hypot(c.x - x, c.y - y) > c.r + 30)) return { x, y };
      }
    }
    throw new Error('no empty spot on the graph');
  });
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(graph(page)).toBeVisible();
});

test('every node of the seeds graph is a named, focusable element on the map', async ({ page }) => {
  const buttons = graph(page).locator('[data-entity-id]');
  await expect(buttons.first()).toBeAttached();
  expect(await buttons.count()).toBeGreaterThan(20);
  const china = graph(page).getByRole('button', { name: 'China', exact: true });
  await expect(china).toHaveAttribute('data-entity-id', 'country:CHN');
  await settled(page);
  // China is on screen, inside the graph's area.
  const stage = (await page.locator('.dg-graph__stage').boundingBox())!;
  const c = await centre(china);
  expect(c.x).toBeGreaterThan(stage.x);
  expect(c.x).toBeLessThan(stage.x + stage.width);
  expect(c.y).toBeGreaterThan(stage.y);
  expect(c.y).toBeLessThan(stage.y + stage.height);
});

test('the wheel and the zoom buttons zoom the map', async ({ page }) => {
  await settled(page);
  const china = node(page, 'country:CHN');
  const before = await centre(china);
  await page.mouse.move(before.x, before.y);
  await page.mouse.wheel(0, -400);
  await expect.poll(async () => (await centre(china)).width).toBeGreaterThan(before.width * 1.4);
  const zoomedIn = (await centre(china)).width;
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(async () => (await centre(china)).width).toBeLessThan(zoomedIn * 0.8);
});

test('dragging the background pans the map', async ({ page }) => {
  await settled(page);
  const china = node(page, 'country:CHN');
  const before = await centre(china);
  const spot = await emptySpot(page);
  await page.mouse.move(spot.x, spot.y);
  await page.mouse.down();
  await page.mouse.move(spot.x + 60, spot.y + 40, { steps: 6 });
  await page.mouse.up();
  await expect.poll(async () => (await centre(china)).x - before.x).toBeGreaterThan(50);
  expect((await centre(china)).y - before.y).toBeGreaterThan(30);
});

test('clicking a node selects it, the details show it, clicking the background clears it', async ({ page }) => {
  await settled(page);
  const china = node(page, 'country:CHN');
  await expect(china).toHaveAttribute('aria-pressed', 'false');
  await china.click();
  await expect(china).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[aria-label="Details"]')).toContainText('China');
  const spot = await emptySpot(page);
  await page.mouse.click(spot.x, spot.y);
  await expect(china).toHaveAttribute('aria-pressed', 'false');
});

test('clicking on the canvas at a node (not its button) selects it too', async ({ page }) => {
  await settled(page);
  const china = node(page, 'country:CHN');
  const c = await centre(china);
  await china.evaluate((el) => ((el as HTMLElement).style.pointerEvents = 'none'));
  await page.mouse.click(c.x, c.y);
  await expect(china).toHaveAttribute('aria-pressed', 'true');
});

test('nodes are reachable with Tab and selected with Enter', async ({ page }) => {
  await settled(page);
  const first = graph(page).locator('[data-entity-id]').first();
  await first.focus();
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('data-entity-id', /.+/);
  const id = await focused.getAttribute('data-entity-id');
  expect(id).not.toBe(await first.getAttribute('data-entity-id'));
  await page.keyboard.press('Enter');
  await expect(node(page, id!)).toHaveAttribute('aria-pressed', 'true');
  // The focused node's card is shown, as on hover.
  await expect(page.getByRole('tooltip')).toContainText((await node(page, id!).getAttribute('aria-label'))!);
});

test('with a node focused, + and - zoom the map and 0 fits it again', async ({ page }) => {
  await settled(page);
  const china = node(page, 'country:CHN');
  const before = await centre(china);
  await china.focus();
  await page.keyboard.press('+');
  await expect.poll(async () => (await centre(china)).width).toBeGreaterThan(before.width * 1.3);
  await page.keyboard.press('0');
  await expect.poll(async () => Math.abs((await centre(china)).width - before.width)).toBeLessThan(2);
});

test('hovering a node shows its name, type and meeting count', async ({ page }) => {
  await settled(page);
  await node(page, 'country:CHN').hover();
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('China');
  await expect(tip).toContainText('Country');
  await expect(tip).toContainText(/\d+ meetings?/);
  const spot = await emptySpot(page);
  await page.mouse.move(spot.x, spot.y);
  await expect(tip).toBeHidden();
});

test('a person card names their country and role', async ({ page }) => {
  await settled(page);
  const xi = graph(page).getByRole('button', { name: 'Xi Jinping', exact: true });
  await xi.hover();
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText('Xi Jinping');
  await expect(tip).toContainText('Person · China');
});

test('dragging a node moves it', async ({ page }) => {
  await settled(page);
  const china = node(page, 'country:CHN');
  const before = await centre(china);
  await page.mouse.move(before.x, before.y);
  await page.mouse.down();
  await page.mouse.move(before.x + 120, before.y + 80, { steps: 8 });
  await page.mouse.up();
  // Released, it is pulled back somewhat by its links but stays well away from where it was.
  const after = await centre(china);
  expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeGreaterThan(60);
});

test('a click that ends a drag selects nothing, even when the browser delivers it late', async ({ page }) => {
  await settled(page);
  const china = await centre(node(page, 'country:CHN'));
  // A busy page can let the click that follows a release through (d3 only swallows it within the same task):
  // a press well away from the node, then a click landing on it, as after dragging the map onto a node.
  await page.evaluate(({ x, y }) => {
    const stage = document.querySelector('.dg-graph__stage')!;
    stage.dispatchEvent(new PointerEvent('pointerdown', { clientX: x - 80, clientY: y - 60, bubbles: true }));
    document.elementFromPoint(x, y)!.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true }));
  }, china);
  await page.waitForTimeout(200);
  expect(page.url()).not.toContain('sel=');
  // A press and a click at the same spot is a click.
  await page.evaluate(({ x, y }) => {
    const stage = document.querySelector('.dg-graph__stage')!;
    stage.dispatchEvent(new PointerEvent('pointerdown', { clientX: x, clientY: y, bubbles: true }));
    document.elementFromPoint(x, y)!.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true }));
  }, china);
  await expect(page).toHaveURL(/sel=country:CHN/);
});

test('filters keep the map stable: nodes that stay do not jump', async ({ page }) => {
  await settled(page);
  const china = node(page, 'country:CHN');
  const before = await centre(china);
  await page.getByRole('checkbox', { name: 'Phone call' }).uncheck();
  await settled(page);
  const after = await centre(china);
  expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeLessThan(60);
});

test('the countries-only view draws countries only', async ({ page }) => {
  await settled(page);
  await expect(graph(page).locator('[data-entity-id^="person:"]').first()).toBeAttached();
  await page.getByRole('switch', { name: /Countries only/ }).check();
  await expect(graph(page).locator('[data-entity-id^="person:"]')).toHaveCount(0);
  await expect(node(page, 'country:CHN')).toBeAttached();
});

test('search centres the map on the entity it finds', async ({ page }) => {
  await settled(page);
  const search = page.getByRole('combobox');
  await search.fill('Spain');
  await search.press('Enter');
  const spain = node(page, 'country:ESP');
  await expect(spain).toHaveAttribute('aria-pressed', 'true');
  const stage = (await page.locator('.dg-graph__stage').boundingBox())!;
  await expect
    .poll(async () => {
      const c = await centre(spain);
      return Math.hypot(c.x - (stage.x + stage.width / 2), c.y - (stage.y + stage.height / 2));
    })
    .toBeLessThan(12);
});

/** A seeded synthetic graph (preferential attachment, so a few hubs gather most meetings). */
function bigGraph(entityCount: number, meetingCount: number) {
  let seed = 42;
  const rand = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const code = (i: number) => String.fromCharCode(65 + (Math.floor(i / 676) % 26), 65 + (Math.floor(i / 26) % 26), 65 + (i % 26));
  const countries = 200;
  const entities = Array.from({ length: entityCount }, (_, i) => {
    if (i < countries) return { id: `country:${code(i)}`, type: 'country', name: `Country ${code(i)}`, aliases: [], country: code(i), role: null };
    const org = rand() < 0.2;
    return { id: `${org ? 'organisation' : 'person'}:e${i}`, type: org ? 'organisation' : 'person', name: `${org ? 'Organisation' : 'Person'} ${i}`, aliases: [], country: code(Math.floor(rand() * countries)), role: null };
  });
  const ends: number[] = [];
  const pick = () => (ends.length && rand() < 0.5 ? ends[Math.floor(rand() * ends.length)]! : Math.floor(rand() * entityCount));
  const meetings = Array.from({ length: meetingCount }, (_, i) => {
    const a = pick();
    let b = pick();
    if (b === a) b = (a + 1) % entityCount;
    ends.push(a, b);
    return {
      id: `m-${i}`,
      kind: 'meeting',
      date: `202${Math.floor(rand() * 5)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`,
      location: null,
      participants: [entities[a]!.id, entities[b]!.id],
      countries: [...new Set([entities[a]!.country, entities[b]!.country])].sort(),
      sources: [{ file: 'synthetic.txt', article: 'Synthetic', quote: 'They met.', start: 0, end: 9 }],
    };
  });
  return { schemaVersion: 1, corpus: { files: 1, articles: meetingCount, bytes: 0 }, entities, meetings };
}

test.describe('a 5,000-entity, 20,000-meeting graph', () => {
  test('renders, caps the overlay to the nodes in view, and search still reaches any node', async ({ page }) => {
    test.setTimeout(180_000);
    const big = bigGraph(5000, 20000);
    await page.route('**/graph.json', (route) => route.fulfill({ body: JSON.stringify(big), contentType: 'application/json' }));
    await page.goto('/');
    const buttons = graph(page).locator('[data-entity-id]');
    await expect(buttons.first()).toBeAttached({ timeout: 60_000 });
    await expect(page.locator('[data-layout="settled"]')).toBeAttached({ timeout: 150_000 });
    const count = await buttons.count();
    expect(count).toBeGreaterThan(50);
    expect(count).toBeLessThanOrEqual(402);
    // A minor node without a button yet: search finds it, the map centres on it, it gets its button.
    const meetings = new Map<string, number>();
    for (const m of big.meetings) for (const p of m.participants) meetings.set(p, (meetings.get(p) ?? 0) + 1);
    const minor = big.entities.filter((e) => e.type === 'person' && meetings.get(e.id) === 1).at(-1)!;
    await expect(node(page, minor.id)).toHaveCount(0);
    const search = page.getByRole('combobox');
    await search.fill(minor.name);
    await search.press('Enter');
    await expect(node(page, minor.id)).toHaveAttribute('aria-pressed', 'true', { timeout: 15_000 });
    const stage = (await page.locator('.dg-graph__stage').boundingBox())!;
    await expect
      .poll(async () => {
        const c = await centre(node(page, minor.id));
        return Math.hypot(c.x - (stage.x + stage.width / 2), c.y - (stage.y + stage.height / 2));
      })
      .toBeLessThan(15);
    // Export SVG still gives a whole, well-formed file at this size: every node in view and the edges between them.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG', exact: true }).click()]);
    const svg = await readFile((await download.path())!, 'utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg.match(/<circle/g)?.length ?? 0).toBeGreaterThan(50);
    // Edges go out as batched paths of "M x y L x y" segments.
    expect(svg.match(/M[\d.-]+ [\d.-]+L/g)?.length ?? 0).toBeGreaterThan(50);
    expect(svg).toContain(minor.name);
  });
});
