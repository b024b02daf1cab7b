// The site works served from a sub-path (/groundwork/, as on GitHub Pages): the mini site built with BASE_PATH (the
// first build of the reproducibility pair), no link or asset escapes the base, and in Chromium the pages, their scripts, the search
// index and postcode data load from under it.
import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SKIP_SITE_BUILDS, SUBPATH, subpathBuild, type SiteBuild } from '../../tools/check/builds';
import { crawl, summarise } from '../../tools/check/crawl';
import { isOutsideMiniSite } from '../../tools/check/mini-site';
import { seatKinds } from '../../tools/check/routes';
import { SITE_ORIGIN } from '../../tools/check/site-origin';
import { serveStatic } from '../../tools/check/static-server';
import { CHROME_FLAGS } from '../support/chrome';
import { chromePath } from '../../tools/check/browser';

let build: SiteBuild;
let server: Server | null = null;
let browser: Browser | null = null;
let url = '';
let origin = '';

describe.skipIf(SKIP_SITE_BUILDS)('(own site build; GROUNDWORK_SKIP_SITE_BUILDS=1 skips it)', () => {
  beforeAll(async () => {
    build = await subpathBuild();
    console.log(
      `subpath: build took ${(build.ms / 1000).toFixed(0)} s${build.reused ? ' (reused from the cache; inputs unchanged)' : ''}`,
    );
    const s = await serveStatic(build.dist, { base: SUBPATH });
    server = s.server;
    url = s.url;
    origin = s.origin;
    browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS });
  }, 3_600_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  describe(`the site under ${SUBPATH}`, () => {
    it('has no link or asset that escapes the base path or is missing', () => {
      const r = crawl(build.dist, { base: SUBPATH, origin: SITE_ORIGIN });
      console.log(`subpath links: ${r.pages} pages, ${r.checked} internal references checked`);
      expect(summarise(r.problems.filter((p) => p.problem === 'escapes-base'))).toEqual([]);
      // The mini site's tables still name seats it has no page for; every other reference must resolve.
      const outside = r.problems.filter((p) => isOutsideMiniSite(p, build.derived));
      console.log(`subpath links: ${outside.length} references to seat pages outside the mini site (expected)`);
      expect(summarise(r.problems.filter((p) => !outside.includes(p)))).toEqual([]);
    }, 600_000);

    it('loads the home page and a seat page in Chromium with every request under the base and none failing', async () => {
      const page = await browser!.newPage();
      const requests: { url: string; status: number | null; error?: string }[] = [];
      page.on('requestfinished', async (req) =>
        requests.push({ url: req.url(), status: (await req.response())?.status() ?? null }),
      );
      // A request the browser cancels because the page moved on (the favicon of the page being left) is not a failure.
      page.on('requestfailed', (req) => {
        const error = req.failure()?.errorText ?? '';
        if (!error.includes('ERR_ABORTED')) requests.push({ url: req.url(), status: null, error });
      });
      const seat = seatKinds(build.derived).current ?? 'E14001434';
      for (const path of ['', `seat/${seat}/`]) {
        const res = await page.goto(url + path);
        expect(res?.status()).toBe(200);
        await expect.poll(() => page.locator('h1').count()).toBeGreaterThan(0);
      }
      // The search box fetches its index and postcode slices relative to the base.
      const box = page.getByRole('combobox').first();
      await box.pressSequentially('SW15 1AA');
      await expect.poll(() => requests.some((r) => r.url.includes('/postcodes/')), { timeout: 15_000 }).toBe(true);
      const icon = await page.request.get(`${url}favicon.svg`);
      expect(icon.status()).toBe(200);
      await page.close();
      const bad = requests.filter(
        (r) => !r.url.startsWith(`${origin}${SUBPATH}`) || r.status === null || r.status >= 400,
      );
      expect(bad).toEqual([]);
    }, 120_000);
  });
});
