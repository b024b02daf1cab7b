// A reader opens a seat's permalink: the result, the history and the links are there, with and without JavaScript.
import { expect, test } from '@playwright/test';

test('Putney 2019 shows a Labour gain from the Conservatives with the vote counts', async ({ page }) => {
  await page.goto('/seat/E14000887/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Putney');
  await expect(page.locator('.lede')).toContainText('2019: Lab gain from Con');
  const table2019 = page.locator('table', { has: page.locator('caption', { hasText: '2019: Lab gain from Con' }) });
  await expect(table2019.locator('tr', { hasText: 'Labour' })).toContainText('22,780');
  await expect(table2019.locator('tr', { hasText: 'Conservative' })).toContainText('18,006');
  await expect(page.getByRole('img', { name: /Vote share by party in Putney/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Putney' }).last()).toHaveAttribute('href', /\/seat\/E14001434\/$/);
});

test('the 2024 Putney page shows the official notional result beside the estimate', async ({ page }) => {
  await page.goto('/seat/E14001434/');
  const notional = page.locator('table', { has: page.locator('caption', { hasText: 'What the 2019 election would have produced' }) });
  await expect(notional.locator('tr', { hasText: 'Winner' })).toContainText('Labour');
  await expect(page.getByText('Formed from (2010–2023 seats)')).toBeVisible();
});

test('a name slug reaches the current seat', async ({ page }) => {
  await page.goto('/seat/putney/');
  await expect(page).toHaveURL(/\/seat\/E14001434\/$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the seat page still shows results and the chart', async ({ page }) => {
    await page.goto('/seat/E14000887/');
    await expect(page.locator('.lede')).toContainText('Lab gain from Con');
    await expect(page.getByRole('img', { name: /Vote share by party in Putney/ }).first()).toBeVisible();
  });
});
