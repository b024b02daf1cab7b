// A reader opens a seat's permalink: the result, the history and the links are there, with and without JavaScript.
import { expect, test } from '../support/shared-page';

test('Putney 2019 shows a Labour gain from the Conservatives with the vote counts', async ({ sharedPage: page }) => {
  await page.goto('/seat/E14000887/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Putney (2010–2023 boundaries)');
  await expect(page.locator('.lede')).toContainText('2019: Lab gain from Con, Fleur Anderson elected');
  await expect(page.locator('.lede')).toContainText('Swing 6.4 points from Conservative to Labour since 2017');
  const table2019 = page.locator('table', { has: page.locator('caption', { hasText: '2019: Lab gain from Con' }) });
  await expect(table2019.locator('tr', { hasText: 'Labour' })).toContainText('22,780');
  await expect(table2019.locator('tr', { hasText: 'Conservative' })).toContainText('18,006');
  await expect(page.getByRole('img', { name: /Vote share by party in Putney, 2010 to 2019/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Putney' }).last()).toHaveAttribute('href', /\/seat\/E14001434\/$/);
  // The other side of the boundary change: the 2024 successor's notional and 2024 results with its member.
  const after = page.locator('[data-linked="E14001434"]');
  await expect(after).toContainText('2024 seat');
  await expect(after.locator('tr', { hasText: '2024' })).toContainText('Fleur Anderson');
  await expect(after.locator('tr', { hasText: '2019 notional' })).toContainText('Lab');
});

test('one sign convention: the swing table says the same as the lede, in words', async ({ sharedPage: page }) => {
  await page.goto('/seat/E14000887/');
  const row = page
    .locator('table.swing tbody')
    .filter({ hasText: '2019 vs 2017 (top two: Lab and Con)' })
    .locator('tr', { hasText: 'Putney' });
  // Top two (Lab, Con): ((+4.35) - (-8.42)) / 2 = 6.39 points from Con to Lab; Butler agrees here and says it the same way.
  await expect(row.locator('td').nth(0)).toHaveText('6.4 Con → Lab');
  await expect(row.locator('td').nth(1)).toHaveText('6.4 Con → Lab');
  await expect(page.locator('table.swing thead')).toContainText('Butler Con–Lab');
  await expect(page.locator('table.swing')).not.toContainText('−');
});

test('Orkney and Shetland: the swing is framed by its own top two, not Con-Lab', async ({ sharedPage: page }) => {
  await page.goto('/seat/S14000051/');
  // LD +10.24, SNP -16.67: (10.24 + 16.67) / 2 = 13.5 points from SNP to LD (Butler Con-Lab would say 3.8 Lab to Con).
  await expect(page.locator('.lede')).toContainText(
    'Swing 13.5 points from Scottish National Party to Liberal Democrat',
  );
});

test('the 2024 Putney page shows the official notional result beside the estimate', async ({ sharedPage: page }) => {
  await page.goto('/seat/E14001434/');
  const notional = page.locator('table', {
    has: page.locator('caption', { hasText: 'What the 2019 election would have produced' }),
  });
  await expect(notional.locator('tr', { hasText: 'Winner' })).toContainText('Labour');
  const t2024 = page.locator('table', {
    has: page.locator('caption', { hasText: '2024: Lab hold, Fleur Anderson elected' }),
  });
  await expect(t2024.locator('tr', { hasText: 'Conservative' })).toContainText('Lee Roberts');
});

for (const width of [390, 1280]) {
  test(`at ${width} px the 2024 Putney page tells the whole story: 2010-2019 in the old seat and its organiser evidence`, async ({
    sharedPage: page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/seat/E14001434/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Putney (2024 boundaries)');
    const old = page.locator('[data-linked="E14000887"]');
    await expect(old.getByRole('heading', { level: 3 })).toContainText('Putney');
    await expect(old).toContainText('2010–2023 seat');
    await expect(old).toContainText(/\d+\.\d% of this seat's population/);
    for (const year of ['2010', '2015', '2017', '2019'])
      await expect(old.locator('tbody th', { hasText: new RegExp(`^${year}$`) })).toBeVisible();
    await expect(old.locator('tr', { hasText: '2019' })).toContainText('Fleur Anderson');
    await expect(page.getByRole('img', { name: /Vote share by party in Putney, 2010 to 2019/ }).first()).toBeVisible();
    const evidence = page.locator('#evidence');
    await expect(evidence).toContainText('via Putney (2010–2023 seat');
    await expect(evidence).toContainText(/organis/i);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}

test('a name slug reaches the current seat, and its preview names the seat with its card', async ({
  sharedPage: page,
  request,
}) => {
  const html = await (await request.get('/seat/putney/')).text();
  expect(html).toContain('<title>Putney (2024 boundaries): election results and swing · Groundwork</title>');
  expect(html).toMatch(/<meta property="og:image" content="[^"]*\/og\/seat\/E14001434\.png"/);
  await page.goto('/seat/putney/');
  await expect(page).toHaveURL(/\/seat\/E14001434\/$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the seat page still shows results and the chart', async ({ sharedPage: page }) => {
    await page.goto('/seat/E14000887/');
    await expect(page.locator('.lede')).toContainText('Lab gain from Con');
    await expect(page.getByRole('img', { name: /Vote share by party in Putney/ }).first()).toBeVisible();
  });
});
