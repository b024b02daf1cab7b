// A reader builds a seat list on /compare/ by name, region and pasted codes, sees the result, reloads the permalink
// and gets the same numbers; pasted junk is listed back, never run and never dropped silently.
import { readFileSync } from 'node:fs';
import { expect, test, withoutScripts } from '../support/shared-page';
import { axeViolations } from '../support/axe';
import type { Page } from '@playwright/test';

/** Opens /compare/ with `query` and waits for the result for `n` seats. */
async function openCompare(page: Page, query: string, n: number): Promise<void> {
  await page.goto(`/compare/${query}`);
  await expect(page.locator('#cmp-status')).toHaveText(`Result for ${n} ${n === 1 ? 'seat' : 'seats'}.`);
}

/** Types an entry in the seat box and presses Enter, as a reader adding one seat does. */
async function typeSeat(page: Page, text: string): Promise<void> {
  const name = page.getByLabel('Seat name, ONS code or postcode');
  await name.fill(text);
  await name.press('Enter');
}

test('names, a region and a pasted list with junk: result, report, and the same numbers after reload', async ({
  sharedPage: page,
}) => {
  await page.goto('/compare/');
  await typeSeat(page, 'Calder Valley');
  await expect(page.locator('#cmp-seats li')).toHaveCount(1);
  await page.getByLabel('Seat name, ONS code or postcode').fill('shipley');
  await page.getByRole('button', { name: 'Add seat' }).click();
  await expect(page.locator('#cmp-seats li')).toHaveCount(2);

  await page.getByLabel('Every seat in a region').selectOption({ label: 'North East' });
  await page.getByRole('button', { name: 'Add region' }).click();
  await expect(page.locator('#cmp-count')).toHaveText('31');

  await page
    .getByLabel('Paste a list')
    .fill('E14000887\nE14001434\n<script>window.__pwned = 1</script>\nBirmingham\ne14000887\n\n');
  await page.getByRole('button', { name: 'Add listed seats' }).click();
  const report = page.locator('#cmp-report');
  await expect(report).toContainText('1 seat added. 4 entries were not used:');
  await expect(report).toContainText(
    '“E14001434”: Putney (E14001434) is a seat on the 2024 boundaries, but this election pair uses the 2010–2023 boundaries. Not added.',
  );
  await expect(report).toContainText(
    '“<script>window.__pwned = 1</script>” is not a seat name, ONS code or postcode. Not added.',
  );
  await expect(report).toContainText('“Birmingham” matches 9 seats (Birmingham, Edgbaston; Birmingham, Erdington;');
  await expect(report.getByRole('button', { name: 'Add Birmingham, Edgbaston' })).toBeVisible();
  await expect(report).toContainText('“e14000887”: Putney is listed more than once; it is used once.');
  await expect(report.locator('script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  await expect(page.locator('#cmp-count')).toHaveText('32');
  await expect(page.locator('#cmp-status')).toHaveText('Result for 32 seats.');
  const sentence = await page.locator('#cmp-sentence').textContent();
  expect(sentence).toMatch(/^In the 32 chosen seats, Labour's share fell by \d+\.\d points on average/);
  const numbers = await page.locator('#cmp-output table').first().locator('td').allTextContents();
  expect(page.url()).toContain('pair=2017-2019&outcome=lab&seats=E14000');

  await page.reload();
  await expect(page.locator('#cmp-status')).toHaveText('Result for 32 seats.');
  expect(await page.locator('#cmp-sentence').textContent()).toBe(sentence);
  expect(await page.locator('#cmp-output table').first().locator('td').allTextContents()).toEqual(numbers);
  await expect(page.getByRole('img', { name: /in your seats and comparison seats, 2017 → 2019/ })).toBeVisible();
  await expect(page.locator('#cmp-nojs')).toBeHidden();
});

test('a permalink with junk and a seat of the other boundaries reports both', async ({ sharedPage: page }) => {
  await openCompare(page, '?pair=2017-2019&outcome=swing&seats=E14000614,E14001434,NOTACODE', 1);
  await expect(page.locator('#cmp-report')).toContainText('Putney (E14001434) is a seat on the 2024 boundaries');
  await expect(page.locator('#cmp-report')).toContainText(
    '“NOTACODE” is not a seat name, ONS code or postcode. Not added.',
  );
  await expect(page.getByLabel('Measure')).toHaveValue('swing');
  // The chart says which way its axis runs, as the sentence beside it does in words.
  const axis = await page
    .locator('#cmp-output svg text.axis-label')
    .evaluateAll((ts) => ts.map((t) => t.textContent).join(' '));
  expect(axis).toBe('Butler swing between Labour and the Conservatives (points; positive = towards the Conservatives)');
});

test('a preset set gives the claim page numbers, and the result downloads as CSV', async ({ sharedPage: page }) => {
  await openCompare(page, '?set=cou-2019', 15);
  // 15 seats is not under the small-set mark (14), so the sentence carries none.
  await expect(page.locator('#cmp-sentence')).toContainText(
    "In the 15 chosen seats, Labour's share fell by 6.7 points on average",
  );
  const download = page.waitForEvent('download');
  await page.locator('#cmp-csv').click();
  const file = await (await download).path();
  const csv = readFileSync(file!, 'utf8');
  expect(csv.split('\n')[0]).toBe(
    '\ufeffcomparison,elections,outcome,row_type,measure,ons_code,constituency,region,value_pts,n,ci_low,ci_high,p_value,matched_to,seed,data_version',
  );
  expect(csv).toContain('chosen-seat,,E14000614,Calder Valley,Yorkshire and the Humber');
  expect(csv).toContain('placebo,2015 → 2017');
});

test('/compare/ with a result has no axe violations', async ({ sharedPage: page }) => {
  test.setTimeout(120_000);
  await openCompare(page, '?pair=2017-2019&outcome=lab&seats=E14000614,E14000925,E14000887', 3);
  expect(await axeViolations(page)).toEqual([]);
});

withoutScripts('without JavaScript', () => {
  test('the page says the tool needs JavaScript and links to the claim checks', async ({ sharedPage: page }) => {
    await page.goto('/compare/');
    await expect(page.getByText('This tool needs JavaScript')).toBeVisible();
    await expect(page.locator('#cmp-nojs a[href$="/claims/yorkshire-organisers/"]')).toBeVisible();
    await expect(page.locator('#cmp-app')).toBeHidden();
  });
});

test('/compare/ with 2 seats shows no interval and says why, each seat instead', async ({ sharedPage: page }) => {
  await openCompare(page, '?pair=2017-2019&outcome=lab&seats=E14000614,E14000925', 2);
  await expect(page.locator('#cmp-sentence')).toContainText(
    'With 2 seats there is no interval or p-value: an interval from 4 seats or fewer would rest wholly on an assumed spread of seats, which so few cannot check, so each seat is shown instead.',
  );
  const intervals = await page.locator('#cmp-output table').first().locator('td:nth-child(4)').allTextContents();
  expect(intervals.every((t) => t === '–')).toBe(true);
  const ps = await page.locator('#cmp-output table').first().locator('td:nth-child(5)').allTextContents();
  expect(ps.every((t) => t === '–')).toBe(true);
  await expect(page.locator('#cmp-seat-values li')).toHaveText(['Calder Valley: −3.2', 'Shipley: −3.3']);
});

test('/compare/ lists each seat of a swing with its direction, as the sentence gives it', async ({
  sharedPage: page,
}) => {
  await openCompare(page, '?pair=2017-2019&outcome=swing&seats=E14000614,E14000925', 2);
  await expect(page.locator('#cmp-seat-values li')).toHaveText(['Calder Valley: 4.5 to Con', 'Shipley: 1.4 to Con']);
});

test('/compare/ keeps seats of cited sets out of the comparison seats, lists them, and has a switch to include them', async ({
  sharedPage: page,
}) => {
  await openCompare(page, '?pair=2017-2019&outcome=lab&seats=E14000614,E14000925,E14000887,E14000876,E14000808', 5);
  const excluded = page.locator('details#cmp-excluded');
  await expect(excluded.locator('summary')).toContainText('seats of cited seat sets kept out of the comparison seats');
  await excluded.locator('summary').click();
  await expect(excluded).toContainText('Finchley and Golders Green (utr-2019)');
  await expect(page.locator('#cmp-balance tbody tr')).toHaveCount(4);
  await page.getByLabel('Include seats of cited sets among the comparison seats').check();
  await expect(page.locator('p#cmp-excluded')).toHaveText(
    'Seats of cited seat sets are included among the comparison seats.',
  );
  // The switch changes the numbers, so the address and the result's permalink carry it: a reload gives the same result.
  await expect(page).toHaveURL(/[?&]include=cited(&|$)/);
  await expect(page.locator('#cmp-output')).toContainText('include=cited');
  const words = await page.locator('#cmp-output p').first().textContent();
  await page.reload();
  await expect(page.getByLabel('Include seats of cited sets among the comparison seats')).toBeChecked();
  await expect(page.locator('p#cmp-excluded')).toHaveText(
    'Seats of cited seat sets are included among the comparison seats.',
  );
  await expect(page.locator('#cmp-output p').first()).toHaveText(words!);
});

test("/compare/ can leave out the seats of places linked to a set as well, giving the organiser claim's figure without them", async ({
  sharedPage: page,
}) => {
  // The organiser seats' claim check, its linked-places row: without those 22 seats, 14 seats matched, -0.075.
  await openCompare(page, '?set=cou-2019&pair=2017-2019&outcome=swing', 15);
  const box = page.getByLabel('Also leave out the seats of places linked to a set without a named seat');
  await expect(box).not.toBeChecked();
  await box.check();
  await expect(page).toHaveURL(/[?&]leave=linked(&|$)/);
  const ticked = page.url();
  // The claim page's own link opens the same comparison.
  await page.goto('/claims/organiser-seats/');
  await page.locator('.place-note').getByRole('link', { name: 'Run it without them yourself' }).click();
  await expect(page.locator('#cmp-status')).toHaveText('Result for 15 seats.');
  expect(new URL(page.url()).search.split('&').sort()).toEqual(new URL(ticked).search.split('&').sort());
  await expect(box).toBeChecked();
  const excluded = page.locator('details#cmp-excluded');
  await expect(excluded.locator('summary')).toContainText('seats of cited seat sets or of places linked to them');
  await excluded.locator('summary').click();
  await expect(excluded).toContainText('Cities of London and Westminster (cou-2019, place: Westminster)');
  const matched = page.locator('#cmp-output tr', { hasText: 'Difference from the matched seats' }).first();
  await expect(matched.locator('td').first()).toHaveText('14');
  await expect(matched).toContainText('−0.1');
  await page.reload();
  await expect(box).toBeChecked();
  await expect(matched.locator('td').first()).toHaveText('14');
});

test("a cell the measure's calibration missed: the average has no interval, the seats are listed, the reason given", async ({
  sharedPage: page,
}) => {
  // 13 seats across regions, Labour's change 2010 -> 2015: the calibration's cell for such sets held 91.5%.
  const cal = JSON.parse(readFileSync('data/calibration.json', 'utf8')) as {
    rows: { pair: string; mode: string; size: number; against: string; coverage: number }[];
  };
  const cell = cal.rows.find(
    (r) => r.pair === '2010-2015' && r.mode === 'across regions' && r.size === 13 && r.against === 'average',
  )!;
  expect(cell.coverage, 'the cell this test needs is no longer off target').toBeLessThan(0.93);
  await page.goto(
    '/compare/?pair=2010-2015&outcome=lab&seats=E14000554,E14000532,E14000541,E14000533,E14000531,E14000544,E14000540,E14000530,E14000584,S14000001,W07000049,E14000569,E14000537',
  );
  await expect(page.locator('#cmp-status')).toHaveText('Result for 13 seats.');
  await expect(page.locator('#cmp-output')).toContainText(
    `There is no interval for the average: on random sets of 13 seats for this measure in 2010 → 2015, the 95% interval held the average of all the seats ${(cell.coverage * 100).toFixed(1)}% of the time (target 93.0% to 97.0%), so sets of 13 to 29 seats get none; each seat is shown instead.`,
  );
});

test.describe('at 390 px, the organiser seats compared', () => {
  test.beforeEach(async ({ sharedPage: page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openCompare(page, '?set=cou-2019', 15);
  });

  test('the seat list is one column that scrolls down, with no seat out of sight to the side', async ({
    sharedPage: page,
  }) => {
    const list = page.locator('#cmp-seats');
    const { scrollWidth, clientWidth } = await list.evaluate((e) => ({
      scrollWidth: e.scrollWidth,
      clientWidth: e.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    // Scrolled to its end, the box shows its last seat inside its own edges.
    await list.evaluate((e) => (e.scrollTop = e.scrollHeight));
    const box = (await list.boundingBox())!;
    const last = (await list.locator('li').last().boundingBox())!;
    expect(last.x + last.width).toBeLessThanOrEqual(box.x + box.width + 1);
    expect(last.y).toBeGreaterThanOrEqual(box.y);
    expect(last.y + last.height).toBeLessThanOrEqual(box.y + box.height + 1);
  });

  test('the result tables are cards that fit the screen, each figure under its heading', async ({
    sharedPage: page,
  }) => {
    const boxes = await page
      .locator('#cmp-output .table-scroll')
      .evaluateAll((els) =>
        els.map((e) => `${e.getAttribute('aria-label')}: ${e.scrollWidth > e.clientWidth ? 'scrolls' : 'fits'}`),
      );
    expect(boxes).toHaveLength(2);
    expect(boxes.filter((b) => b.endsWith('scrolls'))).toEqual([]);
    const matched = page.locator('#cmp-output tr', { hasText: 'Difference from the matched seats' });
    const p = matched.locator('td').last();
    await p.scrollIntoViewIfNeeded();
    await expect(p).toHaveText('0.17');
    expect(await p.evaluate((e) => getComputedStyle(e, '::before').content)).toBe('"p-value"');
    const box = (await p.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  });
});

test('at 390 px, every control of the form is at least 36 px tall, and the include box sits beside its label', async ({
  sharedPage: page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/compare/');
  await expect(page.locator('#cmp-form fieldset').first()).toBeEnabled();
  const controls = page.locator('#cmp-form :is(button, select, input[type="text"])');
  expect(await controls.count()).toBe(9);
  for (const c of await controls.all())
    expect((await c.boundingBox())!.height, await c.evaluate((e) => e.id)).toBeGreaterThanOrEqual(36);
  const box = (await page.locator('#cmp-include-cited').boundingBox())!;
  const label = (await page.locator('label[for="cmp-include-cited"]').boundingBox())!;
  expect(label.x).toBeGreaterThan(box.x + box.width);
  expect(Math.abs(label.y - box.y)).toBeLessThan(8);
});

test('by keyboard: removing a seat leaves focus on the next Remove button, Remove all on the name field; passing over a pair on other boundaries sets seats aside and brings them back', async ({
  sharedPage: page,
}) => {
  await openCompare(page, '?pair=2017-2019&outcome=lab&seats=E14000887,E14000549,E14000540', 3);
  const remove = (name: string) => page.getByRole('button', { name: `Remove ${name}` });
  await remove('Battersea').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#cmp-report')).toHaveText('Removed Battersea.');
  // Barking, Putney: Battersea sat between them, so focus is on the Remove button now in its place.
  await expect(remove('Putney')).toBeFocused();

  const pair = page.getByLabel('Elections');
  await pair.focus();
  const options = await pair.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  const at = options.indexOf('2017-2019');
  const to2024 = options.indexOf('2019N-2024');
  const key = to2024 > at ? 'ArrowDown' : 'ArrowUp';
  const back = to2024 > at ? 'ArrowUp' : 'ArrowDown';
  for (let i = at; i !== to2024; i += to2024 > at ? 1 : -1) await page.keyboard.press(key);
  await expect(page.locator('#cmp-report')).toContainText('2 seats are not on the 2024 boundaries and were set aside');
  await expect(page.locator('#cmp-count')).toHaveText('0');
  for (let i = to2024; i !== at; i += to2024 > at ? -1 : 1) await page.keyboard.press(back);
  await expect(pair).toHaveValue('2017-2019');
  await expect(page.locator('#cmp-report')).toContainText('2 seats set aside earlier are back in your list.');
  await expect(page.locator('#cmp-seats li')).toHaveText([/^Barking/, /^Putney/]);

  await page.getByRole('button', { name: 'Remove all' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#cmp-count')).toHaveText('0');
  await expect(page.getByLabel('Seat name, ONS code or postcode')).toBeFocused();
});

test('the status says how many of the seats the result speaks for; with none, there is no table, chart or CSV', async ({
  sharedPage: page,
}) => {
  // Buckingham (the Speaker's seat in 2017) is one of the 60 pact seats: the result is for 59.
  await page.goto('/compare/?set=utr-2019');
  await expect(page.locator('#cmp-status')).toHaveText('Result for 59 of your 60 seats (1 left out: why is below).');
  // The chart shows the 46 pact seats that have matched seats as a group beside their matched seats.
  await expect(page.locator('#cmp-output figure figcaption')).toContainText(
    'sits beside your 46 seats with matched seats (the gap speaks for those)',
  );
  // Northern Ireland seats have no Labour-Conservative swing.
  await page.goto('/compare/?pair=2017-2019&outcome=swing&seats=N06000001,N06000002,N06000003');
  await expect(page.locator('#cmp-status')).toHaveText(
    'No result: none of your 3 seats has a figure for this measure at these elections (why is below).',
  );
  await expect(page.locator('#cmp-sentence')).toContainText('No comparison is possible: none of the 3 chosen seats');
  await expect(page.locator('#cmp-output table, #cmp-output figure, #cmp-csv')).toHaveCount(0);
});

test("a party's measure is offered only for the pair its name belongs to, and says so when asked for another", async ({
  sharedPage: page,
}) => {
  // Barnsley North had the Brexit Party at 30.1% in 2019; it had been left out as 'The party did not stand'.
  const why = 'The Brexit Party stood at one general election, 2019 (as Reform UK in 2024)';
  await page.goto('/compare/?pair=2019N-2024&outcome=brexit&seats=E14001074,E14001075');
  await expect(page.locator('#cmp-status')).toHaveText(
    `${why}, so its change is for 2017 → 2019 only: choose another measure or pair of elections.`,
  );
  await expect(page.locator('#cmp-output')).toBeEmpty();
  await expect(page.locator('#cmp-outcome option[value="brexit"]')).toBeDisabled();
  await expect(page.locator('#cmp-outcome option[value="reform"]')).toBeEnabled();
  await page.getByLabel('Measure').selectOption('reform');
  await expect(page.locator('#cmp-status')).toHaveText('Result for 2 seats.');
});

test('choosing a suggested seat moves focus to the message that replaces the button', async ({ sharedPage: page }) => {
  await page.goto('/compare/');
  await typeSeat(page, 'Birmingham');
  const suggestion = page.getByRole('button', { name: 'Add Birmingham, Edgbaston' });
  await suggestion.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#cmp-report p')).toHaveText('Added Birmingham, Edgbaston.');
  await expect(page.locator('#cmp-report p')).toBeFocused();
});

test("the paste box's focus ring is the site's 3 px one", async ({ sharedPage: page }) => {
  await page.goto('/compare/');
  const box = page.locator('#cmp-paste');
  await box.focus();
  expect(await box.evaluate((e) => getComputedStyle(e).outlineWidth)).toBe('3px');
});

test('with linked places left out, a pair and measure no calibration ran that way says what its intervals rest on', async ({
  sharedPage: page,
}) => {
  const seats = 'E14000572,E14000575,E14000607,E14000614,E14000653';
  await page.goto(`/compare/?pair=2015-2017&outcome=con&seats=${seats}&leave=linked`);
  await expect(page.locator('#cmp-status')).toHaveText('Result for 5 seats.');
  await expect(page.locator('#cmp-linked-note')).toContainText(
    'intervals with them left out were checked on random sets drawn that way only for 2017 → 2019',
  );
  await page.goto(`/compare/?pair=2017-2019&outcome=swing&seats=${seats}&leave=linked`);
  await expect(page.locator('#cmp-status')).toHaveText('Result for 5 seats.');
  await expect(page.locator('#cmp-linked-note')).toHaveCount(0);
});

test("Back undoes each change to the list and Forward redoes it; a cited set that replaced the reader's seats says so", async ({
  sharedPage: page,
}) => {
  await openCompare(page, '?pair=2017-2019&outcome=lab&seats=E14000887,E14000549', 2);
  await typeSeat(page, 'Calder Valley');
  await expect(page.locator('#cmp-status')).toHaveText('Result for 3 seats.');
  await page.getByRole('button', { name: 'Remove Putney' }).click();
  await expect(page.locator('#cmp-status')).toHaveText('Result for 2 seats.');
  await page.getByLabel('Measure').selectOption('swing');
  await expect(page).toHaveURL(/outcome=swing/);
  const seats = page.locator('#cmp-seats li');

  await page.goBack();
  await expect(page.getByLabel('Measure')).toHaveValue('lab');
  await expect(seats).toHaveText([/^Battersea/, /^Calder Valley/]);
  await expect(page.locator('#cmp-report')).toHaveText('Your list as it was: 2 seats.');
  await page.goBack();
  await expect(seats).toHaveText([/^Battersea/, /^Calder Valley/, /^Putney/]);
  await expect(page.locator('#cmp-status')).toHaveText('Result for 3 seats.');
  await page.goBack();
  await expect(seats).toHaveText([/^Battersea/, /^Putney/]);
  await expect(page).toHaveURL(/seats=E14000549,E14000887$/);
  await page.goForward();
  await expect(seats).toHaveCount(3);

  await page.getByLabel('A cited seat set').selectOption('utr-2019');
  await page.getByRole('button', { name: 'Use this set' }).click();
  // The set is cited for its own measure, which replaces the reader's, and the report says so.
  await expect(page.locator('#cmp-report')).toContainText(
    "It set the measure to “Change in the combined Liberal Democrat, Green and Plaid Cymru share”, as the set is cited for them. It replaced your 3 seats: the browser's Back button brings them back.",
  );
  await expect(page.locator('#cmp-count')).toHaveText('60');
  await page.goBack();
  await expect(seats).toHaveText([/^Battersea/, /^Calder Valley/, /^Putney/]);
  await expect(page.getByLabel('Measure')).toHaveValue('lab');
});

test('seats set aside when the boundaries changed come back after a reload of the tab', async ({
  sharedPage: page,
}) => {
  await openCompare(page, '?pair=2017-2019&outcome=lab&seats=E14000887,E14000549', 2);
  await page.getByLabel('Elections').selectOption('2019N-2024');
  await expect(page.locator('#cmp-report')).toContainText('2 seats are not on the 2024 boundaries and were set aside');
  await page.reload();
  await expect(page.locator('#cmp-status')).toHaveText('Add at least one seat to see a result.');
  await page.getByLabel('Elections').selectOption('2017-2019');
  await expect(page.locator('#cmp-report')).toContainText('2 seats set aside earlier are back in your list.');
  await expect(page.locator('#cmp-seats li')).toHaveText([/^Battersea/, /^Putney/]);
});

test('a postcode in the seat box adds the seat it is in on the pair’s boundaries; a pasted district split between seats offers each', async ({
  sharedPage: page,
}) => {
  await page.goto('/compare/');
  await typeSeat(page, 'sw15 1aa');
  await expect(page.locator('#cmp-report')).toContainText(
    '“sw15 1aa”: added Putney (E14000887), the seat SW15 1AA is in on the 2010–2023 boundaries.',
  );
  await expect(page.locator('#cmp-seats li')).toHaveText([/^Putney \(E14000887\)/]);

  await page.getByLabel('Elections').selectOption('2019N-2024');
  await page.getByLabel('Paste a list').fill('SW15 1AA\nLS18 4EL\nSW17\nSW15 1ZZ');
  await page.getByRole('button', { name: 'Add listed seats' }).click();
  const report = page.locator('#cmp-report');
  await expect(report).toContainText('2 seats added. 2 entries were not used:');
  await expect(report).toContainText('“LS18 4EL”: added Leeds Central and Headingley (E14001319)');
  await expect(report).toContainText(
    '“SW17”: SW17 is split between Tooting (91%), Mitcham and Morden (7%), and Wimbledon (2%)',
  );
  await expect(report).toContainText('“SW15 1ZZ”: SW15 1ZZ is not a live postcode');
  await expect(report.getByRole('button', { name: /^Add Tooting/ })).toBeVisible();
  await expect(page.locator('#cmp-seats li')).toHaveText([/^Leeds Central and Headingley/, /^Putney \(E14001434\)/]);
});

test('a seat box entry that names no seat stays in the box, marked invalid and tied to the reason, until edited', async ({
  sharedPage: page,
}) => {
  await openCompare(page, '?pair=2017-2019&outcome=lab&seats=E14000887', 1);
  const box = page.getByLabel('Seat name, ONS code or postcode');
  await typeSeat(page, 'Nowhereville');
  await expect(page.locator('#cmp-report')).toContainText('“Nowhereville” is not a seat name');
  await expect(box).toHaveValue('Nowhereville');
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(box).toHaveAccessibleDescription(/“Nowhereville” is not a seat name/);
  await box.press('Backspace');
  await expect(box).not.toHaveAttribute('aria-invalid', 'true');
  // A seat already in the list is not an error: the box empties as after any seat.
  await typeSeat(page, 'Putney');
  await expect(page.locator('#cmp-report')).toContainText('Putney');
  await expect(box).toHaveValue('');
  await expect(box).not.toHaveAttribute('aria-invalid', 'true');
});

test('against other seats the sentence gives only the chosen seats that can be compared, and says when none can', async ({
  sharedPage: page,
}) => {
  // 28 of the 29 North East seats (one other seat left there: too few to compare with), then with 2 London seats.
  const northEast =
    'E14000554,E14000569,E14000574,E14000575,E14000641,E14000658,E14000677,E14000709,E14000733,E14000746,E14000754,E14000765,E14000819,E14000820,E14000831,E14000832,E14000833,E14000840,E14000853,E14000856,E14000891,E14000915,E14000944,E14000970,E14000971,E14000982,E14001006,E14001014';
  await openCompare(page, `?pair=2017-2019&outcome=lab&seats=${northEast}`, 28);
  await expect(page.locator('#cmp-sentence')).toContainText(
    'with too few other seats in the same regions to compare against (a region needs at least two)',
  );
  await openCompare(page, `?pair=2017-2019&outcome=lab&seats=${northEast},E14000540,E14000549`, 30);
  // The 30 seats' average stands alone; the figures set against the other seats are those of the 2 compared.
  await expect(page.locator('#cmp-sentence')).toContainText(
    "fell by 12.2 points on average (95% interval 10.3 to 14.0). Against other seats only the 2 of the 30 chosen seats whose regions have at least two other seats are compared: there Labour's share fell by 3.5 points on average, against 6.4 points in the other",
  );
});

test('a postcode in a link adds the seat it is in, as typed in the seat box', async ({ sharedPage: page }) => {
  await openCompare(page, '?pair=2017-2019&outcome=lab&seats=SW1A%201AA', 1);
  await expect(page.locator('#cmp-seats')).toContainText('Cities of London and Westminster');
  await expect(page.locator('#cmp-report')).not.toContainText('is not a seat name');
});

test('on the 2024 boundaries no cited seat is kept out, and the page says why without claiming none exists', async ({
  sharedPage: page,
}) => {
  await openCompare(page, '?pair=2019N-2024&outcome=lab&seats=E14001434', 1);
  await expect(page.locator('#cmp-excluded')).toHaveText(
    'No seat of a cited seat set is kept out of the comparison seats: none is on these boundaries, or all are among your seats.',
  );
});
