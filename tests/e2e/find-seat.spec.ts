// A member finds their seat by name and by postcode from the search box on any page, and no request leaves the site.
import { expect, test } from '@playwright/test';

test('typing a name offers matching seats; choosing one opens its page', async ({ page }) => {
  await page.goto('/seats/');
  const input = page.getByRole('combobox', { name: 'Find a seat' });
  await input.pressSequentially('putn');
  const options = page.getByRole('option');
  await expect(options.first()).toContainText('Putney');
  await expect(page.locator('#site-search-status')).toContainText('found');
  await input.press('ArrowDown');
  await input.press('Enter');
  await expect(page).toHaveURL(/\/seat\/E14001434\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Putney');
});

test('the postcode SW15 1AA gives the old and the new Putney, and says why', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/');
  const input = page.getByRole('combobox', { name: 'Find a seat' });
  await input.pressSequentially('SW15 1AA');
  const result = page.locator('#site-search-result');
  await expect(result).toContainText('Putney');
  await expect(result.locator('.seat-search__reason')).toContainText('SW15 is split between Putney and Richmond Park');
  await expect(result.locator('a[href$="/seat/E14001434/"]').first()).toBeVisible();
  await expect(result.locator('a[href$="/seat/E14000887/"]').first()).toBeVisible();
  await expect(result).toContainText('Office for National Statistics');
  expect(requests.filter((u) => !u.startsWith('http://127.0.0.1:'))).toEqual([]);
  expect(requests.some((u) => u.endsWith('/postcodes/SW.json'))).toBe(true);
});

test('a malformed postcode gets a clear message', async ({ page }) => {
  await page.goto('/');
  const input = page.getByRole('combobox', { name: 'Find a seat' });
  await input.pressSequentially('ZZ99 9ZZ');
  await expect(page.locator('#site-search-result')).toContainText(/not|unknown|no /i);
});
