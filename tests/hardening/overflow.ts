// Pages that hold their shape: in any built dist folder, every page whose HTML contains a given word (by default the
// 10,000-character word of the hostile build, tools/check/hostile.ts) is opened in Chromium at 390 and 1280 px and
// must be no wider than the viewport (tests/e2e/hostile.spec.ts runs this check in `npm test`). The command prints
// one line per page and width, and a summary; it exits 1 on any overflow.
// Usage: tsx tests/hardening/overflow.ts <dist> [word] [--max N]
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { LONG_WORD } from '../../tools/check/hostile-strings';
import { serveStatic } from '../../tools/check/static-server';

export const WIDTHS = [390, 1280] as const;

/** Pages under `dist` (as URL paths) whose HTML contains `word`. */
export function pagesWith(dist: string, word: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.html') && readFileSync(full, 'utf8').includes(word))
        out.push(`/${relative(dist, full).replace(/index\.html$/, '')}`);
    }
  };
  walk(dist);
  return out.sort();
}

export interface OverflowResult {
  path: string;
  width: number;
  scrollWidth: number;
  /** The widest element sticking out past the viewport, for the message. */
  culprit: string | null;
}

/** The open page's document scroll width and the widest element sticking out past the viewport. */
export async function overflowOf(page: Pick<Page, 'evaluate'>): Promise<Omit<OverflowResult, 'path' | 'width'>> {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    let culprit: string | null = null;
    let widest = vw;
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect();
      if (
        box.right > widest + 1 &&
        getComputedStyle(el).position !== 'fixed' &&
        !el.closest('.table-scroll, [data-scroll]')
      ) {
        widest = box.right;
        culprit = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} (right edge ${Math.round(box.right)} px)`;
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, culprit };
  });
}

/** Opens each page at each width and measures the document's scroll width. */
export async function measure(dist: string, paths: readonly string[]): Promise<OverflowResult[]> {
  const { url, server } = await serveStatic(dist);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  const results: OverflowResult[] = [];
  try {
    for (const width of WIDTHS) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      for (const path of paths) {
        await page.goto(new URL(path.replace(/^\//, ''), url).href, { waitUntil: 'load' });
        results.push({ path, width, ...(await overflowOf(page)) });
      }
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}

const [dist, wordArg, ...rest] = process.argv.slice(2);
if (dist && process.argv[1]?.endsWith('overflow.ts')) {
  const word = wordArg && !wordArg.startsWith('--') ? wordArg : LONG_WORD;
  const maxIdx = rest.indexOf('--max');
  const paths = pagesWith(dist, word).slice(0, maxIdx >= 0 ? Number(rest[maxIdx + 1]) : undefined);
  const results = await measure(dist, paths);
  const bad = results.filter((r) => r.scrollWidth > r.width);
  for (const r of results)
    console.log(
      `${r.scrollWidth > r.width ? 'OVERFLOW' : 'ok      '} ${String(r.width).padStart(4)} px ${r.path}${r.scrollWidth > r.width ? `: ${r.scrollWidth} px wide; ${r.culprit ?? ''}` : ''}`,
    );
  console.log(
    `overflow: ${paths.length} pages with the word x ${WIDTHS.length} widths, ${bad.length} wider than the viewport`,
  );
  process.exitCode = bad.length ? 1 : 0;
}
