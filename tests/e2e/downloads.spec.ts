// PNG downloads drawn in the reader's browser: one click on a seat chart's and on the national map's PNG button saves
// a PNG that Chromium decodes, at twice the size of the SVG download it was drawn from, with that SVG's legend
// swatches and source line in the pixels where the SVG puts them. Without JavaScript the button stays hidden.
import { readFileSync } from 'node:fs';
import { expect, test, withoutScripts } from '../support/shared-page';
import type { Page } from '@playwright/test';

const SCALE = 2;

interface Decoded {
  width: number;
  height: number;
  rows: { y: number; dark: number }[];
  swatch: number[];
}

/** Decodes the PNG in the page (an <img> from a data: URL on a canvas) and reads the pixels the checks need. */
async function decode(
  page: Page,
  png: Buffer,
  legendSwatch: { x: number; y: number },
  bands: number[][],
): Promise<Decoded> {
  return page.evaluate(
    async ({ b64, swatch, bands }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      const at = (x: number, y: number) => [...data.subarray((y * c.width + x) * 4, (y * c.width + x) * 4 + 4)];
      // Dark pixels (text) in each band of rows [from, to).
      const rows = bands.map(([from, to]) => {
        let dark = 0;
        for (let y = from!; y < to!; y++)
          for (let x = 0; x < c.width; x++) if (at(x, y)[0]! < 140 && at(x, y)[1]! < 140 && at(x, y)[2]! < 140) dark++;
        return { y: from!, dark };
      });
      return { width: c.width, height: c.height, rows, swatch: at(swatch.x, swatch.y) };
    },
    { b64: png.toString('base64'), swatch: legendSwatch, bands },
  );
}

function hex(colour: string): number[] {
  return [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
}

async function checkPngDownload(page: Page, family: string, key: string): Promise<void> {
  const button = page.locator(`button[data-png-from$="/downloads/${family}/${key}.svg"]`);
  await expect(button).toBeVisible();
  await expect(button).toHaveAccessibleName('PNG image of this chart');
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toBe(`groundwork-${family}-${key}.png`);
  const png = readFileSync((await download.path())!);
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');

  // The SVG it was drawn from: size, the first legend swatch and the source line's baseline.
  const svg = await (await page.request.get(`/downloads/${family}/${key}.svg`)).text();
  const size = /<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="(\d+)" height="(\d+)"/.exec(svg)!;
  const legend =
    /<g transform="translate\(([\d.]+),([\d.]+)\)"><g class="legend">(?:<rect [^>]+ height="4" fill="#[0-9A-Fa-f]{6}"\/>)?<rect x="([\d.]+)" y="([\d.-]+)" width="(\d+)" height="(\d+)" fill="(#[0-9A-Fa-f]{6})"/.exec(
      svg,
    );
  // A party's line key is its colour over a casing (a 4 px rect in the ink): the colour's rect is the one sampled.
  expect(legend, 'the SVG has a legend whose first swatch is a rectangle').not.toBeNull();
  const [, gx, gy, rx, ry, rw, rh, colour] = legend!;
  const swatch = {
    x: Math.round((Number(gx) + Number(rx) + Number(rw) / 2) * SCALE),
    y: Math.round((Number(gy) + Number(ry) + Number(rh) / 2) * SCALE),
  };
  const source = /<text x="20" y="([\d.]+)" font-size="11" font-weight="normal" fill="#595959">Source: /.exec(svg);
  expect(source, 'the SVG has a source line').not.toBeNull();
  const base = Number(source![1]) * SCALE;
  const d = await decode(page, png, swatch, [
    [base - 9 * SCALE, base + 2 * SCALE],
    [Math.round(Number(gy) * SCALE) - 1, Math.round(Number(gy) * SCALE) + 20 * SCALE],
  ]);

  expect([d.width, d.height]).toEqual([Number(size[1]) * SCALE, Number(size[2]) * SCALE]);
  expect(d.rows[0]!.dark, 'dark text pixels on the source line').toBeGreaterThan(200);
  expect(d.rows[1]!.dark, 'dark text pixels in the legend row').toBeGreaterThan(100);
  const want = hex(colour!);
  d.swatch
    .slice(0, 3)
    .forEach((v, i) =>
      expect(Math.abs(v - want[i]!), `legend swatch ${d.swatch} against ${colour}`).toBeLessThanOrEqual(3),
    );
  await expect(page.locator('[data-png-status]').filter({ hasText: 'PNG saved.' })).toHaveCount(1);
}

test("a seat chart's PNG download is the SVG download drawn at 2x, with legend and source line", async ({
  sharedPage: page,
}) => {
  await page.goto('/seat/E14000887/');
  await checkPngDownload(page, 'seat-history', 'E14000887');
});

test("the national map's PNG download is the SVG download drawn at 2x, with legend and source line", async ({
  sharedPage: page,
}) => {
  await page.goto('/');
  await checkPngDownload(page, 'map', 'hex-2024-winner');
});

withoutScripts('without JavaScript', () => {
  test('the PNG button stays hidden and the SVG and CSV links remain', async ({ sharedPage: page }) => {
    await page.goto('/seat/E14000887/');
    const downloads = page.locator('p.downloads').first();
    await expect(downloads.locator('button[data-png-from]')).toBeHidden();
    await expect(downloads.getByRole('link', { name: 'SVG image of this chart' })).toHaveAttribute(
      'href',
      /\/downloads\/seat-history\/E14000887\.svg$/,
    );
    await expect(downloads.getByRole('link', { name: 'CSV data behind this chart' })).toBeVisible();
  });
});
