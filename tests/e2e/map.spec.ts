// The national map on the home page: switching map, election and colour changes seats, legend, table and the Embed,
// Download and Cite tools; zoom, hover, sorting and keyboard use. The heavy map is loaded twice, not once per check:
// each test is a sequence of steps that change nothing, undo their change or go on from the view the last one left.
import { readFileSync } from 'node:fs';
import { expect, test } from '../support/shared-page';
import { axeViolations } from '../support/axe';
import type { Page } from '@playwright/test';

/** Waits until the map has loaded what the last change of view needs (slow machines take a few seconds). */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('#map')).not.toHaveAttribute('aria-busy', 'true', { timeout: 30_000 });
}

const OLD_PUTNEY = 'E14000887';
const NEW_PUTNEY = 'E14001434';
const seat = (page: Page, code: string) => page.locator(`#map a.gw-map__seat[data-code="${code}"]`);
const legendTitle = (page: Page) => page.locator('#map [data-map-legend] svg title');
const tableRow = (page: Page, code: string) => page.locator(`#map table[data-map-table] tr[data-code="${code}"]`);

async function openMap(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('#map.is-enhanced')).toBeVisible();
  await settled(page);
}

test('the home map as loaded: a seat, its hover, zooming to a region and back, then switching election, colour, party and map kind changes the seats, the legend, the table and the Embed, Download and Cite tools; sorting the table', async ({
  sharedPage: page,
}) => {
  // One load of the heavy home map serves every check of it that starts from the default view: each step either
  // changes nothing (hover), undoes what it changed (zoom) or goes on from where the last one left the view.
  await openMap(page);
  const tools = page.locator('#map [data-map-tools]');
  const snippet = tools.getByLabel(/^Embed code: paste/);
  await test.step('the default view: 2024, winning party', async () => {
    await expect(seat(page, NEW_PUTNEY)).toHaveAttribute(
      'aria-label',
      'Putney, 2024: Labour hold, majority 12,488 (25.3%)',
    );
    await expect(seat(page, NEW_PUTNEY).locator('path')).toHaveAttribute('fill', '#E4003B');
    await expect(legendTitle(page)).toHaveText(/^Winning party: /);
    await expect(snippet).toHaveValue(/\/embed\/map\/hex-2024-winner\/\?theme=light"/);
  });

  await test.step('hovering a seat shows its name, value and result; Escape hides it', async () => {
    await seat(page, NEW_PUTNEY).hover();
    const tip = page.locator('#map [data-map-tip]');
    await expect(tip).toBeVisible({ timeout: 15_000 });
    await expect(tip).toContainText('Putney');
    await expect(tip).toContainText('Majority 12,488 (25.3%)');
    await expect(tip).toContainText('2024: Labour hold');
    // Escape hides it with the pointer still on the seat (WCAG 1.4.13: dismissible).
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await page.mouse.move(0, 0);
  });

  await test.step('the map is one Tab stop as loaded, reached by Shift+Tab from below it too', async () => {
    await expect(page.locator('#map a.gw-map__seat[tabindex="0"]')).toHaveCount(1);
    await expect(page.locator('#map a.gw-map__seat:not([tabindex="-1"])')).toHaveCount(1);
    const stop = await page.locator('#map a.gw-map__seat[tabindex="0"]').getAttribute('data-code');
    await page.locator('#map summary').first().focus();
    await page.keyboard.press('Shift+Tab');
    await expect(page.locator('#map a.gw-map__seat:focus')).toHaveAttribute('data-code', stop!);
  });

  await test.step('zooming to a region re-fits the map, lists only its seats and links its page; zooming out undoes it', async () => {
    const svg = page.locator('#map svg.gw-map');
    const whole = await svg.getAttribute('viewBox');
    await page.getByLabel('Zoom to', { exact: true }).selectOption({ label: 'London' });
    await settled(page);
    await expect(svg).not.toHaveAttribute('viewBox', whole!);
    await expect(page.locator('#map table[data-map-table] tbody tr')).toHaveCount(75);
    await expect(page.locator('#map [data-map-title]')).toHaveText(
      /of the 75 seats in London \(2024 boundaries\), zoomed in from the UK$/,
    );
    await expect(page.getByRole('link', { name: 'Open the London page' })).toHaveAttribute('href', '/region/london/');
    // The new view is announced; seats outside London are hidden from screen readers and the keyboard too.
    await expect(page.locator('#map [data-map-live]')).toHaveText(/^Now showing: .* of the 75 seats in London/);
    await expect(page.locator('#map a.gw-map__seat:not([aria-hidden="true"])')).toHaveCount(75);
    await page.getByLabel('Zoom to', { exact: true }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab'); // past "Open the London page"
    const focused = page.locator('#map a.gw-map__seat:focus');
    await expect(focused).toHaveCount(1);
    const inLondon = async () =>
      (await tableRow(page, (await focused.getAttribute('data-code'))!).count()) === 1 &&
      (await focused.getAttribute('aria-hidden')) === null;
    expect(await inLondon()).toBe(true);
    for (const key of ['ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowUp', 'ArrowUp', 'ArrowUp', 'ArrowUp', 'ArrowUp']) {
      await page.keyboard.press(key);
      await expect(focused).toHaveCount(1);
      expect(await inLondon(), `after ${key}`).toBe(true);
    }
    await page.getByLabel('Zoom to', { exact: true }).selectOption('');
    await settled(page);
    await expect(page.locator('#map a.gw-map__seat[aria-hidden]')).toHaveCount(0);
    await expect(svg).toHaveAttribute('viewBox', whole!);
    await expect(page.locator('#map table[data-map-table] tbody tr')).toHaveCount(650);
    await expect(page.locator('#map [data-map-title]')).toHaveText(/of the 650 seats in the UK \(.*\)$/);
  });

  await test.step('switching election, colour, party and map kind changes the seats, the legend and the table', async () => {
    await page.getByLabel('Election', { exact: true }).selectOption('2019');

    await settled(page);
    await expect(seat(page, OLD_PUTNEY)).toHaveAttribute(
      'aria-label',
      'Putney, 2019: Labour gain from Conservative, majority 4,774 (9.5%)',
    );
    await expect(page.locator('#map svg.gw-map')).toHaveAttribute('data-set', '2010');
    await expect(seat(page, NEW_PUTNEY)).toHaveCount(0);
    await expect(tableRow(page, OLD_PUTNEY).locator('td')).toHaveText(['London', 'Labour', 'Gain from Conservative']);

    await page.getByLabel('Colour by', { exact: true }).selectOption('share');

    await settled(page);
    await expect(seat(page, OLD_PUTNEY)).toHaveAttribute(
      'aria-label',
      'Putney, 2019: Labour share 45.1%; Labour gain from Conservative',
    );
    await expect(seat(page, OLD_PUTNEY).locator('path')).not.toHaveAttribute('fill', '#E4003B');
    await expect(legendTitle(page)).toHaveText(/^Labour \(incl\. Labour Co-op\) share of the vote \(%\): from 0% to/);
    await expect(page.locator('#map table[data-map-table] thead th[data-col="value"]')).toHaveText('Labour share (%)');
    await expect(tableRow(page, OLD_PUTNEY).locator('td').last()).toHaveText('45.1%');

    await page.getByLabel('Party', { exact: true }).selectOption('con');

    await settled(page);
    await expect(seat(page, OLD_PUTNEY)).toHaveAttribute(
      'aria-label',
      'Putney, 2019: Conservative share 35.7%; Labour gain from Conservative',
    );

    await page.getByLabel('Geographic', { exact: true }).check();

    await settled(page);
    await expect(page.locator('#map svg.gw-map')).toHaveAttribute('data-kind', 'geo');
    await expect(page.locator('#map a.gw-map__seat')).toHaveCount(650);
    await expect(seat(page, OLD_PUTNEY)).toHaveAttribute('aria-label', /Conservative share 35\.7%/);
    await expect(page).toHaveURL(/\?map=geo&election=2019&colour=share-con$/);
  });

  await test.step('Embed, Download and Cite follow the view on screen (geographic, 2019, winning party), and the view is in the URL', async () => {
    await page.getByLabel('Colour by', { exact: true }).selectOption('winner');
    await settled(page);
    await expect(page).toHaveURL(/[?&]election=2019/);
    await expect(page).toHaveURL(/[?&]map=geo/);
    await expect(snippet).toHaveValue(/\/embed\/map\/geo-2019-winner\/\?theme=light"/);
    await expect(snippet).toHaveValue(/title="[^"]*2019[^"]*"/);
    await expect(tools.getByRole('link', { name: /^CSV/ })).toHaveAttribute(
      'href',
      /\/downloads\/map\/geo-2019-winner\.csv$/,
    );
    await expect(tools.getByRole('button', { name: /^PNG/ })).toHaveAttribute(
      'data-png-name',
      'groundwork-map-geo-2019-winner.png',
    );
    await expect(tools.getByRole('button', { name: /^PNG/ })).toHaveAttribute(
      'data-png-from',
      /\/downloads\/map\/geo-2019-winner\.svg$/,
    );
    await expect(tools.getByLabel('Plain text')).toHaveValue(/election=2019/);
    await expect(tools.getByLabel('BibTeX')).toHaveValue(/title += \{2019, winning party: geographic map /);
    const embedUrl = /src="([^"]+)"/.exec(await snippet.inputValue())![1]!;
    expect((await page.request.get(new URL(embedUrl).pathname)).ok()).toBe(true);
    // A view with no published graphic hides the tools and says so.
    await page.getByLabel('Colour by', { exact: true }).selectOption('turnout');
    await settled(page);
    await expect(tools).toBeHidden();
    await expect(page.locator('#map [data-map-tools-note]')).toContainText('no ready-made embed');
  });

  await test.step('sorting the table by value puts the largest majority first', async () => {
    await page.getByLabel('Colour by', { exact: true }).selectOption('majority');
    await settled(page);
    await expect(page.locator('#map thead th[data-col="value"]')).toHaveText(/Majority/);
    await page.locator('#map thead th[data-col="value"] button').click();
    await expect(page.locator('#map thead th[data-col="value"]')).toHaveAttribute('aria-sort', 'descending');
    const values = await page
      .locator('#map tbody tr td:last-child')
      .evaluateAll((tds) => tds.slice(0, 5).map((td) => Number(td.textContent!.replace('%', ''))));
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });
});

test('a shared link opens the same view (swing in 2019); organiser coverage; Putney by keyboard (one Tab stop, then arrow keys), opened with Enter', async ({
  sharedPage: page,
}) => {
  // One load serves the shared link's view and the checks that go on from a 2019 view; the keyboard step ends by
  // leaving the page.
  await openMap(page, '/?election=2019&colour=swing');
  await test.step('a shared link opens the same view: swing in 2019', async () => {
    await expect(seat(page, OLD_PUTNEY)).toHaveAttribute(
      'aria-label',
      'Putney, 2019: swing 6.4 points from Conservative to Labour since 2017; Labour gain from Conservative',
    );
    await expect(legendTitle(page)).toHaveText(/^Butler swing, Labour to Conservative \(percentage points\)/);
    await expect(page.getByLabel('Colour by', { exact: true })).toHaveValue('swing');
  });

  await test.step('organiser coverage shows the 2019 seats by link kind and says the list is partial', async () => {
    await page.getByLabel('Colour by', { exact: true }).selectOption('set-cou-2019');
    await settled(page);
    await expect(page.getByLabel('Election', { exact: true })).toHaveValue('2019');
    await expect(seat(page, OLD_PUTNEY)).toHaveAttribute('aria-label', /Named in the unit's own report/);
    await expect(page.locator('#map [data-map-notes]')).toContainText('This list is partial');
    // Walsall is named as a place, not a seat: its seats have a colour of their own and are not counted as covered.
    await expect(seat(page, 'E14001011')).toHaveAttribute('aria-label', /In a place the sources name, no seat named/);
    await expect(page.locator('#map [data-map-notes]')).toContainText(
      '24 more seats lie in places the sources name without naming a seat; they are not counted as covered.',
    );
    await expect(legendTitle(page)).toContainText('Not named in the list (the list is partial)');
    await page.getByLabel('Colour by', { exact: true }).selectOption('set-utr-2019');
    await settled(page);
    await expect(legendTitle(page)).toHaveText(
      /^Unite to Remain pact, 2019: party given a clear run: Liberal Democrat, Green, Plaid Cymru, Not in the set/,
    );
  });

  await test.step('Putney can be reached by keyboard (one Tab stop, then arrow keys) and opened with Enter', async () => {
    await page.getByLabel('Colour by', { exact: true }).selectOption('winner');
    await settled(page);
    await expect(page.getByLabel('Election', { exact: true })).toHaveValue('2019');
    await expect(seat(page, OLD_PUTNEY)).toHaveCount(1);
    await expect(page.locator('#map a.gw-map__seat[tabindex="0"]')).toHaveCount(1);
    await page.getByLabel('Zoom to', { exact: true }).focus();
    await page.keyboard.press('Tab');
    const focusedCode = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.code ?? null);
    const first = await focusedCode();
    expect(first).toMatch(/^E14|^W07|^S14|^N06/);
    // The map is one Tab stop: Tab leaves it, Shift+Tab comes back to the same seat.
    await page.keyboard.press('Tab');
    expect(await focusedCode()).toBeNull();
    await page.keyboard.press('Shift+Tab');
    expect(await focusedCode()).toBe(first);
    // Shortest path of arrow presses from the first seat to Putney, in the neighbours of the map's geometry file
    // (hex, 2010-2023 seats), which the page loads on the first arrow key: the seats carry no neighbour attributes.
    expect(await seat(page, OLD_PUTNEY).getAttribute('data-left')).toBeNull();
    const wire = (await (await page.request.get('/maps/uk/hex-2010.json')).json()) as { seats: string[][] };
    const graph: Record<string, Record<string, string>> = Object.fromEntries(
      wire.seats.map(([code, , left, right, up, down]) => [
        code!,
        { ArrowLeft: left!, ArrowRight: right!, ArrowUp: up!, ArrowDown: down! },
      ]),
    );
    const back = new Map<string, [string, string]>();
    const queue = [first!];
    while (queue.length && !back.has(OLD_PUTNEY)) {
      const at = queue.shift()!;
      for (const [key, next] of Object.entries(graph[at] ?? {})) {
        if (next && next !== first && !back.has(next)) {
          back.set(next, [at, key]);
          queue.push(next);
        }
      }
    }
    const keys: string[] = [];
    for (let at = OLD_PUTNEY; at !== first; at = back.get(at)![0]) keys.unshift(back.get(at)![1]);
    for (const key of keys) await page.keyboard.press(key);
    await expect(seat(page, OLD_PUTNEY)).toBeFocused();
    await expect(seat(page, OLD_PUTNEY)).toHaveAttribute('tabindex', '0');
    await expect(page.locator('#map a.gw-map__seat[tabindex="0"]')).toHaveCount(1);
    await expect(page.locator('#map [data-map-live]')).toHaveText(
      'Putney, 2019: Labour gain from Conservative, majority 4,774 (9.5%)',
    );
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/seat\/E14000887\/$/);
    await expect(page.locator('.lede')).toContainText('2019: Lab gain from Con');
  });
});

test("a party the election's results file counts among all other candidates is not said to have stood aside (UKIP in 2019)", async ({
  sharedPage: page,
}) => {
  // UKIP stood in 44 seats in 2019, Bognor Regis and Littlehampton among them (846 votes), but the Commons Library's
  // 2019 file has no UKIP column: the map cannot say where it stood, so it does not say "did not stand".
  await openMap(page, '/?election=2019&colour=share-ukip');
  await expect(seat(page, 'E14000576')).toHaveAttribute(
    'aria-label',
    "Bognor Regis and Littlehampton, 2019: UK Independence Party share: Not counted on its own in this election's results file: any votes the party had here are among all other candidates; Conservative hold",
  );
  // 2017's file has the column: UKIP's share there, 3.6%.
  await page.getByLabel('Election', { exact: true }).selectOption('2017');
  await settled(page);
  await expect(seat(page, 'E14000576')).toHaveAttribute(
    'aria-label',
    'Bognor Regis and Littlehampton, 2017: UK Independence Party share 3.6%; Conservative hold',
  );
  // The site publishes no download of this view, so the browser makes its CSV from the figures in the table.
  await expect(page.locator('#map [data-map-tools-note]')).toContainText('can be saved as a CSV made in your browser');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^CSV of this view/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('groundwork-map-hex-2017-share-ukip.csv');
  expect(await axeViolations(page, { include: '#map .gw-mapfig__side' })).toEqual([]);
  const csv = readFileSync((await download.path())!, 'utf8');
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\n');
  expect(lines[0]).toBe('ons_code,constituency,region,election,winner,measure,value,value_text');
  expect(lines).toHaveLength(651);
  expect(lines).toContain(
    'E14000576,Bognor Regis and Littlehampton,South East,2017,Conservative,UK Independence Party share (%),3.6,3.6%',
  );
  // A published view hides the button again: its CSV is among the downloads.
  await page.getByLabel('Colour by', { exact: true }).selectOption('winner');
  await settled(page);
  await expect(page.getByRole('button', { name: /^CSV of this view/ })).toBeHidden();
  // Zoomed in, the whole map's downloads stay, and the CSV of the seats on screen is offered beside them.
  await page.getByLabel('Zoom to', { exact: true }).selectOption({ label: 'London' });
  await settled(page);
  const [zoomed] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^CSV of the seats shown/ }).click(),
  ]);
  expect(zoomed.suggestedFilename()).toBe('groundwork-map-hex-2017-winner-E12000007.csv');
  // London had 73 seats on the 2010-2023 boundaries: a header and 73 rows.
  expect(
    readFileSync((await zoomed.path())!, 'utf8')
      .trim()
      .split('\n'),
  ).toHaveLength(74);
});
