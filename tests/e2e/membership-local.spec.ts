// /membership/local/ in Chromium: a member loads their own (here: invented) constituency-party CSV; the map, trend and
// analysis change, rejected rows are listed, downloads work, and not one request leaves the page after the file is chosen.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, withoutScripts } from '../support/shared-page';
import type { Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { scannedAsLoaded } from './scanned-pages';

const FIXTURE = fileURLToPath(new URL('../fixtures/membership/e2e-fictional.csv', import.meta.url));
const UNUSUAL = fileURLToPath(new URL('../fixtures/membership/e2e-unusual-headers.csv', import.meta.url));
const putney = (page: Page) => page.locator('[data-ml-map="2010"] a[data-code="E14000887"]');

/** Every request from now on, except in-memory blob: and data: URLs (downloads and the PNG drawing), which are not network. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  page.on('websocket', (w) => urls.push(w.url()));
  return urls;
}
const network = (urls: string[]) => urls.filter((u) => !u.startsWith('blob:') && !u.startsWith('data:'));

/** Content-Security-Policy violations on the page (the site allows no unlisted inline styles and no blob: images). */
async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

async function open(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  await page.goto('/membership/local/', { waitUntil: 'networkidle' });
  await expect(page.locator('[data-ml-root]')).toHaveAttribute('data-ml-ready', 'true');
}

test('loading a file colours the map, lists rejected rows and runs the analysis, with no request after the file is chosen', async ({
  sharedPage: page,
}) => {
  // axe over the filled-in page (650 labelled map links, charts and tables) takes about 30 s on a busy machine.
  test.setTimeout(150_000);
  await open(page);
  await expect(putney(page)).toHaveAttribute('aria-label', 'Putney: no figures loaded');
  await expect(putney(page).locator('path')).toHaveAttribute('fill', 'url(#ml-hex-2010-missing)');
  await expect(page.getByText('the page makes no further network requests')).toBeVisible();

  const requests = recordRequests(page);
  await page.setInputFiles('#ml-file', FIXTURE);

  await expect(page.locator('[data-ml-status]')).toContainText(
    'Read e2e-fictional.csv: 16 rows used, 2 rows rejected, 2010–2023 seats.',
  );
  // The map: Putney now has a colour and says its figure.
  await expect(putney(page)).toHaveAttribute('aria-label', 'Putney: 300 members on 1 November 2019');
  await expect(putney(page).locator('path')).toHaveAttribute('fill', /^#[0-9a-f]{6}$/);
  await expect(page.locator('[data-ml-map="2010"] a[data-code="E14000530"]')).toHaveAttribute(
    'aria-label',
    'Aldershot: not in the data',
  );

  // Every rejected row, with its line and reason.
  const rejected = page.getByRole('table', { name: 'Rejected rows, with the line of the file and the reason' });
  await expect(rejected.locator('tbody tr')).toHaveCount(2);
  await expect(rejected.locator('tbody tr').nth(0)).toHaveText(/19\s*members\s*members "-4" is negative/);
  await expect(rejected.locator('tbody tr').nth(1)).toHaveText(
    /20\s*ons_code\s*unknown ons_code E14999999: not a constituency on the 2010–2023 or 2024 boundaries/,
  );

  // Change mode recolours and relabels.
  await page.getByLabel('Colour by').selectOption('change');
  await expect(putney(page)).toHaveAttribute('aria-label', 'Putney: +60 members, 1 May 2017 to 1 November 2019');
  await page.getByLabel('Colour by').selectOption('per1000');
  await expect(putney(page)).toHaveAttribute(
    'aria-label',
    /^Putney: \d+(\.\d)? members per 1,000 electors on 1 November 2019$/,
  );

  // The analysis: 8 seats, correlation and regression with region controls, worded as association.
  const analysis = page.locator('[data-ml-analysis]');
  await expect(analysis.locator('.ml-headline')).toContainText('In the 8 seats compared');
  await expect(analysis.locator('.ml-headline')).toContainText("change in Labour's share from 2017 to 2019");
  await expect(analysis.getByRole('table', { name: 'The numbers' })).toContainText('Pearson correlation r');
  await expect(analysis.getByRole('table', { name: 'The numbers' })).toContainText('region fixed effects');
  await expect(analysis).toContainText('This is an association, not a cause.');
  await expect(
    analysis.getByRole('img', {
      name: "Membership change (1 May 2017 to 1 November 2019) against the change in Labour's share (2017 to 2019), 8 seats",
    }),
  ).toBeVisible();
  await expect(analysis.getByRole('table', { name: 'Seats compared' }).locator('tbody tr')).toHaveCount(8);

  // Choosing a seat on the map shows its trend.
  await page.locator('[data-ml-map="2010"] a[data-code="E14000998"]').click();
  await expect(page.getByLabel('Seat', { exact: true })).toHaveValue('E14000998');
  await expect(page.getByRole('img', { name: 'Members in Tooting, 1 May 2017 to 1 November 2019' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Figures for Tooting' })).toContainText('520');

  // Downloads are made in the browser.
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the seats compared (CSV)' }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe('membership-analysis-e2e-fictional-2017-2019.csv');
  const text = readFileSync((await csv.path())!, 'utf8');
  expect(text.split('\n')[0]).toBe(
    '\ufeffons_code,constituency,region,date_from,members_from,date_to,members_to,membership_change,membership_change_measure,election_before,lab_share_before,election_after,lab_share_after,lab_change_points,data_source',
  );
  expect(text).toContain('E14000887,Putney,London,2017-05-01,240,2019-11-01,300,60,members,2017,');
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the scatter plot (PNG)' }).click(),
  ]);
  expect(png.suggestedFilename()).toBe('membership-scatter-e2e-fictional.png');
  const pngBytes = readFileSync((await png.path())!);
  expect([...pngBytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  // Twice the chart's size, with room above it for its title (two lines here) and below for the source line.
  const chartHeight = await analysis
    .locator('[data-ml-scatter] svg')
    .evaluate((svg) => (svg as SVGSVGElement).viewBox.baseVal.height);
  expect(pngBytes.readUInt32BE(20)).toBe(2 * (2 * 20 + 12 + chartHeight + 36));

  expect(network(requests)).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
});

test('drag and drop reads the file too; the fictional example is labelled as fictional; still no requests', async ({
  sharedPage: page,
}) => {
  await open(page);
  const requests = recordRequests(page);
  const csv = readFileSync(FIXTURE, 'utf8');
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
    document
      .querySelector('[data-ml-drop]')!
      .dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, csv);
  await expect(page.locator('[data-ml-status]')).toContainText('Read dropped.csv: 16 rows used, 2 rows rejected');
  await expect(putney(page)).toHaveAttribute('aria-label', 'Putney: 300 members on 1 November 2019');

  await page.getByRole('button', { name: 'Try the fictional example' }).click();
  await expect(page.locator('[data-ml-status]')).toContainText(
    'FICTIONAL example loaded: 60 rows used, 0 rows rejected',
  );
  await expect(page.locator('[data-ml-fictional]')).toBeVisible();
  await expect(page.locator('[data-ml-fictional]')).toHaveText(
    'FICTIONAL EXAMPLE: these are invented numbers, not real membership figures.',
  );
  await expect(page.locator('[data-ml-showing]')).toContainText('The FICTIONAL example (invented numbers)');
  await expect(page.getByText('No rows were rejected.')).toBeVisible();

  const [sample] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /Download the fictional example/ }).click(),
  ]);
  expect(sample.suggestedFilename()).toBe('groundwork-example-fictional.csv');
  expect(readFileSync((await sample.path())!, 'utf8')).toMatch(/^# FICTIONAL TEST DATA/);
  // Loaded again by hand under another name (a download renamed it), it is still marked as the fictional example.
  await page.setInputFiles('#ml-file', {
    name: 'renamed (1).csv',
    mimeType: 'text/csv',
    buffer: readFileSync((await sample.path())!),
  });
  await expect(page.locator('[data-ml-status]')).toContainText('FICTIONAL example loaded');
  await expect(page.locator('[data-ml-showing]')).toContainText('The FICTIONAL example (invented numbers)');
  expect(network(requests)).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
});

/** SYNTHETIC test file, made here: invented counts for real 2010-2023 seats, in a UK spreadsheet's export format. */
function spreadsheetCsv(rows: string[]): { name: string; mimeType: string; buffer: Buffer } {
  const text = ['ons_code,date,members,activists', ...rows].join('\r\n');
  return { name: 'SYNTHETIC-spreadsheet-export.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') };
}

test('files that cannot be used, or only in part, say why (the page passes axe before any file is chosen); a spreadsheet export is read, in a worker, and says how; no request after a file is chosen', async ({
  sharedPage: page,
}) => {
  // One load of the page (its 650-seat map) serves four files in turn: each file read replaces what the last one showed.
  await open(page);
  const requests = recordRequests(page);
  await test.step('a file that cannot be used says why, and the page passes axe before any file is chosen', async () => {
    // The page before any file is chosen is the page as loaded: pages.spec.ts scans that state, unless it stops
    // scanning this page.
    if (!scannedAsLoaded('/membership/local/')) expect(await axeViolations(page)).toEqual([]);
    await page.setInputFiles('#ml-file', {
      name: 'broken.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('ons_code,date\nE14000887,2019-11-01\n'),
    });
    await expect(page.locator('[data-ml-status]')).toContainText(
      'broken.csv: no rows could be used. missing required column "members"',
    );
    await expect(page.locator('[data-ml-notes]')).toContainText(
      'Cannot use the file (line 1): missing required column "members".',
    );
    await expect(page.locator('[data-ml-results]')).toBeHidden();
  });

  await test.step('headers that cannot be guessed: nothing is read until the reader chooses the columns', async () => {
    await page.setInputFiles('#ml-file', {
      name: 'SYNTHETIC-odd.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Alpha,Beta,Gamma\nE14000887,sometime,many\n', 'utf8'),
    });
    await expect(page.locator('[data-ml-status]')).toContainText(
      'SYNTHETIC-odd.csv: no rows could be used. missing required column "date"; choose the columns under "Which column is which" below, then read the file.',
    );
    await expect(page.locator('form[data-ml-mapping]')).toContainText('were not all recognised');
    await expect(page.getByLabel('Date of the figures')).toHaveValue('');
    await expect(page.getByLabel('Seat code (ONS)')).toHaveValue('0');
    await page.getByRole('button', { name: 'Read the file with these columns' }).click();
    await expect(page.locator('[data-ml-mapping-problems]')).toHaveText(
      'To read the file, choose the column with the date; choose the column with the members count.',
    );
  });

  await test.step('forty rows with the same problem are one message with a count and a fix', async () => {
    const bad = Array.from({ length: 40 }, (_, i) => `E14000887,${String(i + 1).padStart(2, '0')}/13/2019,100,`);
    await page.setInputFiles('#ml-file', spreadsheetCsv(['E14000530,31/05/2017,870,20', ...bad]));
    await expect(page.locator('[data-ml-status]')).toContainText('1 row used, 40 rows rejected');
    const groups = page.locator('[data-ml-groups] li');
    await expect(groups).toHaveCount(1);
    await expect(groups.first()).toHaveText(
      '40 rows (lines 3, 4, 5, 6, 7, 8, 9, 10, …): for example, date "01/13/2019" is not a real date (read as day/month/year). Fix: check the day and month; dates like 31/03/2024 are read day first (UK order).',
    );
  });

  await test.step('a spreadsheet export with dd/mm/yyyy dates and "1,039" is read, parsed in a worker, and says how it was read', async () => {
    await page.setInputFiles(
      '#ml-file',
      spreadsheetCsv([
        'E14000887,31/05/2017,"1,039",40',
        'E14000887,30/11/2019,"1,210",55',
        'E14000530,31/05/2017,870,20',
        'E14000530,30/11/2019,905,22',
      ]),
    );
    await expect(page.locator('[data-ml-status]')).toContainText(
      'Read SYNTHETIC-spreadsheet-export.csv: 4 rows used, 0 rows rejected, 2010–2023 seats.',
    );
    await expect(putney(page)).toHaveAttribute('aria-label', 'Putney: 1,210 members on 30 November 2019');
    await expect(page.locator('[data-ml-notes]')).toContainText(
      '4 dates written like 31/03/2024 were read as day/month/year (UK order)',
    );
    await expect(page.locator('[data-ml-notes]')).toContainText(
      '2 rows had counts with thousands separators (like 1,039), read as whole numbers',
    );
    // The parser's worker was started with the page (from this site), so choosing the file requested nothing.
    expect(page.workers().map((w) => new URL(w.url()).origin)).toEqual([new URL(page.url()).origin]);
    expect(network(requests)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });
});

test('a file with unusual headers: the guess is shown, the reader maps the columns and the date format, and sees the result at 390 px', async ({
  sharedPage: page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page);
  const requests = recordRequests(page);
  await page.setInputFiles('#ml-file', UNUSUAL);
  const mapping = page.locator('form[data-ml-mapping]');
  await expect(mapping).toBeVisible();
  await expect(page.locator('[data-ml-status]')).toContainText(
    'Read e2e-unusual-headers.csv: 3 rows used, 0 rows rejected, 2010–2023 seats.',
  );
  // The guess: codes and dates found by their values, the name by "Seat", and the first count column taken as members.
  await expect(mapping).toContainText('matched by a guess');
  await expect(page.getByLabel('Seat code (ONS)')).toHaveValue('0');
  await expect(page.getByLabel('Seat name')).toHaveValue('1');
  await expect(page.getByLabel('Date of the figures')).toHaveValue('2');
  await expect(page.getByLabel('Members count')).toHaveValue('3');
  await expect(page.getByLabel('Members count').locator('option:checked')).toHaveText('D: Tally (9)');
  await expect(putney(page)).toHaveAttribute('aria-label', 'Putney: 12 members on 11 January 2019');

  // The reader corrects it: members are "On roll", "Tally" is activists, and the dates are month first.
  await page.getByLabel('Members count').selectOption({ label: 'E: On roll (240)' });
  await page.getByLabel('Activists (optional)').selectOption('3');
  await page.getByLabel('Dates are written').selectOption('mdy');
  await page.getByRole('button', { name: 'Read the file with these columns' }).focus();
  await page.keyboard.press('Enter');
  await expect(putney(page)).toHaveAttribute('aria-label', 'Putney: 300 members on 1 November 2019');
  await expect(page.locator('[data-ml-status]')).toContainText(
    'Read e2e-unusual-headers.csv: 3 rows used, 0 rows rejected',
  );
  await expect(page.locator('[data-ml-notes]')).toContainText(
    '3 dates written like 03/31/2024 were read as month/day/year (US order), as chosen',
  );
  await expect(page.getByLabel('Members count')).toHaveValue('4');
  await expect(page.getByRole('table', { name: 'Figures for Battersea' })).toContainText('455');

  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const box = await mapping.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  expect(network(requests)).toEqual([]);
  expect(await axeViolations(page, { include: 'form[data-ml-mapping]' })).toEqual([]);
});

test('at 320 px the page does not scroll sideways: the file picker fits its box', async ({ sharedPage: page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await open(page);
  const drop = await page.locator('.ml-drop').boundingBox();
  const input = await page.locator('#ml-file').boundingBox();
  expect(input!.x + input!.width).toBeLessThanOrEqual(drop!.x + drop!.width);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('the map is one Tab stop: arrow keys move to the neighbouring seat (from the page, no request), Enter shows its trend', async ({
  sharedPage: page,
}) => {
  await open(page);
  const requests = recordRequests(page);
  await page.getByRole('button', { name: 'Try the fictional example' }).click();
  await expect(page.locator('[data-ml-status]')).toContainText('FICTIONAL example loaded');
  const map = page.locator('[data-ml-map="2010"]');
  await expect(map.locator('a.gw-map__seat[tabindex="0"]')).toHaveCount(1);
  await expect(map.locator('a.gw-map__seat:not([tabindex="-1"])')).toHaveCount(1);
  // Shift+Tab from the seat chooser below the map lands on the map's one stop.
  await page.getByLabel('Seat', { exact: true }).focus();
  await page.keyboard.press('Shift+Tab');
  const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.code ?? null);
  const first = await focused();
  expect(first).toMatch(/^[EWSN]\d{8}$/);
  // The arrow keys follow the neighbours of the national hex map (the file the site's own map loads for them).
  const wire = JSON.parse(readFileSync(new URL('../../dist/maps/uk/hex-2010.json', import.meta.url), 'utf8')) as {
    seats: string[][];
  };
  const right = wire.seats.find((s) => s[0] === first)![3]!;
  const left = wire.seats.find((s) => s[0] === right)![2]!;
  await page.keyboard.press('ArrowRight');
  expect(await focused()).toBe(right);
  await page.keyboard.press('ArrowLeft');
  expect(await focused()).toBe(left);
  await expect(map.locator('a.gw-map__seat[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-ml-status]')).toContainText('Showing the trend for');
  expect(network(requests)).toEqual([]);
});

withoutScripts('without JavaScript', () => {
  // No file picker, boundary choice or example button that would do nothing; the example file still downloads.
  test('shows no file control that would do nothing', async ({ sharedPage: page }) => {
    await page.goto('/membership/local/');
    for (const inert of ['#ml-file', '#ml-set', '[data-ml-sample]'])
      await expect(page.locator(inert), inert).toBeHidden();
    await expect(page.locator('[data-ml-sample-download]')).toBeVisible();
    // Playwright's Chromium without scripts still parses <noscript> as text, so its notice is read, not seen: it comes
    // straight after the heading, before anything else of the section.
    const notice = await page.locator('#ml-load-h + noscript').textContent();
    expect(notice).toContain('This tool needs JavaScript to read your file in the browser.');
  });
});
