// Every chart as a reader sees it at phone and desktop widths: no label runs past the drawing's edge (where it is cut
// off on a phone and in the PNG download) and no text is drawn smaller than 9 px.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../support/shared-page';
import { chartPages } from '../../tools/check/routes';
import { REPO } from '../../tools/check/site-copy';
import { smallestText, textOutside } from '../support/svg-text';

const DIST = join(REPO, 'dist');

// One page of each kind that draws a chart, and every claim page, found in dist/ (tools/check/routes.ts).
const PAGES = existsSync(join(DIST, 'index.html')) ? chartPages(DIST, join(REPO, 'data/derived')) : [];

test('dist/ has chart pages to check', () => {
  expect(PAGES.length).toBeGreaterThan(0);
});

for (const width of [390, 1280]) {
  test(`at ${width} px every chart keeps its text inside the drawing and legible`, async ({ sharedPage: page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    const problems: string[] = [];
    for (const path of PAGES) {
      await page.goto(path);
      const charts = page.locator('figure.chart svg[role="img"]:visible');
      const n = await charts.count();
      if (n === 0) problems.push(`${path}: no chart shown`);
      for (let i = 0; i < n; i++) {
        const svg = charts.nth(i);
        const label = `${path} chart ${i + 1} (${(await svg.getAttribute('aria-label')) ?? ''})`;
        const outside = await textOutside(svg);
        if (outside.length) problems.push(`${label}: text past the edge: ${outside.join(' | ')}`);
        const smallest = await smallestText(svg);
        if (smallest < 9) problems.push(`${label}: text ${smallest.toFixed(1)} px tall`);
      }
    }
    expect(problems).toEqual([]);
  });

  test(`at ${width} px the test-your-own-seats chart keeps its text inside, with the longest outcome name`, async ({
    sharedPage: page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    // A region line near the left edge (Yorkshire 2017-2019) and the longest outcome label (the pact parties).
    for (const query of [
      'pair=2017-2019&outcome=lab&seats=E14000614,E14000925',
      'pair=2017-2019&outcome=pact&seats=E14000887,E14000614,E14000925',
    ]) {
      await page.goto(`/compare/?${query}`);
      await expect(page.locator('#cmp-status')).toContainText('Result for');
      const svg = page.locator('#cmp-output svg.cmp-chart');
      expect(await textOutside(svg), query).toEqual([]);
      expect(await smallestText(svg), query).toBeGreaterThanOrEqual(9);
    }
  });
}
