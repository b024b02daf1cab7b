// axe over one page of every kind, found in dist/ (scripts/check/routes.ts: each top-level page, the first page under
// each folder, old, new and unchanged seat pages), so a kind added later is scanned without naming it. The home page
// has its own scan (home.spec.ts, with its redrawn map); pages in a state reached by interaction (compare results,
// loaded membership files, embeds in a host page) are scanned by their own specs.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { pagePath } from '../../scripts/check/crawl';
import { isRedirect, representativePages } from '../../scripts/check/routes';
import { REPO } from '../../scripts/check/site-copy';
import { axeViolations } from '../support/axe';

const DIST = join(REPO, 'dist');
const pages = existsSync(join(DIST, 'index.html'))
  ? representativePages(DIST, join(REPO, 'data/derived')).filter(
      (p) => p.file !== 'index.html' && !isRedirect(DIST, p.file),
    )
  : [];

// Independent pages: both workers share them.
test.describe.configure({ mode: 'parallel' });

test('the scan finds a planted violation, in one-call mode and beside an embed frame', async ({ page }) => {
  await page.goto('/');
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

test('dist/ has pages of several kinds to scan', () => {
  expect(pages.length).toBeGreaterThan(10);
});

for (const { kind, file } of pages) {
  test(`${kind} (${pagePath(file, '/')}) has no axe violations`, async ({ page }) => {
    // The A-Z list (1,300 links) and the home page take minutes under axe on a loaded 2-core machine.
    test.setTimeout(300_000);
    await page.goto(pagePath(file, '/'));
    // Pages with a map are scanned once their script has enhanced it.
    if (await page.locator('.gw-mapfig').count())
      await expect(page.locator('.gw-mapfig.is-enhanced').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
