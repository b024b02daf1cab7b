// One page of every kind (found in dist/, so kinds added later are covered): every request stays on the site's origin
// and the Content-Security-Policy reports no violation (console or securitypolicyviolation event).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { representativePages } from '../../scripts/check/routes';
import { REPO } from '../../scripts/check/site-copy';

const DIST = join(REPO, 'dist');
const pages = existsSync(join(DIST, 'index.html')) ? representativePages(DIST, join(REPO, 'data/derived')) : [];
const pathOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

test('dist/ has pages to check', () => {
  expect(pages.length).toBeGreaterThan(0);
});

for (const { kind, file } of pages) {
  test(`${kind} (${pathOf(file)}): same-origin requests only, no CSP violation`, async ({ page, baseURL }) => {
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
    await page.goto(pathOf(file));
    await page.waitForLoadState('networkidle');
    // The search box loads its index on first focus; focusing it covers that request too.
    const box = page.getByRole('combobox').first();
    if (await box.count()) {
      await box.focus();
      await page.waitForLoadState('networkidle');
    }
    const cspMeta = await page.locator('meta[http-equiv="content-security-policy" i]').count();
    const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    expect(requests.filter((u) => !u.startsWith(`${origin}/`) && !/^(data|blob):/.test(u))).toEqual([]);
    expect(cspMeta, 'a Content-Security-Policy meta element').toBe(1);
    // The securitypolicyviolation events say which directive and line; console messages are kept when no event came.
    expect(violations.length ? [...new Set(violations)] : [...new Set(consoleCsp)]).toEqual([]);
  });
}
