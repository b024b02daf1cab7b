// Every built page (dist/) carries the Content-Security-Policy and nothing on it needs what the policy forbids:
// no style="" attributes, no inline event handlers, no <style> or inline <script> without a hash in the policy.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../tools/check/crawl';
import { cspFindings } from '../../tools/check/csp';
import { REPO } from '../../tools/check/site-copy';

const DIST = join(REPO, 'dist');

describe('Content-Security-Policy of dist/', () => {
  it('every page has the policy and no inline style, handler, style element or script that it would block', () => {
    expect(existsSync(join(DIST, 'index.html')), 'dist/ has no index.html: build the site first').toBe(true);
    const pages = listFiles(DIST, /\.html$/);
    const grouped = new Map<string, { n: number; pages: Set<string>; example: string }>();
    for (const page of pages) {
      for (const f of cspFindings(readFileSync(join(DIST, page), 'utf8'))) {
        const key = `${f.kind}: ${f.detail.replace(/#[0-9a-f]{3,8}\b/gi, '#…')}`;
        const g = grouped.get(key) ?? { n: 0, pages: new Set<string>(), example: page };
        g.n++;
        g.pages.add(page);
        grouped.set(key, g);
      }
    }
    console.log(`csp: ${pages.length} pages checked, ${grouped.size} kinds of blocked inline content`);
    expect(
      [...grouped]
        .sort((a, b) => b[1].n - a[1].n)
        .map(([k, g]) => `${k} (${g.n}x on ${g.pages.size} pages, e.g. ${g.example})`),
    ).toEqual([]);
  }, 600_000);
});
