// The timeline taken away (issue 15): Play recorded as a WebM video that Chromium
// plays to its end, and the small-multiples SVG that xmllint accepts and
// rsvg-convert renders.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serveGraph } from './fixtures/serve';
import { settled } from './fixtures/settled';
import { pngSize, requireTool, rsvgConvert, xmllint } from './fixtures/svgTools';
import { ANALYST_VIEWPORTS } from './fixtures/viewports';

const menu = (page: Page) => page.getByRole('menu', { name: 'Export' });

async function openExportMenu(page: Page) {
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await expect(menu(page)).toBeVisible();
}

for (const viewport of ANALYST_VIEWPORTS) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test.beforeEach(async ({ page }) => {
      await serveGraph(page);
      await page.goto('/');
      await settled(page);
    });

    test('the video of Play plays in Chromium to its end, and lasts as long as its frames', async ({ page }) => {
      test.setTimeout(90_000);
      await page.getByRole('region', { name: 'Timeline' }).getByLabel('From', { exact: true }).fill('2024-01-01');
      await openExportMenu(page);
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), menu(page).getByRole('menuitem', { name: /Video of Play/ }).click()]);
      expect(download.suggestedFilename()).toMatch(/^diplograph-\d{4}-\d{2}-\d{2}-timeline\.webm$/);
      const status = page.getByRole('region', { name: 'Timeline' }).getByRole('status');
      await expect(status).toContainText('Video saved');
      const [, steps, frames, fps] = /(\d+) steps?, (\d+) frames at (\d+) fps/.exec((await status.textContent()) ?? '')!.map(Number);
      // From January 2024 to the end is 5 of the 7 months, already at the end: Play replays
      // a 5-month window from the start, Nov–Mar, Dec–Apr, Jan–May.
      expect(steps).toBe(3);
      expect(frames).toBe(steps! * fps!);
      // The range is put back as it was.
      await expect(page.getByRole('region', { name: 'Timeline' }).getByLabel('From', { exact: true })).toHaveValue('2024-01-01');
      await expect(page.getByRole('region', { name: 'Timeline' }).getByLabel('To', { exact: true })).toHaveValue('');

      const bytes = fs.readFileSync((await download.path())!);
      expect(bytes.subarray(0, 4).toString('hex')).toBe('1a45dfa3'); // EBML: a Matroska/WebM file
      const played = await playInVideoElement(page, bytes.toString('base64'));
      expect(played.error).toBeNull();
      // The file carries its duration (MediaRecorder writes none; we add it), and it is frames / fps.
      expect(played.duration).toBeCloseTo(frames! / fps!, 0);
      expect(Math.abs(played.duration - frames! / fps!)).toBeLessThan(0.25);
      expect(played.ended).toBe(true);
      expect(Math.abs(played.endTime - played.duration)).toBeLessThan(0.25);
      expect(played.width).toBeGreaterThan(300);
      // The date range is written in the frames: the band under the map has ink in it.
      expect(played.bandInk).toBeGreaterThan(200);
    });

    test('without a range, the video steps through the whole timeline as Play does', async ({ page }) => {
      test.setTimeout(90_000);
      await openExportMenu(page);
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), menu(page).getByRole('menuitem', { name: /Video of Play/ }).click()]);
      const status = page.getByRole('region', { name: 'Timeline' }).getByRole('status');
      await expect(status).toContainText('Video saved');
      const [, steps, frames, fps] = /(\d+) steps?, (\d+) frames at (\d+) fps/.exec((await status.textContent()) ?? '')!.map(Number);
      expect(steps).toBe(5);
      const played = await playInVideoElement(page, fs.readFileSync((await download.path())!).toString('base64'), 4);
      expect(played.error).toBeNull();
      expect(Math.abs(played.duration - frames! / fps!)).toBeLessThan(0.25);
      expect(played.ended).toBe(true);
      // The first and the last step say different ranges ("1 Nov 2023 – 31 Jan 2024", "1 Mar 2024 – 31 May 2024").
      expect(played.bandsDiffer).toBe(true);
    });

    test('small multiples: one SVG with a titled panel per time slice, which xmllint accepts and rsvg-convert renders', async ({ page }) => {
      await openExportMenu(page);
      await page.getByLabel('Small multiples: panels').selectOption('3');
      await expect(menu(page).getByRole('menuitem', { name: /Small multiples/ })).toContainText('3 slices');
      const [download] = await Promise.all([page.waitForEvent('download'), menu(page).getByRole('menuitem', { name: /Small multiples/ }).click()]);
      expect(download.suggestedFilename()).toMatch(/^diplograph-\d{4}-\d{2}-\d{2}-3-panels\.svg$/);
      const file = (await download.path())!;
      const svg = fs.readFileSync(file, 'utf8');
      // The fixture's timeline runs Nov 2023 – May 2024: 7 months in slices of 2, 2 and 3.
      const titles = [...svg.matchAll(/<tspan font-weight="bold">([^<]+)<\/tspan><tspan dx="8" fill="[^"]+">(\d+) meetings?<\/tspan>/g)].map((m) => [m[1], Number(m[2])]);
      expect(titles).toEqual([
        ['1 Nov 2023 – 31 Dec 2023', 2],
        ['1 Jan 2024 – 29 Feb 2024', 2],
        ['1 Mar 2024 – 31 May 2024', 3],
      ]);
      // One layout: an entity in two panels is at the same place in each (relative to its panel).
      const places = (name: string) =>
        [...svg.matchAll(new RegExp(`<circle cx="([\\d.]+)" cy="([\\d.]+)"[^>]*><title>${name}</title>`, 'g'))].map((m) => [Number(m[1]), Number(m[2])]);
      const xi = places('Xi Jinping');
      expect(xi.length).toBeGreaterThanOrEqual(2);
      for (const p of xi) expect(p).toEqual(xi[0]);

      requireTool('xmllint');
      expect(() => xmllint(file)).not.toThrow();
      requireTool('rsvg-convert');
      const png = rsvgConvert(file, path.join(os.tmpdir(), `multiples-${viewport.width}.png`));
      const declared = /<svg[^>]*width="(\d+)" height="(\d+)"/.exec(svg)!;
      expect(pngSize(png)).toEqual({ width: Number(declared[1]), height: Number(declared[2]) });
    });
  });
}

/**
 * Loads a WebM (base64) into a <video> element, plays it to its end (at `rate`),
 * and reads the ink in the date band of its first and last frames.
 */
async function playInVideoElement(app: Page, base64: string, rate = 1) {
  // In a blank page of the same browser: the app's CSP allows no media from blob: URLs (it plays none).
  const page = await app.context().newPage();
  await page.goto('about:blank');
  return page.evaluate(
    async ({ base64, rate }) => {
      const bin = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const video = document.createElement('video');
      video.muted = true;
      video.src = URL.createObjectURL(new Blob([bin], { type: 'video/webm' }));
      document.body.append(video);
      const once = (name: string) => new Promise<void>((resolve, reject) => {
        video.addEventListener(name, () => resolve(), { once: true });
        video.addEventListener('error', () => reject(new Error(`video error ${video.error?.code}: ${video.error?.message}`)), { once: true });
      });
      try {
        await once('loadeddata');
        const duration = video.duration;
        const canvas = document.createElement('canvas');
        canvas.width = video.videoWidth;
        canvas.height = video.videoHeight;
        const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
        const band = () => {
          ctx.drawImage(video, 0, 0);
          const h = Math.round(canvas.height * 0.06);
          const data = ctx.getImageData(0, canvas.height - h, Math.round(canvas.width / 2), h).data;
          let ink = 0;
          for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 300) ink++;
          return { ink, data };
        };
        const seek = async (t: number) => {
          const done = once('seeked');
          video.currentTime = t;
          await done;
        };
        await seek(Math.min(0.3, duration / 2));
        const first = band();
        await seek(Math.max(0, duration - 0.3));
        const last = band();
        let differ = 0;
        for (let i = 0; i < first.data.length; i += 4) if (Math.abs(first.data[i]! - last.data[i]!) > 60) differ++;
        await seek(0);
        video.playbackRate = rate;
        const ended = once('ended');
        await video.play();
        await ended;
        return { error: null, duration, ended: video.ended, endTime: video.currentTime, width: video.videoWidth, bandInk: Math.min(first.ink, last.ink), bandsDiffer: differ > 50 };
      } catch (e) {
        return { error: String(e), duration: NaN, ended: false, endTime: NaN, width: 0, bandInk: 0, bandsDiffer: false };
      }
    },
    { base64, rate },
  );
}
