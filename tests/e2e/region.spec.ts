// Region and nation pages: seats with their latest result, results and swing over time, a map of just the area.
import { expect, test, withoutScripts } from '../support/shared-page';
import type { Page } from '@playwright/test';

/** Waits until the map has loaded what the last change of view needs (slow machines take a few seconds). */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('#map')).not.toHaveAttribute('aria-busy', 'true', { timeout: 30_000 });
}

test('London lists its seats with the 2024 result, its history and its own map', async ({ sharedPage: page }) => {
  await page.goto('/region/london/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('London');
  const seats = page.locator('table', {
    has: page.locator('caption', { hasText: 'The 75 seats in London since 2024' }),
  });
  await expect(seats.locator('tbody tr')).toHaveCount(75);
  await expect(seats.locator('tr', { hasText: 'Putney' }).locator('td')).toHaveText([
    'Labour',
    'Hold',
    '25.3%',
    '67.8%',
  ]);
  await expect(seats.getByRole('link', { name: 'Putney', exact: true })).toHaveAttribute('href', '/seat/E14001434/');
  await expect(page.locator('#map a.gw-map__seat')).toHaveCount(75);
  await expect(page.getByRole('img', { name: /^Vote share by party in London, 2010 to 2024/ })).toBeVisible();
  const history = page.locator('table', {
    has: page.locator('caption', { hasText: 'Results in London at each election' }),
  });
  await expect(history.locator('tr', { hasText: '2019 notional' })).toContainText('new boundaries');
  await expect(page.getByRole('link', { name: 'England' }).first()).toHaveAttribute('href', '/region/england/');
});

test('the region map follows the election: 73 seats on the old boundaries', async ({ sharedPage: page }) => {
  await page.goto('/region/london/');
  await expect(page.locator('#map.is-enhanced')).toBeVisible();
  await page.getByLabel('Election', { exact: true }).selectOption('2019');
  await settled(page);
  await expect(page.locator('#map a.gw-map__seat')).toHaveCount(73);
  await expect(page.locator('#map a.gw-map__seat[data-code="E14000887"]')).toHaveAttribute(
    'aria-label',
    /^Putney, 2019: Labour gain from Conservative/,
  );
  await page.getByLabel('Hex', { exact: true }).check();
  await settled(page);
  await expect(page.locator('#map svg.gw-map')).toHaveAttribute('data-kind', 'hex');
  await expect(page.locator('#map a.gw-map__seat')).toHaveCount(73);
});

test("Northern Ireland's map offers its own parties: the DUP's 2024 share, seat by seat", async ({
  sharedPage: page,
}) => {
  await page.goto('/region/northern-ireland/');
  await expect(page.locator('#map.is-enhanced')).toBeVisible();
  const party = page.getByLabel('Party', { exact: true });
  // Parties that stood there only: no Labour or SNP; Alliance, the DUP, Sinn Féin, the SDLP and the UUP.
  await expect(party.locator('option')).toContainText([
    'Democratic Unionist Party',
    'Sinn Féin',
    'Social Democratic and Labour Party',
    'Ulster Unionist Party',
  ]);
  await expect(party.locator('option[value="lab"], option[value="snp"]')).toHaveCount(0);
  // No colouring that would leave every seat hatched: no Conservative–Labour swing (the two never both stood in one of
  // its seats), and neither seat set (the unit's list and the 2019 pact have no seat there).
  await expect(page.getByLabel('Colour by', { exact: true }).locator('option')).toHaveText([
    'Winning party',
    'Party share of the vote',
    'Change in party share',
    'Majority',
    'Turnout',
  ]);
  await page.getByLabel('Colour by', { exact: true }).selectOption('share');
  await settled(page);
  // Labour did not stand here, so a share view starts with the largest party in 2024, Sinn Féin.
  await expect(party).toHaveValue('sf');
  await party.selectOption('dup');
  await settled(page);
  // Belfast East 2024: Gavin Robinson (DUP) 19,894 of 42,706 valid votes, 46.6%.
  await expect(page.locator('#map a.gw-map__seat[data-code="N05000001"]')).toHaveAttribute(
    'aria-label',
    /^Belfast East, 2024: Democratic Unionist Party share 46\.6%/,
  );
  await expect(page.locator('#map')).toContainText('Democratic Unionist Party share of the vote');
});

test('a region map offers no party that never stood there (no SNP or Plaid Cymru in London)', async ({
  sharedPage: page,
}) => {
  await page.goto('/region/london/');
  const options = page.getByLabel('Party', { exact: true }).locator('option');
  await expect(options).toHaveText([
    'Conservative',
    'Labour',
    'Liberal Democrat',
    'Green',
    'Reform UK',
    'Brexit Party',
    'UK Independence Party',
    'British National Party',
  ]);
});

test("hovering a seat on a region's map loads only that region's values", async ({ sharedPage: page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/maps/')) loaded.push(path);
  });
  await page.goto('/region/london/');
  await expect(page.locator('#map.is-enhanced')).toBeVisible();
  await page.locator('#map a.gw-map__seat[data-code="E14001434"]').hover();
  const tip = page.locator('#map [data-map-tip]');
  await expect(tip).toContainText('Putney', { timeout: 15_000 });
  await expect(tip).toContainText('Majority 12,488 (25.3%)');
  expect(loaded).toEqual(['/maps/london/values/2024.json']);
  const file = (await (await page.request.get('/maps/london/values/2024.json')).json()) as {
    seats: { region: string }[];
  };
  expect(file.seats).toHaveLength(75);
  expect(new Set(file.seats.map((s) => s.region))).toEqual(new Set(['E12000007']));
});

test('England is a nation page linking its regions, and seat pages link back to their region', async ({
  sharedPage: page,
}) => {
  await page.goto('/region/england/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('England');
  await expect(page.locator('#map a.gw-map__seat')).toHaveCount(543);
  await expect(page.getByRole('link', { name: 'Yorkshire and the Humber' }).first()).toHaveAttribute(
    'href',
    '/region/yorkshire-and-the-humber/',
  );
  await page.goto('/seat/E14001434/');
  await page.getByRole('link', { name: 'London', exact: true }).first().click();
  await expect(page).toHaveURL(/\/region\/london\/$/);
});

test('at 390 px the seats table scrolls sideways with each seat name kept in view', async ({ sharedPage: page }) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto('/region/london/');
  const box = page.getByRole('region', { name: 'Seats in London, 2024' });
  await box.scrollIntoViewIfNeeded();
  const { scroll, client } = await box.evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth }));
  expect(scroll).toBeGreaterThan(client);
  await box.evaluate((e) => (e.scrollLeft = e.scrollWidth));
  const left = (await box.boundingBox())!.x;
  const barking = box.getByRole('rowheader', { name: 'Barking' });
  const majority = box.getByRole('columnheader', { name: 'Majority' });
  // The seat's name stays at the box's left edge; the figures scrolled under it are the last columns.
  expect(Math.abs((await barking.boundingBox())!.x - left)).toBeLessThan(1);
  expect((await majority.boundingBox())!.x).toBeGreaterThan((await barking.boundingBox())!.x + 50);
});

test('at 390 px the results table keeps its election column narrow, the new-boundaries badge under the year', async ({
  sharedPage: page,
}) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto('/region/london/');
  const box = page.getByRole('region', { name: 'Results in London by election' });
  await box.scrollIntoViewIfNeeded();
  const heading = box.getByRole('rowheader', { name: /2019 notional/ });
  // The sticky row headings once took 268 of the box's 358 px, leaving the figures about 90 px.
  expect((await heading.boundingBox())!.width).toBeLessThan(150);
  const lab = box.getByRole('columnheader', { name: 'Lab', exact: true });
  expect((await lab.boundingBox())!.x + (await lab.boundingBox())!.width).toBeLessThan(390);
});

withoutScripts('without JavaScript', () => {
  test('the region map is a map of plain seat links', async ({ sharedPage: page }) => {
    await page.goto('/region/scotland/');
    await expect(page.locator('#map svg.gw-map a.gw-map__seat')).toHaveCount(57);
    await expect(page.locator('#map svg.gw-map')).toHaveAttribute('data-kind', 'geo');
    // The note names the map as its title does: "Scotland", not "scotland"; the home page's "UK", not "uk".
    await expect(page.locator('p.note', { hasText: "The map's options need JavaScript" })).toContainText(
      'geographic map of the 57 seats in Scotland (2024 boundaries)',
    );
    await page.goto('/');
    await expect(page.locator('p.note', { hasText: "The map's options need JavaScript" })).toContainText(
      '650 seats in the UK',
    );
  });
});
