// A reader opens a seat's permalink: the result, the history and the links are there, with and without JavaScript.
// What the pages say without layout or script (the swing table's wording, Orkney's top two, the 2024 notional table,
// an alias page's title) is read from dist/ by tests/build/seat-page-text.test.ts.
import { expect, test, withoutScripts } from '../support/shared-page';

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

test('a seat page opens the test-your-own-seats tool with the seat listed, one link per election pair', async ({
  sharedPage: page,
}) => {
  await page.goto('/seat/E14000887/');
  const links = page.locator('.compare-links');
  await expect(links).toContainText(
    "Against similar seats: how Putney's Labour share moved beside the other seats of its region, London, and",
  );
  await expect(links.getByRole('link')).toHaveText([
    'test-your-own-seats',
    '2010 → 2015',
    '2015 → 2017',
    '2017 → 2019',
  ]);
  await links.getByRole('link', { name: '2017 → 2019' }).click();
  await expect(page).toHaveURL(/\/compare\/\?pair=2017-2019&outcome=lab&seats=E14000887$/);
  await expect(page.getByRole('heading', { name: 'Your seats (1)' })).toBeVisible();
  await expect(page.getByText('Result for 1 seat.')).toBeVisible();
  await expect(page.getByRole('heading', { name: "Change in Labour's share, 2017 → 2019" }).first()).toBeVisible();
  // A 2024 seat: the notional pair. Chorley: no 2017 → 2019 link, as the Speaker stood there in 2019.
  await page.goto('/seat/E14001434/');
  await expect(page.locator('.compare-links').getByRole('link').last()).toHaveText('2019 (notional) → 2024');
  await page.goto('/seat/E14000637/');
  await expect(page.locator('.compare-links').getByRole('link')).toHaveText([
    'test-your-own-seats',
    '2010 → 2015',
    '2015 → 2017',
  ]);
});

test('at 390 px a party swatch stays on the line of its name (Beaconsfield 2024, a narrow results table)', async ({
  sharedPage: page,
}) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto('/seat/E14001082/');
  const lines = await page
    .locator('table.seat-results .swatch-word')
    .evaluateAll((els) => els.map((e) => [e.textContent, e.getClientRects().length] as const));
  expect(lines.length).toBeGreaterThan(10);
  expect(lines.filter(([, n]) => n !== 1)).toEqual([]);
  await expect(page.locator('table.seat-results tr', { hasText: 'Liberal Democrat' }).first()).toContainText(
    '+27.3 (new)',
  );
});

test('every party swatch stands out from the page at 3:1 or more, light and dark (North Antrim 2024: TUV navy)', async ({
  sharedPage: page,
}) => {
  await page.goto('/seat/N05000012/');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    // Each swatch's edge and the page as drawn (a canvas resolves any CSS colour), and their contrast ratio.
    const ratios = await page.locator('table.seat-results i.swatch').evaluateAll((els) => {
      const g = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
      const rgb = (colour: string) => {
        g.fillStyle = getComputedStyle(document.body).backgroundColor;
        g.fillRect(0, 0, 1, 1);
        g.fillStyle = colour;
        g.fillRect(0, 0, 1, 1);
        return [...g.getImageData(0, 0, 1, 1).data].slice(0, 3);
      };
      const lum = (c: number[]) =>
        c
          .map((v) => v / 255)
          .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
          .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i]!, 0);
      const page = lum(rgb(getComputedStyle(document.body).backgroundColor));
      return els.map((e) => {
        const edge = lum(rgb(getComputedStyle(e).borderTopColor));
        return [e.className, (Math.max(edge, page) + 0.05) / (Math.min(edge, page) + 0.05)] as const;
      });
    });
    expect(ratios.map(([c]) => c)).toContain('swatch p-tuv');
    expect(ratios.filter(([, r]) => r < 3)).toEqual([]);
  }
});

// Seats whose tables were wider than a 390 px screen: Ellesmere Port's swing table ("14.3 Con → Lab" kept on one
// line), Ashford's 2024 results (by 3 px) and Maldon's successor table (a swing line kept whole).
for (const [code, name] of [
  ['E14001222', 'Ellesmere Port and Bromborough'],
  ['E14001069', 'Ashford'],
  ['E14000628', 'Maldon'],
] as const) {
  test(`at 390 px no table of ${name}'s page scrolls sideways; a swing breaks only after its points`, async ({
    sharedPage: page,
  }) => {
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto(`/seat/${code}/`);
    const boxes = await page
      .locator('.table-scroll')
      .evaluateAll((els) =>
        els.map((e) => `${e.getAttribute('aria-label')}: ${e.scrollWidth > e.clientWidth ? 'scrolls' : 'fits'}`),
      );
    expect(boxes.length).toBeGreaterThan(2);
    expect(boxes.filter((b) => b.endsWith('scrolls'))).toEqual([]);
    // Each swing cell is on one or two lines: the points, then the parties whole.
    const cells = await page.locator('table.swing td').evaluateAll((els) =>
      els.map((e) => {
        const range = document.createRange();
        range.selectNodeContents(e);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        return [e.textContent, tops.size] as const;
      }),
    );
    expect(cells.length).toBeGreaterThan(2);
    expect(cells.filter(([, lines]) => lines > 2)).toEqual([]);
  });
}

test('a name slug reaches the current seat', async ({ sharedPage: page }) => {
  // Its title and card are read from dist/ (tests/build/seat-page-text.test.ts, page-titles.test.ts).
  await page.goto('/seat/putney/');
  await expect(page).toHaveURL(/\/seat\/E14001434\/$/);
});

withoutScripts('without JavaScript', () => {
  test('the seat page still shows results and the chart', async ({ sharedPage: page }) => {
    await page.goto('/seat/E14000887/');
    await expect(page.locator('.lede')).toContainText('Lab gain from Con');
    await expect(page.getByRole('img', { name: /Vote share by party in Putney/ }).first()).toBeVisible();
  });
});
