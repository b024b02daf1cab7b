// A reader opens the claim checks: the claim and its source, the computed figures beside it, the verdict, the chart,
// the CSV. What the index and the Yorkshire page's headline comparison say is read from dist/
// (tests/build/claim-pages-text.test.ts); the claim pages' axe scans are in pages.spec.ts.
import { expect, test } from '../support/shared-page';

test('the Yorkshire claim page shows the claim, the figures in both senses of swing and a verdict', async ({
  sharedPage: page,
}) => {
  await page.goto('/claims/yorkshire-organisers/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('3% against over 10%');
  await expect(page.locator('blockquote').first()).toContainText(
    'In Yorkshire, the swing away from Labour in seats where community organisers operated was 3% compared to a regional swing of over 10%.',
  );
  await expect(
    page.getByRole('link', { name: 'Tribune, “In Defence of Community Organising”, February 2020' }),
  ).toHaveAttribute('href', 'https://tribunemag.co.uk/2020/02/in-defence-of-community-organising');
  const figures = page.locator('table.figures');
  await expect(figures.locator('tr', { hasText: "Organiser seats: fall in Labour's share" })).toContainText(
    '3.3 points (2 seats); 6.1 points (3 seats)',
  );
  await expect(figures.locator('tr', { hasText: "Yorkshire and the Humber: fall in Labour's share" })).toContainText(
    '10.1 points',
  );
  await expect(figures.locator('tr', { hasText: 'Yorkshire and the Humber: Butler swing' })).toContainText(
    '6.4 points',
  );
  await expect(page.getByRole('heading', { name: /^Verdict:/ })).toContainText(
    'Right on one narrow reading, but not evidence of an effect',
  );
  await expect(page.getByRole('img', { name: /organiser seats and other seats, 2017 → 2019/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Placebo check' })).toBeVisible();
  await expect(page.locator('#content')).toContainText('Calder Valley');
});

test('the figures behind a claim page download as CSV', async ({ sharedPage: page }) => {
  const res = await page.request.get('/claims/yorkshire-organisers.csv');
  expect(res.ok()).toBe(true);
  const text = await res.text();
  expect(text.split('\n')[0]).toBe(
    '\ufeffclaim,section,comparison,pair,outcome,measure,n,estimate,ci_low,ci_high,p_value,text',
  );
  expect(text).toContain('yorkshire-organisers,figure,');
  expect(text).toContain('placebo');
});

test('Putney: the only gain, with the comparison and what one seat cannot show', async ({ sharedPage: page }) => {
  await page.goto('/claims/putney/');
  await expect(page.locator('table.figures tr', { hasText: 'Labour gains in 2019' })).toContainText(
    '1: Putney (from Con)',
  );
  await expect(page.getByRole('heading', { name: 'What this cannot show' })).toBeVisible();
  await expect(page.locator('#content')).toContainText('One seat is an example, not evidence of a pattern.');
});

test('Putney: the headline under the earlier matching rule, and without the seats of places linked to the unit', async ({
  sharedPage: page,
}) => {
  await page.goto('/claims/putney/');
  for (const [note, words] of [
    [
      '.rule-note',
      "Under the earlier rule the headline comparison's gap in Labour's share is 9.7 points better for Labour (against Cities of London and Westminster, Battersea, and Kensington); under the current rule it is 15.6 points better for Labour (against Cities of London and Westminster).",
    ],
    [
      '.place-note',
      "The headline comparison's one matched seat, Cities of London and Westminster, is one of them, so the headline rests on a seat the unit may also have reached. Without them Putney has no matched seat.",
    ],
  ]) {
    await expect(page.locator(note!)).toBeVisible();
    await expect(page.locator(note!)).toContainText(words!);
  }
  const csv = await (await page.request.get('/claims/putney.csv')).text();
  const row = (rest: string) => `putney,${rest.replace('…', 'Putney,2017 → 2019,change:lab')}`;
  expect(csv).toContain(
    row('rule-sensitivity,…,"Against matched seats, rule before 7 December 2026 (same nation only)",1,9.662,'),
  );
  expect(csv).toContain(row('linked-places,…,"Against matched seats, as published",1,15.583,'));
  expect(csv).toMatch(
    /putney,linked-places,Putney,2017 → 2019,change:lab,"Against matched seats, without the 22 seats of linked places \(Stoke, [^"]+\)",0,,,,,no seat could be matched/,
  );
});

test('a claim comparison opens on the test-your-own-seats page with the same numbers', async ({ sharedPage: page }) => {
  await page.goto('/claims/yorkshire-organisers/');
  const block = page.locator('section.comparison').first();
  const claimNumbers = await block.locator('table').first().locator('td').allTextContents();
  await block.getByRole('link', { name: 'Run this comparison yourself' }).click();
  await expect(page.locator('#cmp-status')).toHaveText('Result for 2 seats.');
  expect(await page.locator('#cmp-output table').first().locator('td').allTextContents()).toEqual(claimNumbers);
});

test('a matched comparison on a claim page shows its balance table and the seats kept out of the pools', async ({
  sharedPage: page,
}) => {
  await page.goto('/claims/organiser-seats/');
  const headline = page.locator('.outcome.headline');
  await expect(headline).toHaveCount(1);
  await expect(headline.locator('.role-headline')).toHaveText('Headline comparison');
  const balance = headline.locator('table.balance');
  await expect(balance.locator('caption')).toContainText(
    'Balance: how similar the matched seats are to the chosen seats (15 seats), each matched seat won by the same party as its chosen seat',
  );
  await expect(balance.locator('tbody tr')).toHaveCount(4);
  await expect(balance.locator('tbody tr').first()).toContainText('previous margin (signed)');
  const excluded = page.locator('section.comparison').first().locator('details.excluded');
  await expect(excluded.locator('summary')).toContainText('seats of cited seat sets kept out of the comparison seats');
  await excluded.locator('summary').click();
  await expect(excluded).toContainText('Finchley and Golders Green');
  await expect(page.locator('.role-exploratory').first()).toHaveText('Exploratory');
});
