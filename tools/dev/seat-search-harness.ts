// Dev harness for SeatSearch: renders the real component twice on a bare page served through Astro's Vite setup,
// with the search index built in memory and the postcode district files from data/derived (run `npm run data`), then drives it in headless
// Chromium and saves screenshots. `npx tsx tools/dev/seat-search-harness.ts` (OUT=/tmp/seat-search-shots).
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Page } from 'playwright-core';
import { buildSearchIndex } from '../../src/lib/search/seat-index';
import { SEARCH_INDEX_PATH } from '../../src/lib/search/paths';
import { realSeats } from '../../tests/unit/search/real-seats';
import { CHROME_FLAGS } from '../../tests/support/chrome';
import { seatSearchRenderer } from '../../tests/support/seat-search-render';

const OUT = process.env.OUT ?? '/tmp/seat-search-shots';
mkdirSync(OUT, { recursive: true });

const DISTRICTS = 'data/derived/site/postcodes';
const files = new Map(readdirSync(DISTRICTS).map((f) => [`postcodes/${f}`, readFileSync(`${DISTRICTS}/${f}`, 'utf8')]));
files.set(SEARCH_INDEX_PATH, JSON.stringify(buildSearchIndex(realSeats())));

const { vite, render } = await seatSearchRenderer('development', '/tmp/seat-search-harness-vite');
const one = await render({ base: '/' });
const two = await render({ base: '/', id: 'second' });

const page = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>SeatSearch harness</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script type="module">import '/src/styles/global.css'; import '/src/components/SeatSearch.astro?astro&type=style&index=0&lang.css';</script>
</head><body><main class="wrap"><h1>SeatSearch harness</h1>${one}<div style="height:18rem"></div><h2>Second box</h2>${two}</main></body></html>`;

const requests: string[] = [];
const http = createHttpServer((req, res) => {
  const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
  if (path === '/') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    return;
  }
  const data = files.get(path.slice(1));
  if (data !== undefined) {
    requests.push(path);
    res.writeHead(200, { 'content-type': 'application/json' }).end(data);
    return;
  }
  if (path.startsWith('/postcodes/') || path.startsWith('/search/')) {
    res.writeHead(404).end();
    return;
  }
  vite.middlewares(req, res, () => res.writeHead(404).end());
});
await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: CHROME_FLAGS,
});
const report: string[] = [];
const check = (ok: boolean, what: string) => report.push(`${ok ? 'ok  ' : 'FAIL'} ${what}`);

async function run(scheme: 'light' | 'dark', width: number): Promise<void> {
  const p: Page = await browser.newPage({ viewport: { width, height: 760 }, colorScheme: scheme });
  const seen: string[] = [];
  p.on('request', (r) => seen.push(r.url()));
  await p.goto(origin, { waitUntil: 'networkidle' });
  const tag = `${scheme}-${width}`;
  check(!seen.some((u) => u.includes('client/seat-search')), `${tag}: combobox code not loaded before first focus`);
  const input = p.locator('#seat-search-1-input');
  await input.click();
  await input.pressSequentially('put');
  await p.waitForSelector('#seat-search-1-list [role="option"]');
  check(
    seen.some((u) => u.includes('client/seat-search')),
    `${tag}: combobox code loaded on focus`,
  );
  await p.keyboard.press('ArrowDown');
  check((await input.getAttribute('aria-expanded')) === 'true', `${tag}: aria-expanded true with results`);
  check(
    (await input.getAttribute('aria-activedescendant')) === 'seat-search-1-list-0',
    `${tag}: ArrowDown makes the first option active`,
  );
  check(
    (await p.locator('#seat-search-1-status').textContent()) === '2 seats found. Use the up and down arrows to choose.',
    `${tag}: live region counts results`,
  );
  await p.screenshot({ path: `${OUT}/name-${tag}.png` });
  await p.keyboard.press('Escape');
  check((await input.getAttribute('aria-expanded')) === 'false', `${tag}: Escape closes the list`);

  await input.fill('');
  await input.pressSequentially('sw15 1aa');
  await p.waitForSelector('#seat-search-1-result:not([hidden]) dd a');
  const reason = await p.locator('#seat-search-1-result .seat-search__reason').textContent();
  check(reason?.includes('From 2010 to 2023 it was in Putney') ?? false, `${tag}: SW15 1AA reason: ${reason}`);
  await p.screenshot({ path: `${OUT}/postcode-${tag}.png` });

  const second = p.locator('#second-input');
  await second.click();
  // A Northern Ireland postcode: the 2024 seat is known by district only, so the box offers the district's seats.
  await second.pressSequentially('BT1 1AA');
  await p.waitForSelector('#second-result:not([hidden]) .seat-search__choose a');
  const choices = await p.locator('#second-result .seat-search__choose a').count();
  check(choices >= 2, `${tag}: second box offers a choice of ${choices} seats for BT1 1AA`);
  await p.locator('#second-result').screenshot({ path: `${OUT}/choose-${tag}.png` });
  check(
    (await p.locator('#seat-search-1-result .seat-search__reason').textContent()) === reason,
    `${tag}: first box unaffected by the second`,
  );
  await second.fill('QQ');
  await second.fill('');
  await second.pressSequentially('TT1 1AA');
  await p.waitForFunction(() =>
    document.querySelector('#second-result .seat-search__reason')?.textContent?.includes('no postcode district TT1'),
  );
  check(true, `${tag}: unknown district explained`);
  await second.scrollIntoViewIfNeeded();
  await p.screenshot({ path: `${OUT}/second-${tag}.png`, fullPage: true });
  check(
    seen.every((u) => u.startsWith(origin) || u.startsWith('data:')),
    `${tag}: every request went to this origin (${seen.length} requests)`,
  );
  await p.close();
}

try {
  await run('light', 1024);
  await run('dark', 390);
} finally {
  await browser.close();
  http.close();
  await vite.close();
}
console.log(report.join('\n'));
console.log(`data requests: ${[...new Set(requests)].join(', ')}`);
console.log(`screenshots in ${OUT}`);
process.exit(report.some((l) => l.startsWith('FAIL')) ? 1 : 0);
