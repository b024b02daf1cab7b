// The home page: headline, the map and its table without JavaScript, and no axe violations (sorting the map's table is
// a step of map.spec.ts's load of the home map).
import { expect, test, withoutScripts } from '../support/shared-page';
import type { Page } from '@playwright/test';
import { axeViolations } from '../support/axe';

/** Waits until the map has loaded what the last change of view needs (slow machines take a few seconds). */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('#map')).not.toHaveAttribute('aria-busy', 'true', { timeout: 30_000 });
}

withoutScripts('without JavaScript', () => {
  test('the home page still shows the map of 650 seat links, its legend and the table', async ({
    sharedPage: page,
  }) => {
    await page.goto('/');
    const links = page.locator('#map svg.gw-map a.gw-map__seat');
    await expect(links).toHaveCount(650);
    await expect(page.locator('#map a.gw-map__seat[data-code="E14001434"]')).toHaveAttribute(
      'href',
      '/seat/E14001434/',
    );
    await expect(page.locator('#map a.gw-map__seat[tabindex="-1"]')).toHaveCount(0);
    await expect(page.locator('#map [data-map-legend] svg')).toHaveCount(1);
    await expect(page.locator('#map table[data-map-table] tbody tr')).toHaveCount(650);
    await expect(page.locator('#map table[data-map-table] tr[data-code="E14001434"] td')).toHaveText([
      'London',
      'Labour',
      'Hold',
    ]);
    await expect(page.locator('#map .gw-mapfig__controls')).toBeHidden();
    // Hidden and taking no room (not an empty band), and the help says only what works without scripts.
    expect(await page.locator('#map .gw-mapfig__controls').evaluate((e) => e.getBoundingClientRect().height)).toBe(0);
    await expect(page.locator('#map .gw-mapfig__help').getByText('arrow keys')).toBeHidden();
    await expect(page.locator('#map .gw-mapfig__help').getByText('Each seat is a link to its page')).toBeVisible();
  });
});

test('the headline gives 2024 seats beside the 2019 notional result; the home page, then its redrawn map, legend and notes, have no axe violations', async ({
  sharedPage: page,
}) => {
  // axe checks 650 seat links and a 650-row table: much slower than on a seat page. One page load serves the headline
  // and both scans.
  test.setTimeout(300_000);
  await page.goto('/');
  await test.step('the headline gives 2024 seats beside the 2019 notional result', async () => {
    await expect(page.locator('.home-headline')).toContainText(
      'Labour won 411 of the 650 seats (326 for a majority), 211 more than the 200',
    );
    const lab = page.locator('.headline-table tr', { hasText: 'Labour' }).first();
    await expect(lab.locator('td')).toHaveText(['411', '200', '33.7%', '+1.7']);
    for (const name of ['organisers', 'claim', 'membership', 'data'])
      await expect(page.locator('.home-intro').getByRole('link', { name, exact: true })).toBeVisible();
  });
  await expect(page.locator('#map.is-enhanced')).toBeVisible();
  expect(await axeViolations(page), 'the home page as loaded').toEqual([]);
  await page.getByLabel('Colour by', { exact: true }).selectOption('change');
  await settled(page);
  await page.getByLabel('Geographic', { exact: true }).check();
  await settled(page);
  await expect(page.locator('#map svg.gw-map')).toHaveAttribute('data-kind', 'geo');
  await expect(page.locator('#map thead th[data-col="value"]')).toHaveText(/Change in Labour share/);
  // The redrawn map only: the rest of the page is unchanged and was scanned above.
  expect(await axeViolations(page, { include: '#map', exclude: '#map .gw-mapfig__table' }), 'the redrawn map').toEqual(
    [],
  );
});
