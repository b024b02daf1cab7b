// A blogger takes the evidence away (that organisers.csv agrees with /organisers/ is read from dist/ by
// tests/build/organisers-page.test.ts): the membership chart's dots link to the sources in membership.csv, an old data
// version's seats.csv is still served and its page points to the newest, the cite text names the versioned address,
// a table address built by hand for a version that did not store the table leads to the folder that does, and the
// article-claim pages show their figures; no axe violations (where pages.spec.ts scans a page as loaded, its
// scan stands for the one here).
import { expect, test } from '../support/shared-page';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { axeViolations } from '../support/axe';
import { scannedAsLoaded } from './scanned-pages';
import changelog from '../../data/changelog.json' with { type: 'json' };
import archive from '../../data/archive/manifest.json' with { type: 'json' };

const OLD = '46ea704d23';
/** The version the newest is compared with: the one published before it (data/changelog.json, newest first). */
const BEFORE_NEWEST = (changelog as { version: string }[])[1]!.version;

/** No axe violations on the open page, unless pages.spec.ts scans it as loaded. */
async function noViolationsUnlessScanned(page: Page, path: string): Promise<void> {
  if (!scannedAsLoaded(path)) expect(await axeViolations(page), path).toEqual([]);
}
const csvRows = async (page: import('@playwright/test').Page, path: string) => {
  const res = await page.request.get(path);
  expect(res.ok(), path).toBe(true);
  const bytes = await res.body();
  expect([...bytes.subarray(0, 3)], `${path} starts with a UTF-8 byte-order mark`).toEqual([0xef, 0xbb, 0xbf]);
  return Papa.parse<Record<string, string>>(bytes.subarray(3).toString('utf8'), { header: true, skipEmptyLines: true })
    .data;
};

test('every charted membership figure is a row of membership.csv with its source linked on the page', async ({
  sharedPage: page,
}) => {
  const rows = await csvRows(page, '/data/membership.csv');
  await page.goto('/membership/');
  const tables = page
    .locator('table[aria-label], table')
    .filter({ has: page.locator('thead th', { hasText: 'Source' }) });
  const pageRows = await tables
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => tr.querySelector('a[rel="noopener"]')?.getAttribute('href')));
  expect(pageRows).toHaveLength(rows.length);
  expect([...pageRows].sort()).toEqual(rows.map((r) => r.source_url!.split(' ; ')[0]).sort());
  await expect(page.locator('table', { hasText: 'Reform UK' }).first()).toBeVisible();
  await noViolationsUnlessScanned(page, '/membership/');
});

test('an old version stays: its seats.csv is served and its page says it is not the latest', async ({
  sharedPage: page,
}) => {
  const rows = await csvRows(page, `/data/v/${OLD}/seats.csv`);
  expect(rows.length).toBe(3900);
  expect(rows.find((r) => r.election === '2019' && r.ons_code === 'E14000887')!.majority_votes).toBe('4774');
  await page.goto(`/data/v/${OLD}/`);
  await expect(page.getByText('This is not the latest version.')).toBeVisible();
  const newest = page.locator('.callout a').first();
  const href = await newest.getAttribute('href');
  await page.goto(href!);
  await expect(page.locator('h1')).toContainText('Data version');
  await expect(page.locator('#changes + p')).toContainText(`Compared with ${BEFORE_NEWEST}`);
  await expect(page.locator('table', { hasText: 'organisers.csv' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('the cite text names the versioned address, and it resolves', async ({ sharedPage: page }) => {
  await page.goto('/membership/');
  await page.locator('details.cite summary').first().click();
  const plain = await page.locator('details.cite textarea').first().inputValue();
  const m = /tables: (https?:\/\/\S+\/data\/v\/([0-9a-f]+)\/)\)/.exec(plain);
  expect(m, plain).not.toBeNull();
  const path = new URL(m![1]!).pathname;
  // The version's page lists its tables; one the version did not change is served from the version that first
  // published it (src/lib/publish/table-home.ts), and the link says where.
  await page.goto(path);
  const href = await page.locator('a[href$="/seats.csv"]').first().getAttribute('href');
  expect(href).toMatch(/^\/data\/v\/[0-9a-f]+\/seats\.csv$/);
  const res = await page.request.get(href!);
  expect(res.ok()).toBe(true);
});

test('a table address built by hand for a version that did not store the table leads to the folder that does', async ({
  sharedPage: page,
}) => {
  // The first archived table served from an earlier version's folder (src/lib/publish/table-home.ts).
  const [version, file, home] = (
    archive as { versions: { version: string; files: { file: string; in?: string }[] }[] }
  ).versions.flatMap((v) => v.files.filter((f) => f.in).map((f) => [v.version, f.file, f.in!] as const))[0]!;
  const res = await page.goto(`/data/v/${version}/${file}`);
  expect(res!.status()).toBe(404);
  const said = page.locator('[data-table-address]');
  await expect(said).toContainText(`${file} of data version ${version} is the same file as in data version ${home}`);
  const link = said.locator(`a[href="/data/v/${home}/${file}"]`);
  await expect(link).toHaveCount(1);
  expect((await page.request.get((await link.getAttribute('href'))!)).ok()).toBe(true);
  await page.goto('/data/v/0000000000/seats.csv');
  await expect(said).toHaveText('There is no data version 0000000000. The data page lists every published version.');
  expect(await axeViolations(page)).toEqual([]);
});

test('the article claims: every claim listed, the two checks with their figures', async ({ sharedPage: page }) => {
  await page.goto('/claims/articles/');
  await expect(page.locator('.claim-list li')).toHaveCount(25);
  await expect(page.locator('#membership-forties-fifties')).toContainText('Not yet checkable');
  await expect(page.locator('#remain-swings-7 a')).toHaveAttribute('href', '/claims/remain-swing/');
  await noViolationsUnlessScanned(page, '/claims/articles/');
  await page.goto('/claims/articles/biggest-rise-since-1945/');
  await expect(page.locator('.verdict-line')).toContainText("Labour's share rose 9.5 points in 2017");
  await expect(page.locator('.verdict-line')).toContainText("1997's was 8.8");
  await expect(page.locator('.verdict-line')).toContainText('In 1945 it rose 9.7');
  // The file counts some candidates among others with no Labour figure (1951: Ebbw Vale, Jarrow, Bradford South), so
  // its 1951 share can be below the published one: the page says so, not that its totals match from 1950 on.
  await expect(page.locator('li', { hasText: 'Votes the file gives no party.' })).toContainText(
    'in 1951, for example, Ebbw Vale, Jarrow and Bradford South',
  );
  await expect(page.locator('#content')).not.toContainText('Before 1950 they can differ');
  await noViolationsUnlessScanned(page, '/claims/articles/biggest-rise-since-1945/');
  await page.goto('/claims/articles/seat-changes-2017/');
  await expect(page.locator('.verdict-line')).toContainText('25 in England and 3 in Wales');
  await noViolationsUnlessScanned(page, '/claims/articles/seat-changes-2017/');
});
