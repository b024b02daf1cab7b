// The site built from hostile data, in Chromium: no dialog opens and no injected script runs on the hostile seat pages,
// the home, data, organisers, membership and seats pages, or when searching for a hostile name; names read as text.
import type { Server } from 'node:http';
import { expect, test, type Page } from '@playwright/test';
import { hostileBuild, SKIP_SITE_BUILDS } from '../../scripts/check/builds';
import { hostileStrings } from '../../scripts/check/hostile-strings';
import { serveStatic } from '../../scripts/check/static-server';

const h = hostileStrings();
let server: Server | null = null;
let base = '';

test.describe.configure({ mode: 'serial' });
test.skip(SKIP_SITE_BUILDS, 'GROUNDWORK_SKIP_SITE_BUILDS=1 skips the checks that need their own site build');

test.beforeAll(async () => {
  test.setTimeout(3_600_000);
  const site = await hostileBuild();
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
  test(`hostile seat ${s.code} (${s.source}): no script runs and the name is the heading's text`, async ({ page }) => {
    const r = await visit(page, `seat/${s.code}/`);
    // The name as text, then the boundary set in its own span.
    const boundaries = await page.locator('h1 > .boundaries').textContent();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${s.name} ${boundaries}`);
    expect(r.dialogs).toEqual([]);
    expect(r.flag).toBeUndefined();
  });
}

for (const path of ['', 'data/', 'organisers/', 'membership/', 'seats/']) {
  test(`page /${path} with hostile names, titles and URLs: no dialog, no payload runs`, async ({ page }) => {
    const r = await visit(page, path);
    expect(r.dialogs).toEqual([]);
    expect(r.flag).toBeUndefined();
  });
}

test('searching for a hostile name lists it as text and opens its page without running it', async ({ page }) => {
  const r = await visit(page, '');
  const target = h.seats.find((s) => s.name.startsWith('<script>'))!;
  const input = page.getByRole('combobox').first();
  await input.pressSequentially('script alert');
  const option = page.getByRole('option').filter({ hasText: target.name });
  await expect(option.first()).toBeVisible();
  await option.first().click();
  await expect(page).toHaveURL(new RegExp(`/seat/${target.code}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${target.name} ${await page.locator('h1 > .boundaries').textContent()}`);
  expect(r.dialogs).toEqual([]);
  expect(await page.evaluate((name) => (window as unknown as Record<string, unknown>)[name], h.flag)).toBeUndefined();
});
