// A member finds their seat by name, other name, ONS code or postcode from the search box on any page; typos are
// forgiven, Enter opens the seat the text names or lists the matches of a name several share, the phone layout keeps
// the button in view, /seats/?q= filters, and no request leaves the site.
import { expect, test, withoutScripts } from '../support/shared-page';
import type { Page } from '@playwright/test';
import { axeViolations } from '../support/axe';

/**
 * The search box is in every page's header. Most tests start on a light page (the claims list), so their time goes on
 * the search rather than on drawing the home page's map; the tests of Enter before the script arrives start at home.
 */
const START = '/claims/';
const box = (page: Page) => page.getByRole('combobox', { name: 'Find a seat' });
const result = (page: Page) => page.locator('#site-search-result');

/**
 * The search script loads when the box is first focused. Most tests wait for it, so that they test the combobox; the
 * tests of Enter pressed before it has arrived hold it back instead (enterBeforeScript).
 */
async function enhanced(page: Page) {
  await box(page).focus();
  await expect(page.locator('form[data-enhanced="true"]').first()).toBeAttached();
}

/**
 * Holds the search script back, opens the home page, types text and presses Enter, so that Enter certainly comes
 * before the script; checks that nothing has happened yet and returns the function that lets the script arrive.
 */
async function enterBeforeScript(page: Page, text: string): Promise<() => void> {
  let requested = 0;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/seat-search\.[\w-]+\.js$/, async (route) => {
    requested++;
    await released;
    await route.continue();
  });
  await page.goto('/');
  await box(page).focus();
  await box(page).pressSequentially(text);
  await box(page).press('Enter');
  await expect.poll(() => requested).toBe(1);
  await expect(page.locator('form[data-enhanced]')).toHaveCount(0);
  expect(new URL(page.url()).pathname).toBe('/');
  return release;
}

/** Opens the start page, waits for the search to be wired and types into it. */
async function typeInBox(page: Page, text: string) {
  await page.goto(START);
  await enhanced(page);
  await box(page).pressSequentially(text);
}

/** Types a postcode into the open page's box, in place of what it held, and presses Enter. */
async function lookUp(page: Page, postcode: string) {
  await box(page).fill('');
  await box(page).pressSequentially(postcode);
  await box(page).press('Enter');
}

test('typing a name offers matching seats; choosing one opens its page', async ({ sharedPage: page }) => {
  await page.goto('/seats/');
  await enhanced(page);
  await box(page).pressSequentially('putn');
  await expect(page.getByRole('option').first()).toContainText('Putney');
  await expect(page.locator('#site-search-status')).toContainText('found');
  await box(page).press('ArrowDown');
  await box(page).press('Enter');
  await expect(page).toHaveURL(/\/seat\/E14001434\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Putney (2024 boundaries)');
});

test('postcodes: SW15 1AA gives 2024 Putney and old Putney with both sources credited; two give one 2024 seat; a retired one, a Northern Ireland one and a district that does not exist are each explained', async ({
  sharedPage: page,
}) => {
  // One page serves every look-up: each Enter replaces the last result.
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(START);
  await enhanced(page);
  await test.step('SW15 1AA gives 2024 Putney (E14001434) directly, and old Putney, with both sources credited', async () => {
    await lookUp(page, 'SW15 1AA');
    await expect(result(page).locator('.seat-search__reason')).toHaveText(
      'SW15 1AA is in Putney (2024 boundaries). From 2010 to 2023 it was in Putney.',
    );
    await expect(result(page).locator('dt').first()).toHaveText('Your 2024 seat');
    await expect(result(page).locator('dd').first().locator('a')).toHaveAttribute('href', /\/seat\/E14001434\/$/);
    await expect(result(page).locator('a[href$="/seat/E14001445/"]')).toHaveCount(0); // no "choose" between Putney and Richmond Park
    await expect(result(page).locator('a[href$="/seat/E14000887/"]')).toBeVisible();
    await expect(result(page)).toContainText('mySociety');
    await expect(result(page)).toContainText('OS Code-Point Open 2025.4');
    await expect(result(page).getByRole('link', { name: 'mySociety' })).toHaveAttribute(
      'href',
      'https://pages.mysociety.org/2025-constituencies/',
    );
    expect(requests.filter((u) => !u.startsWith('http://127.0.0.1:'))).toEqual([]);
    expect(requests.some((u) => u.endsWith('/postcodes/SW15.json'))).toBe(true);
  });
  for (const [postcode, code, name] of [
    ['LS18 4EL', 'E14001319', 'Leeds Central and Headingley'],
    ['CF10 1EP', 'W07000091', 'Cardiff South and Penarth'],
  ] as const) {
    await test.step(`${postcode} gives one 2024 seat: ${name}`, async () => {
      await lookUp(page, postcode);
      await expect(result(page).locator('.seat-search__reason')).toHaveText(
        new RegExp(`^${postcode} is in ${name} \\(2024 boundaries\\)\\.`),
      );
      await expect(result(page).locator('dt').first()).toHaveText('Your 2024 seat');
      await expect(result(page).locator('dd').first().locator('a')).toHaveCount(1);
      await expect(result(page).locator('dd').first().locator('a')).toHaveAttribute(
        'href',
        new RegExp(`/seat/${code}/$`),
      );
    });
  }
  await test.step('HA0 1AA, not a live postcode, is reported as unknown and gets no seat', async () => {
    await lookUp(page, 'HA0 1AA');
    await expect(result(page).locator('.seat-search__reason')).toContainText('HA0 1AA is not a live postcode');
    await expect(result(page).locator('a[href*="/seat/"]')).toHaveCount(0);
  });
  await test.step('a Northern Ireland postcode says plainly that its 2024 seat is known by district only', async () => {
    await lookUp(page, 'BT1 1AA');
    await expect(result(page).locator('.seat-search__reason')).toContainText(
      'In Northern Ireland we have the 2024 seat by postcode district only',
    );
    await expect(result(page).locator('dt').first()).toHaveText('Choose your 2024 seat');
    await expect(result(page)).toContainText('National Statistics Postcode Lookup');
  });
  await test.step('GIR 0AA and an Isle of Man postcode are explained, not reported as a network error', async () => {
    await lookUp(page, 'GIR 0AA');
    await expect(result(page).locator('.seat-search__reason')).toHaveText(
      'GIR 0AA is a postcode for mail only, with no place on the ground, so it is in no constituency.',
    );
    await lookUp(page, 'IM1 1AA');
    await expect(result(page).locator('.seat-search__reason')).toContainText('IM1 1AA is on the Isle of Man');
    expect(requests.some((u) => /\/postcodes\/(GIR|IM1)\.json$/.test(u))).toBe(false);
  });
  await test.step('a postcode district that does not exist gets a clear message', async () => {
    await lookUp(page, 'AA99 9ZZ');
    await expect(result(page).locator('.seat-search__reason')).toHaveText(
      'There is no postcode district AA99 in the postcode data, so AA99 9ZZ could not be found. Please check it.',
    );
  });
});

test('Enter straight after typing a name, before the search script has arrived, waits for it and opens the seat', async ({
  sharedPage: page,
}) => {
  const release = await enterBeforeScript(page, 'Putney');
  release();
  await expect(page).toHaveURL(/\/seat\/E14001434\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Putney (2024 boundaries)');
});

test('Enter straight after typing a postcode, before the search script has arrived, finds its seat', async ({
  sharedPage: page,
}) => {
  const release = await enterBeforeScript(page, 'SW15 1AA');
  release();
  await expect(result(page).locator('.seat-search__reason')).toHaveText(
    'SW15 1AA is in Putney (2024 boundaries). From 2010 to 2023 it was in Putney.',
  );
  await result(page).locator('dd').first().locator('a').click();
  await expect(page).toHaveURL(/\/seat\/E14001434\/$/);
});

withoutScripts('without JavaScript', () => {
  test('the header box submits to the A–Z list with the text as q', async ({ sharedPage: page }) => {
    await page.goto('/');
    await box(page).fill('SW15 1AA');
    await box(page).press('Enter');
    await expect(page).toHaveURL(/\/seats\/\?q=SW15\+1AA$/);
  });

  test('/seats/ keeps the whole list with an A–Z index', async ({ sharedPage: page }) => {
    await page.goto('/seats/?q=putny');
    await expect(page.locator('tr[data-seat]')).toHaveCount(1300);
    await page
      .getByRole('navigation', { name: 'Seats from 2024 by first letter' })
      .getByRole('link', { name: 'P', exact: true })
      .click();
    await expect(page).toHaveURL(/#s2024-[ENSW][0-9]{8}$/);
    const target = new URL(page.url()).hash;
    await expect(page.locator(`tr${target} th a`)).toHaveText(/^P/);
    await expect(page.locator(`tr${target}`)).toBeInViewport();
  });
});

for (const [text, offers, code, title] of [
  ['putny', ['Putney'], 'E14001434', 'a typo ("putny") still finds Putney'],
  [
    'Anglesey',
    ['Ynys Môn', 'also called Anglesey'],
    'W07000112',
    'other names: "Anglesey" offers Ynys Môn and says why',
  ],
  [
    'Derry',
    ['Foyle', 'also called Derry'],
    'N05000008',
    'the city\'s name: "Derry" offers Foyle, not East Londonderry',
  ],
] as const) {
  test(`${title}, and Enter opens it`, async ({ sharedPage: page }) => {
    await typeInBox(page, text);
    for (const words of offers) await expect(page.getByRole('option').first()).toContainText(words);
    await box(page).press('Enter');
    await expect(page).toHaveURL(new RegExp(`/seat/${code}/$`));
  });
}

test('an ONS code in the header box is a seat, not "not a UK postcode"', async ({ sharedPage: page }) => {
  await typeInBox(page, 'E14000887');
  await expect(page.getByRole('option').first()).toContainText('Putney');
  await expect(result(page)).toBeHidden();
  await box(page).press('Enter');
  await expect(page).toHaveURL(/\/seat\/E14000887\/$/);
});

test('at 390 px the suggestion list never covers the Search button', async ({ sharedPage: page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await typeInBox(page, 'north');
  const list = page.getByRole('listbox', { name: 'Matching seats' });
  await expect(list).toBeVisible();
  const button = page.locator('#site-search-input ~ button, form[data-seat-search] button[type="submit"]').first();
  await expect(button).toBeInViewport();
  const b = (await button.boundingBox())!;
  const l = (await list.boundingBox())!;
  const overlaps = b.x < l.x + l.width && l.x < b.x + b.width && b.y < l.y + l.height && l.y < b.y + b.height;
  expect(overlaps).toBe(false);
  const hit = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x as number, y as number)?.closest('button')?.textContent,
    [b.x + b.width / 2, b.y + b.height / 2],
  );
  expect(hit).toBe('Search');
});

test("at 1280 px the header keeps its height when the box takes focus, and a postcode's result leaves the site name and menu at the top", async ({
  sharedPage: page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(START);
  const header = page.locator('header.site');
  const brand = page.locator('header.site .brand');
  const before = (await header.boundingBox())!;
  const brandBefore = (await brand.boundingBox())!;
  await enhanced(page);
  await expect(page.locator('#site-search-hint')).toBeVisible();
  expect((await header.boundingBox())!.height).toBe(before.height);
  await lookUp(page, 'SW15 1AA');
  // The whole result, seats and credit included, not the first state of the panel.
  await expect(result(page).locator('.seat-search__reason')).toHaveText(
    'SW15 1AA is in Putney (2024 boundaries). From 2010 to 2023 it was in Putney.',
  );
  await expect(result(page)).toContainText('OS Code-Point Open 2025.4');
  await expect(page.locator('#site-search-hint')).toBeHidden();
  expect((await header.boundingBox())!.height).toBeGreaterThan(before.height + 100);
  expect((await brand.boundingBox())!.y).toBe(brandBefore.y);
});

test('/seats/?q=putny lists only the matches, and says so', async ({ sharedPage: page }) => {
  await page.goto('/seats/?q=putny');
  await expect(page.locator('[data-seats-filter-status]')).toHaveText('2 seats match “putny” (closest spellings).');
  await expect(page.locator('tr[data-seat]:visible')).toHaveCount(2);
  await expect(page.locator('tr[data-seat]:visible a').first()).toHaveText('Putney');
  expect(await axeViolations(page)).toEqual([]);
});

test('Escape dismisses the search hint until the box is left; the menu marks the section of the page, as the page itself only on its own page', async ({
  sharedPage: page,
}) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/seat/E14000887/');
  await enhanced(page);
  const hint = page.locator('#site-search-hint');
  await expect(hint).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(hint).toBeHidden();
  await expect(box(page)).toBeFocused();
  await page.locator('header.site .brand').focus();
  await box(page).focus();
  await expect(hint).toBeVisible();

  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Seats' })).toHaveAttribute('aria-current', 'true');
  await page.goto('/seats/');
  await expect(nav.getByRole('link', { name: 'Seats' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.locator('[aria-current]')).toHaveCount(1);
});

test('/seats/?q=SW15 1AA: the search box looks the postcode up without another Enter', async ({ sharedPage: page }) => {
  await page.goto('/seats/?q=SW15%201AA');
  await expect(page.locator('[data-seats-filter-status]')).toHaveText(
    '“SW15 1AA” looks like a postcode: the Find a seat box above looks it up. All seats are listed below.',
  );
  await expect(result(page).locator('.seat-search__reason')).toHaveText(
    'SW15 1AA is in Putney (2024 boundaries). From 2010 to 2023 it was in Putney.',
  );
});

test('Search on a name several seats share or start with lists them on /seats/ (both boundary sets) rather than opening one', async ({
  sharedPage: page,
}) => {
  const filterStatus = page.locator('[data-seats-filter-status]');
  await test.step('Isle of Wight (Enter): the 2010–2023 seat and both 2024 seats', async () => {
    await typeInBox(page, 'Isle of Wight');
    await box(page).press('Enter');
    await expect(page).toHaveURL(/\/seats\/\?q=Isle\+of\+Wight$/);
    await expect(filterStatus).toHaveText('3 seats match “Isle of Wight”.');
    await expect(page.locator('tr[data-seat]:visible a')).toHaveText([
      'Isle of Wight East',
      'Isle of Wight West',
      'Isle of Wight',
    ]);
  });
  for (const name of ['Edinburgh', 'Glasgow', 'Kensington', 'Newcastle'])
    await test.step(`${name} (the Search button)`, async () => {
      await typeInBox(page, name);
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/seats/\\?q=${name}$`));
      await expect(filterStatus).toHaveText(new RegExp(`^\\d+ seats match “${name}”\\.$`));
      expect(await page.locator('tr[data-seat]:visible').count()).toBeGreaterThan(1);
    });
});

test('a seat unchanged in 2024 (one page, one code) is one option, marked unchanged', async ({ sharedPage: page }) => {
  await typeInBox(page, 'orkney');
  const options = page.getByRole('listbox', { name: 'Matching seats' }).getByRole('option');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toHaveText(/^Orkney and Shetland.*seat unchanged since 2010 · Scotland$/);
  await box(page).press('ArrowDown');
  await box(page).press('Enter');
  await expect(page).toHaveURL(/\/seat\/S14000051\/$/);
});

test('more matches than the 8 shown: a last option "N seats match: see all", reached by the arrows, opens the list of them all', async ({
  sharedPage: page,
}) => {
  await typeInBox(page, 'north');
  const options = page.getByRole('listbox', { name: 'Matching seats' }).getByRole('option');
  await expect(options).toHaveCount(9);
  const all = options.last();
  await expect(all).toHaveText(/^\d+ seats match: see all$/);
  const count = Number(/^\d+/.exec((await all.textContent()) ?? '')?.[0]);
  expect(count).toBeGreaterThan(8);
  await expect(page.locator('#site-search-status')).toHaveText(
    `${count} seats found; showing the first 8, then an option to see all. Use the up and down arrows to choose.`,
  );
  await expect(all).toBeVisible();
  expect(await axeViolations(page, { include: 'header.site' })).toEqual([]);
  await box(page).press('ArrowUp'); // from the box, up goes to the last option
  await expect(all).toHaveAttribute('aria-selected', 'true');
  await expect(box(page)).toHaveAttribute('aria-activedescendant', (await all.getAttribute('id'))!);
  await box(page).press('Enter');
  await expect(page).toHaveURL(/\/seats\/\?q=north$/);
  await expect(page.locator('[data-seats-filter-status]')).toHaveText(`${count} seats match “north”.`);
  await expect(page.locator('tr[data-seat]:visible')).toHaveCount(count);
});

test('a name that matches nothing is said under the box while typing; Search on an empty box asks for a name or postcode', async ({
  sharedPage: page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await typeInBox(page, 'asdfgh');
  const reason = result(page).locator('.seat-search__reason');
  await expect(reason).toHaveText('No seat matches “asdfgh”. Try part of the name, a postcode, or all seats A–Z.');
  await expect(reason).toBeVisible();
  await expect(page.locator('#site-search-status')).toHaveText(
    'No seat matches “asdfgh”. Try part of the name, a postcode, or all seats A–Z.',
  );
  await expect(page.getByRole('listbox', { name: 'Matching seats' })).toBeHidden();
  expect(await axeViolations(page, { include: 'header.site' })).toEqual([]);
  await box(page).fill('');
  await expect(result(page)).toBeHidden();
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(reason).toHaveText('Type a seat name or a postcode.');
  await expect(reason).toBeVisible();
  await expect(page.locator('#site-search-status')).toHaveText('Type a seat name or a postcode.');
  expect(new URL(page.url()).pathname).toBe(START);
});

test('a postcode whose district file is slow to arrive shows "Looking up LS1 4AP…" until the answer replaces it', async ({
  sharedPage: page,
}) => {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let requested = 0;
  await page.route(/\/postcodes\/LS1\.json$/, async (route) => {
    requested++;
    await released;
    await route.continue();
  });
  await page.goto(START);
  await enhanced(page);
  await lookUp(page, 'ls14ap');
  const reason = result(page).locator('.seat-search__reason');
  await expect(reason).toHaveText('Looking up LS1 4AP…');
  await expect(reason).toBeVisible();
  await expect(page.locator('#site-search-status')).toHaveText('Looking up LS1 4AP…');
  await expect.poll(() => requested).toBe(1);
  release();
  await expect(reason).toHaveText(
    'LS1 4AP is in Leeds South (2024 boundaries). From 2010 to 2023 it was in Leeds Central.',
  );
  await expect(result(page).locator('dd a').first()).toBeVisible();
});

test('the placeholder "Name or postcode" fits its box whole at 320, 360, 390 and 1280 px', async ({
  sharedPage: page,
}) => {
  for (const width of [320, 360, 390, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(START);
    const room = await box(page).evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontSize} ${style.fontFamily}`;
      const inside = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { text: input.placeholder, inside, needed: context.measureText(input.placeholder).width };
    });
    expect(room.text).toBe('Name or postcode');
    expect(room.needed, `at ${width} px`).toBeLessThan(room.inside);
  }
});
