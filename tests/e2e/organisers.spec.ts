// /organisers/ on a phone: each seat of the seat table is a card (name, its two 2017-2019 figures with their
// headings, then its sources), so nothing scrolls sideways; the table keeps its column headings for screen readers,
// and at desktop width it is a plain table with visible headings.
import type { Locator } from '@playwright/test';
import { expect, test } from '../support/shared-page';
import { axeViolations } from '../support/axe';

const ROW = /^Blackpool North and Cleveleys/;

test('at 390 px every seat is a card that fits the screen, its figures labelled', async ({ sharedPage: page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/organisers/');
  const box = page.locator('.table-scroll:has(table.table-cards)');
  const fits = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(fits.scroll).toBeLessThanOrEqual(fits.client);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  const row = page.getByRole('row', { name: ROW });
  await expect(row).toHaveCount(1);
  const [change, swing] = await row.getByRole('cell').all();
  await expect(change!).toHaveText('−9.0');
  await expect(swing!).toHaveText('8.6 Lab → Con');
  // Each figure's column heading is drawn above it.
  const drawn = (l: Locator) => l.evaluate((e) => getComputedStyle(e, '::before').content);
  expect(await drawn(change!)).toBe('"Lab change 2017→19"');
  expect(await drawn(swing!)).toBe('"Butler swing 2017→19"');
  // The figures sit side by side under the seat's name, inside the screen.
  const boxOf = async (l: Locator) => (await l.boundingBox())!;
  const [name, a, b] = [await boxOf(row.getByRole('rowheader')), await boxOf(change!), await boxOf(swing!)];
  expect(a.y).toBeGreaterThan(name.y + name.height - 1);
  expect(Math.abs(a.y - b.y)).toBeLessThan(1);
  expect(b.x + b.width).toBeLessThanOrEqual(390);
  await expect(page.locator('table.table-cards thead')).toHaveCSS('position', 'absolute');
  await expect(page.getByRole('columnheader', { name: 'Butler swing 2017→19' })).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);
});

test('at 1280 px the seat table is a table with its headings in view', async ({ sharedPage: page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/organisers/');
  await expect(page.getByRole('columnheader', { name: 'Lab change 2017→19' })).toBeVisible();
  const row = page.getByRole('row', { name: ROW });
  const cell = row.getByRole('cell').first();
  await expect(cell).toHaveText('−9.0');
  expect(await cell.evaluate((e) => getComputedStyle(e, '::before').content)).toBe('none');
});

test("each place that is not one seat lists its seats, linked, with the share of each seat's postcodes", async ({
  sharedPage: page,
}) => {
  await page.goto('/organisers/');
  await expect(page.locator('.lede')).toContainText(
    'and 8 places that cannot be pinned to one seat, which hold parts of 27 seats (listed below).',
  );
  const stoke = page.locator('li').filter({ has: page.locator('strong', { hasText: /^Stoke$/ }) });
  await expect(stoke.locator('.place-seats')).toHaveText(
    "Its seats, with the share of each seat's postcodes that lie there: Stoke-on-Trent Central 100%, Stoke-on-Trent South 100%, Stoke-on-Trent North 81%.",
  );
  await stoke.getByRole('link', { name: 'Stoke-on-Trent North' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Stoke-on-Trent North');
});
