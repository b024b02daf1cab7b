// The site built from hostile data, in Chromium: no dialog opens and no injected script runs on the hostile seat pages,
// the home, data, organisers, membership and seats pages, or when searching for a hostile name; names read as text.
// A 10,000-character word in a curated name and a set title makes no page that shows it wider than the viewport.
import type { Server } from 'node:http';
import { expect, test } from '../support/shared-page';
import type { Page } from '@playwright/test';
import { hostileBuild, SKIP_SITE_BUILDS } from '../../tools/check/builds';
import { hostileStrings, LONG_WORD, LONG_WORD_SET } from '../../tools/check/hostile-strings';
import { serveStatic } from '../../tools/check/static-server';
import { overflowOf, pagesWith, WIDTHS } from '../hardening/overflow';

const h = hostileStrings();
let server: Server | null = null;
let base = '';
let dist = '';

// Independent pages: both workers share them (each worker serves the hostile build itself).
test.describe.configure({ mode: 'parallel' });
test.skip(SKIP_SITE_BUILDS, 'GROUNDWORK_SKIP_SITE_BUILDS=1 skips the checks that need their own site build');

test.beforeAll(async () => {
  test.setTimeout(3_600_000);
  const site = await hostileBuild();
  dist = site.dist;
  const s = await serveStatic(site.dist);
  server = s.server;
  base = s.url;
});

test.afterAll(() => {
  server?.close();
});

/** Opens `path`, recording dialogs (dismissed) and page errors; returns them with the payload flag's value. */
async function visit(page: Page, path: string) {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const res = await page.goto(base + path);
  expect(res?.status()).toBe(200);
  await page.waitForLoadState('networkidle');
  return { dialogs, flag: await page.evaluate((name) => (window as unknown as Record<string, unknown>)[name], h.flag) };
}

for (const s of h.seats) {
  test(`hostile seat ${s.code} (${s.source}): no script runs and the name is the heading's text`, async ({
    sharedPage: page,
  }) => {
    const r = await visit(page, `seat/${s.code}/`);
    // The name as text, then the boundary set in its own span.
    const boundaries = await page.locator('h1 > .boundaries').textContent();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${s.name} ${boundaries}`);
    expect(r.dialogs).toEqual([]);
    expect(r.flag).toBeUndefined();
  });
}

// The home page is opened by the search test below, which makes the same checks there.
for (const path of ['data/', 'organisers/', 'membership/', 'seats/']) {
  test(`page /${path} with hostile names, titles and URLs: no dialog, no payload runs`, async ({
    sharedPage: page,
  }) => {
    const r = await visit(page, path);
    expect(r.dialogs).toEqual([]);
    expect(r.flag).toBeUndefined();
  });
}

test('page / with hostile names, titles and URLs: no dialog, no payload runs; searching for a hostile name lists it as text and opens its page without running it', async ({
  sharedPage: page,
}) => {
  const r = await visit(page, '');
  expect(r.flag, 'no payload ran on the home page').toBeUndefined();
  const target = h.seats.find((s) => s.name.startsWith('<script>'))!;
  const input = page.getByRole('combobox').first();
  await input.pressSequentially('script alert');
  const option = page.getByRole('option').filter({ hasText: target.name });
  await expect(option.first()).toBeVisible();
  await option.first().click();
  await expect(page).toHaveURL(new RegExp(`/seat/${target.code}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `${target.name} ${await page.locator('h1 > .boundaries').textContent()}`,
  );
  expect(r.dialogs).toEqual([]);
  expect(await page.evaluate((name) => (window as unknown as Record<string, unknown>)[name], h.flag)).toBeUndefined();
});

for (const width of WIDTHS) {
  test(`a 10,000-character word in an organiser name and a set title: no page showing it is wider than ${width} px at ${width} px`, async ({
    sharedPage: page,
  }) => {
    test.setTimeout(900_000);
    expect(LONG_WORD).toHaveLength(10_000);
    const paths = pagesWith(dist, LONG_WORD);
    // The kinds of page that show the word are all there: a seat page (the set's evidence), the organisers page (the
    // unresolved row's name), the set's claim page and the set's map embed; so the check cannot pass on no pages.
    const organiserSeat = 'E14000887';
    expect(paths).toEqual(
      expect.arrayContaining([
        `/seat/${organiserSeat}/`,
        '/organisers/',
        '/claims/organiser-seats/',
        `/embed/map/hex-2019-set-${LONG_WORD_SET}/`,
      ]),
    );
    const wide: string[] = [];
    await page.setViewportSize({ width, height: 900 });
    for (const path of paths) {
      const res = await page.goto(base + path.slice(1));
      expect(res?.status(), path).toBe(200);
      // The document's width decides; the walk over every element that names the culprit runs only when it is too wide.
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > width) {
        const r = await overflowOf(page);
        wide.push(`${width} px ${path}: ${r.scrollWidth} px wide (${r.culprit ?? '?'})`);
      }
    }
    console.log(`long word at ${width} px: ${paths.length} pages, ${wide.length} wider than the viewport`);
    expect(wide).toEqual([]);
  });
}
