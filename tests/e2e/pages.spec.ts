// One page of every kind, found in dist/ (tools/check/routes.ts: each top-level page, the first page under each
// folder, old, new and unchanged seat pages), so a kind added later is checked without naming it. Each page is
// loaded once for two checks: every request stays on the site's origin and the Content-Security-Policy reports no
// violation (console or securitypolicyviolation event); then axe finds no violation. The home page has its own axe
// scan (home.spec.ts, with its redrawn map); pages in a state reached by interaction (compare results, loaded
// membership files, embeds in a host page) are scanned by their own specs.
import { expect, test } from '../support/shared-page';
import { pagePath } from '../../tools/check/crawl';
import { axeViolations } from '../support/axe';
import { REPRESENTATIVE_PAGES as pages, scansAsLoaded } from './scanned-pages';

// Independent pages: both workers share them.
test.describe.configure({ mode: 'parallel' });

test('the scan finds a planted violation, in one-call mode and beside an embed frame', async ({ sharedPage: page }) => {
  // Any page of the site gives the origin the planted page's URLs resolve against; the 404 page is the lightest.
  await page.goto('/404.html');
  await page.setContent(
    '<!doctype html><html lang="en"><title>t</title><main><h1>t</h1><img src="/favicon.svg"></main></html>',
  );
  expect(await axeViolations(page)).toEqual([expect.stringMatching(/^image-alt \(critical\)/)]);
  await page.setContent(
    '<!doctype html><html lang="en"><title>t</title><main><h1>t</h1><img src="/favicon.svg"><iframe data-groundwork-embed src="/embed/" loading="lazy"></iframe></main></html>',
  );
  expect(await axeViolations(page)).toEqual([
    expect.stringMatching(/^image-alt \(critical\)/),
    'frame-title (serious): iframe[src="/embed/"] has no title',
  ]);
});

test('dist/ has pages of several kinds to check', () => {
  expect(pages.length).toBeGreaterThan(10);
});

for (const { kind, file } of pages) {
  const scan = scansAsLoaded(file);
  const checks = `same-origin requests only, no CSP violation${scan ? ', no axe violations' : ''}`;
  test(`${kind} (${pagePath(file, '/')}): ${checks}`, async ({ sharedPage: page, baseURL }) => {
    // The A-Z list (1,300 links) takes minutes under axe on a loaded 2-core machine.
    test.setTimeout(300_000);
    const origin = new URL(baseURL!).origin;
    const requests: string[] = [];
    const consoleCsp: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text()))
        consoleCsp.push(m.text().replace(/directive '([\w-]+) [^']*(?:'[^']*')*[^']*'.*$/s, 'directive $1 …'));
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
      );
    });
    await page.goto(pagePath(file, '/'));
    await page.waitForLoadState('networkidle');
    // The search box loads its index on first focus; focusing it covers that request too.
    const box = page.getByRole('combobox').first();
    if (await box.count()) {
      await box.focus();
      await page.waitForLoadState('networkidle');
      await box.blur();
    }
    const cspMeta = await page.locator('meta[http-equiv="content-security-policy" i]').count();
    const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    expect(requests.filter((u) => !u.startsWith(`${origin}/`) && !/^(data|blob):/.test(u))).toEqual([]);
    expect(cspMeta, 'a Content-Security-Policy meta element').toBe(1);
    // The securitypolicyviolation events say which directive and line; console messages are kept when no event came.
    expect(violations.length ? [...new Set(violations)] : [...new Set(consoleCsp)]).toEqual([]);
    if (!scan) return;
    // Pages with a map are scanned once their script has enhanced it.
    if (await page.locator('.gw-mapfig').count())
      await expect(page.locator('.gw-mapfig.is-enhanced').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test.describe('a reader who sets a larger default text size', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('body text and tables grow with it, and no page scrolls sideways at 320 px with text at 200%', async ({
    sharedPage: page,
  }) => {
    for (const path of ['/seat/E14001434/', '/claims/putney/', '/data/']) {
      await page.goto(path);
      const cell = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main td')!).fontSize));
      const before = await cell();
      // What raising the browser's default font size does: the root size doubles.
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      expect(await cell(), path).toBeCloseTo(2 * before, 1);
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll, path).toBeLessThanOrEqual(client);
    }
  });
});

test.describe('table scroll boxes', () => {
  for (const width of [390, 1280]) {
    test.describe(`at ${width} px`, () => {
      test.use({ viewport: { width, height: 800 } });
      test('are a Tab stop exactly when their table scrolls sideways', async ({ sharedPage: page }) => {
        await page.goto('/data/');
        const boxes = await page
          .locator('.table-scroll')
          .evaluateAll((els) =>
            els.map((e) => ({ tab: (e as HTMLElement).tabIndex, scrolls: e.scrollWidth > e.clientWidth + 1 })),
          );
        expect(boxes.length).toBeGreaterThan(10);
        expect(boxes.filter((b) => b.tab !== (b.scrolls ? 0 : -1))).toEqual([]);
        // Some fit at 1280 px (no stop) and some do not at 390 px (a stop, to scroll them by keyboard).
        expect(boxes.some((b) => (width === 390 ? b.scrolls : !b.scrolls))).toBe(true);
      });
    });
  }
});
