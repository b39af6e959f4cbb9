// The export menu in real Chromium: each format is downloaded and parsed as the
// tool it is meant for would read it, for the current view and for everything.
// Fixture (e2e/fixtures/graph.json): 13 entities, 7 meetings; m-5 is a summit of 4
// participants, m-6 repeats one of its pairs (Xi Jinping – Luc Martin).
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { serveGraph } from './fixtures/serve';

type Attrs = Record<string, string>;
type XmlNode = Attrs & { attvalues?: { attvalue: Attrs[] }; data?: Array<Attrs & { '#text'?: string | number }> };

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseAttributeValue: false,
  parseTagValue: false,
  isArray: (name) => ['node', 'edge', 'attvalue', 'data', 'key', 'attribute'].includes(name),
});

async function exportAs(page: Page, item: RegExp): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Export ▾' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

async function chooseScope(page: Page, scope: 'Current view' | 'Everything') {
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('radio', { name: new RegExp(`^${scope}`) }).check();
  await page.keyboard.press('Escape');
}

const attvalues = (n: XmlNode) => Object.fromEntries((n.attvalues?.attvalue ?? []).map((a) => [a['@for'], a['@value']]));
const datas = (n: XmlNode) => Object.fromEntries((n.data ?? []).map((d) => [d['@key'], String(d['#text'] ?? '')]));

test.beforeEach(async ({ page }) => {
  await serveGraph(page);
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Meetings in range' }).getByRole('listitem')).toHaveCount(7);
});

test('the menu says what the data files hold', async ({ page }) => {
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await expect(page.getByRole('radio', { name: /^Current view/ })).toBeChecked();
  await expect(page.getByText('7 meetings in range and filters')).toBeVisible();
  await expect(page.getByRole('menuitem')).toHaveText([/GEXF 1\.3/, /GraphML/, /CSV of meetings/, /JSON/, /Small multiples \(SVG\)/, /Video of Play \(WebM\)/, /PNG image, 2×/]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
});

test('everything: GEXF 1.3, GraphML, CSV and JSON hold every entity and meeting', async ({ page }) => {
  await chooseScope(page, 'Everything');

  const gexf = await exportAs(page, /GEXF/);
  expect(gexf.name).toMatch(/^diplograph-\d{4}-\d\d-\d\d\.gexf$/);
  const gexfText = gexf.bytes.toString('utf8');
  expect(XMLValidator.validate(gexfText)).toBe(true);
  const g = xml.parse(gexfText).gexf;
  expect(g['@version']).toBe('1.3');
  expect(g['@xmlns']).toBe('http://gexf.net/1.3');
  const nodes: XmlNode[] = g.graph.nodes.node;
  const edges: XmlNode[] = g.graph.edges.edge;
  expect(nodes).toHaveLength(13);
  // One edge per pair that met: m-5's 6 pairs, m-6 joins one of them, 5 more.
  expect(edges).toHaveLength(11);
  const wang = nodes.find((n) => n['@id'] === 'person:wang-yi')!;
  expect(wang['@label']).toBe('Wang Yi');
  expect(attvalues(wang)).toMatchObject({ type: 'person', country: 'CHN', meetings: '2' });
  const xiLuc = edges.find((e) => [e['@source'], e['@target']].sort().join() === 'person:luc-martin,person:xi-jinping')!;
  expect(attvalues(xiLuc)).toMatchObject({ meetingCount: '2' });

  const graphml = await exportAs(page, /GraphML/);
  expect(graphml.name).toMatch(/\.graphml$/);
  const gm = xml.parse(graphml.bytes.toString('utf8')).graphml;
  expect(gm['@xmlns']).toBe('http://graphml.graphdrawing.org/xmlns');
  const gmNodes: XmlNode[] = gm.graph.node;
  const gmEdges: XmlNode[] = gm.graph.edge;
  expect(gmNodes).toHaveLength(13);
  // One edge per meeting and pair of its participants: 6 for the summit, 1 for each other meeting.
  expect(gmEdges).toHaveLength(12);
  expect(datas(gmNodes.find((n) => n['@id'] === 'organisation:brics')!)).toMatchObject({ label: 'BRICS', type: 'organisation' });
  const call = gmEdges.find((e) => datas(e).meeting === 'm-3')!;
  expect(datas(call)).toMatchObject({ kind: 'phone_call', date: '2024-03-05', countries: 'CHN; USA' });

  const csv = await exportAs(page, /CSV/);
  expect(csv.name).toMatch(/\.csv$/);
  const rows = parseCsv(csv.bytes.toString('utf8'), { columns: true, bom: true }) as Record<string, string>[];
  expect(rows).toHaveLength(7);
  expect(Object.keys(rows[0]!)).toEqual(['id', 'date', 'kind', 'participants', 'countries', 'location', 'quote', 'article', 'file', 'sources', 'corrected']);
  expect(rows.find((r) => r.id === 'm-1')).toMatchObject({ kind: 'talks', participants: 'Wang Yi; Anna Pappa', location: 'Beijing' });

  const json = await exportAs(page, /JSON/);
  expect(json.name).toMatch(/^diplograph-\d{4}-\d\d-\d\d\.json$/);
  const doc = JSON.parse(json.bytes.toString('utf8'));
  expect(doc.schemaVersion).toBe(1);
  expect(doc.entities).toHaveLength(13);
  expect(doc.meetings).toHaveLength(7);
});

test('current view: the files hold the meetings in range and filters and their participants', async ({ page }) => {
  // Without summits: m-5 goes, and BRICS (only at the summit) with it.
  await page.getByRole('region', { name: 'Filters' }).getByRole('checkbox', { name: 'Summit' }).uncheck();
  await expect(page.getByRole('region', { name: 'Meetings in range' }).getByRole('listitem')).toHaveCount(6);

  const json = await exportAs(page, /JSON/);
  expect(json.name).toMatch(/-view\.json$/);
  const doc = JSON.parse(json.bytes.toString('utf8'));
  expect(doc.meetings.map((m: { id: string }) => m.id).sort()).toEqual(['m-1', 'm-2', 'm-3', 'm-4', 'm-6', 'm-7']);
  expect(doc.entities.map((e: { id: string }) => e.id).sort()).toEqual([
    'country:CHN', 'organisation:akel', 'person:anna-pappa', 'person:john-dube', 'person:luc-martin', 'person:mary-jones', 'person:wang-yi', 'person:xi-jinping',
  ]);

  const g = xml.parse((await exportAs(page, /GEXF/)).bytes.toString('utf8')).gexf;
  expect(g.graph.nodes.node).toHaveLength(8);
  expect(g.graph.edges.edge).toHaveLength(6);
  const xi = (g.graph.nodes.node as XmlNode[]).find((n) => n['@id'] === 'person:xi-jinping')!;
  expect(attvalues(xi)).toMatchObject({ meetings: '2' });

  const gm = xml.parse((await exportAs(page, /GraphML/)).bytes.toString('utf8')).graphml;
  expect(gm.graph.node).toHaveLength(8);
  expect(gm.graph.edge).toHaveLength(6);

  const rows = parseCsv((await exportAs(page, /CSV/)).bytes.toString('utf8'), { columns: true, bom: true }) as Record<string, string>[];
  expect(rows.map((r) => r.id).sort()).toEqual(['m-1', 'm-2', 'm-3', 'm-4', 'm-6', 'm-7']);
  expect(rows.some((r) => r.kind === 'summit')).toBe(false);
});

test('PNG: a real PNG at twice the size of the SVG of the same view', async ({ page }) => {
  await expect(page.locator('[data-layout="settled"]')).toBeAttached({ timeout: 30_000 });
  const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG', exact: true }).click()]);
  const svg = await readFile((await svgDownload.path())!, 'utf8');
  const root = /<svg\b[^>]*>/.exec(svg)![0];
  const w = Number(/\swidth="([\d.]+)"/.exec(root)![1]);
  const h = Number(/\sheight="([\d.]+)"/.exec(root)![1]);

  const png = await exportAs(page, /PNG/);
  expect(png.name).toMatch(/^diplograph-\d{4}-\d\d-\d\d@2x\.png$/);
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  expect(png.bytes.readUInt32BE(16)).toBe(Math.round(w * 2));
  expect(png.bytes.readUInt32BE(20)).toBe(Math.round(h * 2));
  // Not blank: a 1280×800 page gives a picture of tens of kilobytes.
  expect(png.bytes.length).toBeGreaterThan(10_000);
});
