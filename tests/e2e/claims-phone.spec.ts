// Claim pages on a 390 px phone: every claim page the build made (read from dist/, not listed here) shows its claim,
// verdict and headline comparison figures without sideways scrolling, its seat lists as cards, its chart (if it has
// one) in the narrow drawing, and opening "Cite" pushes nothing off-screen.
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../support/shared-page';
import type { Page } from '@playwright/test';

const WIDTH = 390;

/** Every page under dist/claims/ except the two lists (/claims/ and /claims/articles/). */
function claimRoutes(dir = 'dist/claims', route = '/claims/'): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const sub = join(dir, entry.name);
    const path = `${route}${entry.name}/`;
    if (existsSync(join(sub, 'index.html')) && path !== '/claims/articles/') out.push(path);
    out.push(...claimRoutes(sub, path));
  }
  return out;
}

const ROUTES = claimRoutes();
/** Claim pages that draw the claim's chart (figure#chart, with a narrow drawing for phones). */
const hasChart = (route: string) =>
  /<figure class="[^"]*\bgw-has-narrow\b[^"]*" id="chart"/.test(
    readFileSync(join('dist', route, 'index.html'), 'utf8'),
  );
const CLAIMS = (JSON.parse(readFileSync('data/claims.json', 'utf8')) as { slug: string }[]).map((c) => c.slug);

/** The headline elements a claim page has: title, claim, verdict, headline note and numbers, the headline comparison. */
const HEADLINE = [
  'h1',
  'figure.quote.lead',
  '.verdict h2',
  '.verdict-line',
  '.headline-note',
  'table.figures td.computed',
  '.outcome.headline table.stats td',
];

async function overflow(page: Page): Promise<{ scrollWidth: number; outside: string[] }> {
  return page.evaluate(
    ([selectors, width]) => {
      const outside: string[] = [];
      for (const sel of selectors as string[]) {
        for (const el of document.querySelectorAll(sel)) {
          const r = el.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue;
          if (r.left < -0.5 || r.right > (width as number) + 0.5)
            outside.push(
              `${sel} "${(el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(r.left)}..${Math.round(r.right)}`,
            );
        }
      }
      return { scrollWidth: document.documentElement.scrollWidth, outside };
    },
    [HEADLINE, WIDTH] as const,
  );
}

test.use({ viewport: { width: WIDTH, height: 844 } });

test('the build has claim pages to check', () => {
  expect(ROUTES.length).toBeGreaterThanOrEqual(5);
  expect(ROUTES).toContain('/claims/yorkshire-organisers/');
  // Every claim check draws its chart, so each is checked below for the narrow drawing.
  expect(CLAIMS.length).toBeGreaterThanOrEqual(5);
  expect(ROUTES.filter(hasChart)).toEqual(expect.arrayContaining(CLAIMS.map((slug) => `/claims/${slug}/`)));
});

for (const route of ROUTES) {
  test(`${route} at 390 px: claim, verdict, headline figures and narrow chart on screen, no sideways scroll; Cite fits`, async ({
    sharedPage: page,
  }) => {
    await page.goto(route);
    if (hasChart(route)) {
      const chart = page.locator('figure#chart .gw-narrow svg[role="img"]');
      await expect(chart, 'the narrow drawing of the chart').toBeVisible();
      await expect(chart, 'the narrow drawing of the chart').toHaveAttribute('viewBox', /^0 0 360 /);
    }
    const found = await page.locator(HEADLINE.join(', ')).count();
    expect(found).toBeGreaterThanOrEqual(2);
    const before = await overflow(page);
    expect(before.outside).toEqual([]);
    expect(before.scrollWidth).toBeLessThanOrEqual(WIDTH);
    // Seat lists (four columns or more) are cards on a phone: none scrolls sideways in its box.
    const sideways = await page
      .locator('.table-scroll:has(table.table-cards)')
      .evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth).map((e) => e.getAttribute('aria-label')));
    expect(sideways).toEqual([]);

    const cites = page.locator('details.cite > summary');
    const n = await cites.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      await cites.nth(i).scrollIntoViewIfNeeded();
      await cites.nth(i).click();
      await expect(page.locator('details.cite').nth(i)).toHaveAttribute('open', '');
      const after = await overflow(page);
      expect(after.scrollWidth, `Cite ${i + 1} of ${n} open`).toBeLessThanOrEqual(WIDTH);
      expect(after.outside).toEqual([]);
    }
  });
}
