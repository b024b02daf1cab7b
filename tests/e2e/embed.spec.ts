// Embeds on another site: a plain page on another local port uses the published snippets; the frames load,
// size themselves to their content, show the source line, follow light/dark (or the theme the snippet pins), show the
// whole graphic when the host's CSP blocks the resizer, and nothing else is fetched.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, withoutScripts } from '../support/shared-page';
import type { Page } from '@playwright/test';
import { axeViolations } from '../support/axe';

let server: Server;
let hostOrigin = '';
let snippets: string[] = [];
let initialHeights: number[] = [];

const HOSTILE_FRAME = `<!doctype html><title>Not Groundwork</title><script>
  parent.postMessage({ type: 'groundwork:height', height: 7, id: 'seat-history/E14000887' }, '*');
</script>`;

function hostPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark">
<title>A blog post</title><style>body{margin:0 auto;max-width:40rem;padding:8px}</style></head><body>
<h1>A blog post with embeds</h1>${snippets.map((s, i) => `<section><h2>Embed ${i + 1}</h2>${s}</section>`).join('')}
<iframe id="other" src="/other.html" title="another widget" style="height:50px"></iframe></body></html>`;
}

test.beforeAll(async ({ browser, baseURL }) => {
  const page = await browser.newPage();
  await page.goto('/seat/E14000887/');
  const seat = await page.locator('textarea[id$="-embed"]').first().inputValue();
  const map = await page.request.get('/oembed/map/hex-2024-winner.json');
  const other = map.ok() ? map : await page.request.get('/oembed/membership-trend/uk.json');
  const second = ((await other.json()) as { html: string }).html;
  await page.close();
  // The published snippets carry the site's public address; point them at the test server instead.
  const published = new URL(/src="([^"]+)"/.exec(seat)![1]!).origin;
  snippets = [seat, second].map((s) => s.replaceAll(published, baseURL!));
  // The site's snippet is a responsive box (no fixed height); the oEmbed html is a plain iframe with one.
  expect(seat).toMatch(
    /^<div data-groundwork-box style="position:relative;width:100%;height:0;padding-top:min\(calc\(min\(calc\([\d.]+% \+ \d+px\), \d+px, max\(\d+px, calc\(-?[\d.]+% \+ \d+px\)\)\) \+ clamp\(0px, \(488px - 100%\) \* 1000, 99999px\)\), calc\([^"]+\)\)"><iframe /,
  );
  initialHeights = snippets.map((s) => Number(/height="(\d+)"/.exec(s)?.[1] ?? NaN));
  server = createServer((req, res) => {
    const body = req.url === '/other.html' ? HOSTILE_FRAME : req.url === '/' ? hostPage() : null;
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function frameHeights(page: Page): Promise<{ frame: number; content: number }[]> {
  const out = [];
  const frames = page.locator('iframe[data-groundwork-embed]');
  for (let i = 0; i < (await frames.count()); i++) {
    const el = frames.nth(i);
    const frame = await el.evaluate((f) => f.getBoundingClientRect().height);
    const content = await (await el.elementHandle())!
      .contentFrame()
      .then((f) => f!.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)));
    out.push({ frame, content });
  }
  return out;
}

test('the snippets load, show the source line, resize to their content, and ignore messages from elsewhere', async ({
  sharedPage: page,
  baseURL,
}) => {
  const origins = new Set<string>();
  page.on('request', (r) => origins.add(new URL(r.url()).origin));
  await page.setViewportSize({ width: 640, height: 900 });
  await page.goto(hostOrigin);

  const frames = page.locator('iframe[data-groundwork-embed]');
  await expect(frames).toHaveCount(2);
  for (let i = 0; i < 2; i++) {
    await frames.nth(i).scrollIntoViewIfNeeded();
    await expect(page.frameLocator('iframe[data-groundwork-embed]').nth(i).locator('.source')).toContainText(
      'Source: ',
    );
  }
  await expect(
    page
      .frameLocator('iframe[data-groundwork-embed]')
      .first()
      .getByRole('img', { name: /Vote share by party in Putney/ }),
  ).toBeVisible();

  // The resizer set each frame's height to its content's, replacing the snippet's first guess.
  await expect
    .poll(async () => (await frameHeights(page)).map((h) => Math.abs(h.frame - h.content) <= 1))
    .toEqual([true, true]);
  const wide = await frameHeights(page);
  // The boxed snippet's box takes the height; the plain iframe takes it itself.
  expect(await frames.nth(0).evaluate((f) => f.parentElement!.style.paddingTop)).toBe(`${wide[0]!.content}px`);
  expect(await frames.nth(1).evaluate((f) => f.style.height)).toBe(`${wide[1]!.content}px`);
  expect(wide[1]!.frame, "the plain frame still has the snippet's height").not.toBe(initialHeights[1]);

  // Narrow the page to 280 px: the content reflows and the frames follow (ResizeObserver in the frame). Chromium
  // pauses rendering in cross-origin frames out of view, so each reports when it is scrolled to.
  await page.setViewportSize({ width: 296, height: 900 });
  for (let i = 0; i < 2; i++) {
    await frames.nth(i).scrollIntoViewIfNeeded();
    await expect
      .poll(async () => {
        const h = (await frameHeights(page))[i]!;
        return Math.abs(h.frame - h.content) <= 1;
      })
      .toBe(true);
  }
  const narrow = await frameHeights(page);
  expect(narrow[0]!.content).not.toBe(wide[0]!.content);

  // Fake height messages from the host window and from a frame that is not Groundwork's change nothing.
  await page.evaluate(() =>
    window.postMessage({ type: 'groundwork:height', height: 7, id: 'seat-history/E14000887' }, '*'),
  );
  await page.waitForTimeout(300);
  expect((await frameHeights(page)).map((h) => h.frame)).toEqual(narrow.map((h) => h.frame));
  expect(await page.locator('#other').evaluate((f) => (f as HTMLIFrameElement).style.height)).toBe('50px');

  expect([...origins].sort()).toEqual([hostOrigin, new URL(baseURL!).origin].sort());
});

test("the embed code offered first stays light under a dark system setting; an embed without ?theme= follows the reader's", async ({
  sharedPage: page,
}) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(hostOrigin);
    const frame = page.frameLocator('iframe[data-groundwork-embed]').first();
    await expect(frame.locator('html')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  }
  for (const [scheme, background] of [
    ['light', 'rgb(255, 255, 255)'],
    ['dark', 'rgb(20, 20, 20)'],
  ] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/embed/seat-history/E14000887/');
    await expect(page.locator('html')).toHaveCSS('background-color', background);
  }
});

test('?theme=light holds under a dark system setting, and ?theme=dark under a light one', async ({
  sharedPage: page,
}) => {
  for (const [scheme, theme, background] of [
    ['dark', 'light', 'rgb(255, 255, 255)'],
    ['light', 'dark', 'rgb(20, 20, 20)'],
  ] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/embed/seat-history/E14000887/?theme=${theme}`);
    await expect(page.locator('html')).toHaveCSS('background-color', background);
    await expect(page.locator('.source')).toHaveCSS(
      'color',
      theme === 'light' ? 'rgb(89, 89, 89)' : 'rgb(176, 176, 176)',
    );
  }
});

test.describe("a host page whose CSP blocks the resizer (script-src 'self')", () => {
  let cspServer: Server;
  let cspOrigin = '';
  let boxed: string[] = [];
  test.beforeAll(async ({ browser, baseURL }) => {
    const page = await browser.newPage();
    const grab = async (path: string, scope: string) => {
      await page.goto(path);
      return page.locator(`${scope} textarea[id$="-embed"]`).first().inputValue();
    };
    await page.goto('/claims/');
    const claim = await page.locator('main .claim-list a[href*="/claims/"]').first().getAttribute('href');
    const raw = [
      await grab('/seat/E14001434/', 'figure#vote-share'),
      await grab(claim!, 'figure'),
      await grab('/', '[data-map-tools]'),
    ];
    await page.close();
    const published = new URL(/src="([^"]+)"/.exec(raw[0]!)![1]!).origin;
    boxed = raw.map((s) => s.replaceAll(published, baseURL!));
    cspServer = createServer((req, res) => {
      const column = new URL(req.url ?? '/', 'http://host').searchParams.get('column') ?? '40rem';
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': "script-src 'self'",
      });
      res.end(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A strict news site</title><style>body{margin:0 auto;max-width:${column};padding:8px}</style></head><body><h1>News</h1>${boxed.map((s) => `<p>Text before.</p>${s}<p>Text after.</p>`).join('')}</body></html>`,
      );
    });
    await new Promise<void>((resolve) => cspServer.listen(0, '127.0.0.1', resolve));
    cspOrigin = `http://127.0.0.1:${(cspServer.address() as AddressInfo).port}`;
  });
  test.afterAll(async () => {
    await new Promise((resolve) => cspServer.close(resolve));
  });

  // A 48rem column is wider than the map's own drawing (566 px): the drawing must stop growing there, as the box assumes.
  for (const [width, column] of [
    [390, '40rem'],
    [1280, '40rem'],
    [1280, '48rem'],
  ] as const) {
    test(`at ${width} px in a ${column} column each graphic shows whole, source line included`, async ({
      sharedPage: page,
    }) => {
      const blocked: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy/.test(m.text())) blocked.push(m.text());
      });
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${cspOrigin}/?column=${column}`);
      const frames = page.locator('iframe[data-groundwork-embed]');
      await expect(frames).toHaveCount(3);
      for (let i = 0; i < 3; i++) {
        await frames.nth(i).scrollIntoViewIfNeeded();
        const frame = page.frameLocator('iframe[data-groundwork-embed]').nth(i);
        await expect(frame.locator('.source')).toContainText('Source: ');
        const [h] = await frameHeights(page).then((all) => [all[i]!]);
        expect(h!.content, `frame ${i}: content ${h!.content} px in a ${h!.frame} px box`).toBeLessThanOrEqual(
          Math.ceil(h!.frame) + 1,
        );
        // The box is a fit, not a page of blank space: at most a third more than the content.
        expect(h!.frame, `frame ${i}`).toBeLessThan(h!.content * 1.34 + 40);
      }
      // The resizer really was blocked: the boxes keep their CSS formula.
      expect(await frames.first().evaluate((f) => f.parentElement!.style.paddingTop)).toMatch(/^min\(/);
      expect(blocked.length).toBeGreaterThan(0);
    });
  }
});

test.describe('an embed page on its own', () => {
  test('a map embed is one Tab stop: arrow keys move between seats and focus shows the tooltip, with a visible ring', async ({
    sharedPage: page,
  }) => {
    await page.goto('/embed/map/hex-2024-winner/');
    await expect(page.locator('a.gw-map__seat[tabindex="0"]')).toHaveCount(1);
    expect(await page.locator('a.gw-map__seat').count()).toBeGreaterThan(600);
    await page.keyboard.press('Tab');
    const focused = page.locator('a.gw-map__seat:focus');
    await expect(focused).toHaveCount(1);
    const tip = page.locator('.gw-mapfig__tip');
    await expect(tip).toBeVisible();
    const first = await focused.getAttribute('data-code');
    const name = (await tip.locator('strong').textContent())!;
    expect(name.length).toBeGreaterThan(2);
    expect(await focused.getAttribute('aria-label')).toContain(name);
    await expect(page.locator('path.gw-map__focus')).not.toHaveAttribute('d', '');
    await expect(page.locator('path.gw-map__focus')).toHaveCSS('stroke-width', '4px');
    // The first arrow key that leads somewhere from the first seat, by the map's geometry file (hex, 2024 seats),
    // which the embed loads on the first arrow key.
    const wire = (await (await page.request.get('/maps/uk/hex-2024.json')).json()) as { seats: string[][] };
    const [, , ...nav] = wire.seats.find((s) => s[0] === first)!;
    const i = nav.findIndex((code) => code !== '');
    // The file lists each seat's neighbours left, right, up, down.
    await page.keyboard.press(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'][i]!);
    await expect(page.locator(`a.gw-map__seat[data-code="${nav[i]}"]`)).toBeFocused();
    await expect(page.locator('a.gw-map__seat[tabindex="0"]')).toHaveCount(1);
    await expect(tip).toBeVisible();
    // One more Tab leaves the map for the link back.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: /see it with the full data/ })).toBeFocused();
    await expect(tip).toBeHidden();
  });

  test("a seat clicked in a map embed opens the seat's page in a new tab; the frame stays on the map", async ({
    sharedPage: page,
  }) => {
    await page.goto('/embed/region-map/london/');
    const seat = page.locator('a.gw-map__seat[data-code="E14001434"]');
    const [tab] = await Promise.all([page.context().waitForEvent('page'), seat.click()]);
    await tab.waitForLoadState();
    expect(new URL(tab.url()).pathname).toBe('/seat/E14001434/');
    await tab.close();
    expect(new URL(page.url()).pathname).toBe('/embed/region-map/london/');
  });

  test('fits 280 px without horizontal scrolling, showing the narrow drawing, and has no axe violations', async ({
    sharedPage: page,
  }) => {
    await page.setViewportSize({ width: 280, height: 700 });
    await page.goto('/embed/seat-history/E14000887/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(280);
    const chart = page.getByRole('img', { name: /Vote share by party in Putney/ });
    await expect(chart).toHaveCount(1);
    await expect(chart).toHaveAttribute('viewBox', '0 0 340 300');
    expect((await chart.boundingBox())!.width).toBeLessThanOrEqual(280);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 600, height: 700 });
    await expect(page.getByRole('img', { name: /Vote share by party in Putney/ })).toHaveAttribute(
      'viewBox',
      '0 0 640 300',
    );
  });

  test('a map embed outlines the seat under the pointer and the seat with keyboard focus, as the site does', async ({
    sharedPage: page,
  }) => {
    await page.goto('/embed/region-map/london/');
    const seat = page.locator('a.gw-map__seat').first();
    const width = () =>
      seat
        .locator('path')
        .first()
        .evaluate((p) => getComputedStyle(p).strokeWidth);
    expect(await width()).toBe('0.5px');
    await seat.hover();
    await expect.poll(width).toBe('2px');
    await page.mouse.move(0, 0);
    await page.keyboard.press('Tab');
    await expect(seat).toBeFocused();
    await expect.poll(width).toBe('5px');
  });

  withoutScripts('with scripts blocked', () => {
    test('still shows the chart, legend, source and the link back', async ({ sharedPage: page }) => {
      await page.goto('/embed/seat-history/E14000887/');
      await expect(page.getByRole('img', { name: /Vote share by party in Putney/ })).toBeVisible();
      await expect(page.getByRole('list', { name: 'Legend' })).toContainText('Conservative');
      await expect(page.locator('.source')).toContainText('House of Commons Library (Open Parliament Licence v3.0)');
      await expect(page.getByRole('link', { name: /see it with the full data/ })).toHaveAttribute(
        'href',
        /\/seat\/E14000887\/#vote-share$/,
      );
    });
  });
});

test.describe('controls beside a graphic', () => {
  test('Embed, Download and Cite work and pass axe with every disclosure open', async ({ sharedPage: page }) => {
    await page.goto('/seat/E14000887/');
    const figure = page.locator('figure#vote-share');
    await figure.getByText('Embed', { exact: true }).click();
    // The code offered first pins the light theme: a light article stays light for a reader whose system is dark.
    await expect(figure.getByLabel('Always light')).toBeChecked();
    await expect(figure.getByLabel(/^Embed code: paste/)).toHaveValue(
      /^<div data-groundwork-box [^>]+><iframe src="[^"]+\/embed\/seat-history\/E14000887\/\?theme=light" title="Vote share by party in Putney, 2010 to 2019" data-groundwork-embed/,
    );
    // The colour choice swaps the snippet (CSS :has; the script added the others): following the reader drops ?theme=.
    const follow = figure.getByLabel(/^Embed code \(following the reader's setting\)/);
    await expect(follow).toBeHidden();
    await figure.getByLabel('Follow the reader').check();
    await expect(follow).toBeVisible();
    await expect(follow).toHaveValue(/src="[^"]+\/embed\/seat-history\/E14000887\/" title=/);
    await expect(figure.getByLabel(/^Embed code: paste/)).toBeHidden();
    await figure.getByLabel('Always dark').check();
    await expect(figure.getByLabel(/^Embed code \(dark\)/)).toHaveValue(/\?theme=dark"/);
    // The PNG is drawn in the browser from the SVG download (tests/e2e/downloads.spec.ts checks the file).
    await expect(figure.getByRole('button', { name: /^PNG/ })).toHaveAttribute(
      'data-png-from',
      /\/downloads\/seat-history\/E14000887\.svg$/,
    );
    for (const ext of ['svg', 'csv']) {
      const href = await figure.getByRole('link', { name: new RegExp(`^${ext.toUpperCase()}`) }).getAttribute('href');
      expect(href).toMatch(new RegExp(`/downloads/seat-history/E14000887\\.${ext}$`));
      expect((await page.request.get(href!)).ok()).toBe(true);
    }
    await figure.locator('summary', { hasText: 'Cite' }).click();
    await page.locator('footer summary', { hasText: 'Cite this page' }).click();
    const now = new Date();
    const today = `${now.getDate()} ${now.toLocaleString('en-GB', { month: 'long' })} ${now.getFullYear()}`;
    await expect(figure.getByLabel('Plain text')).toHaveValue(
      new RegExp(
        `^Groundwork \\(\\d{4}\\)\\. Vote share by party in Putney, 2010 to 2019\\. Data version ([0-9a-f]+) \\(tables: \\S+/data/v/\\1/\\)\\. \\S+/seat/E14000887/#vote-share \\(accessed ${today}\\)\\.$`,
      ),
    );
    await expect(page.locator('footer').getByLabel('BibTeX')).toHaveValue(
      /@misc\{groundwork_seat_E14000887_[0-9a-f]+,/,
    );
    expect(await axeViolations(page)).toEqual([]);
  });
});

withoutScripts('controls beside a graphic, without JavaScript', () => {
  test('Embed shows the light snippet and how to change its colours; Cite the permalink and plain text', async ({
    sharedPage: page,
  }) => {
    await page.goto('/seat/E14000887/');
    const figure = page.locator('figure#vote-share');
    await figure.getByText('Embed', { exact: true }).click();
    await expect(figure.getByLabel(/^Embed code: paste/)).toHaveValue(
      /<iframe src="[^"]+\/embed\/seat-history\/E14000887\/\?theme=light" title="Vote share by party in Putney, 2010 to 2019"/,
    );
    await expect(figure.getByText('Colours')).toBeHidden();
    await expect(
      figure.getByText(/The frame is always light\. For dark, write \?theme=dark in place of \?theme=light/),
    ).toBeVisible();
    await figure.locator('summary', { hasText: 'Cite' }).click();
    await expect(figure.getByRole('link', { name: /\/seat\/E14000887\/#vote-share$/ })).toBeVisible();
    await expect(figure.getByLabel('Plain text')).toHaveValue(/^Groundwork \(\d{4}\)\. Vote share by party in Putney/);
    await expect(figure.getByLabel('APA style')).toHaveCount(0);
  });
});
