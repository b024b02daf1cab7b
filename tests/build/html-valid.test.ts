// Every kind of page is valid HTML by the Nu HTML checker (vnu-jar): one page of each kind plus a seeded random
// sample of all pages (validating all 3,500 pages takes minutes, a sample seconds: `npm run check:html` does all).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../tools/check/crawl';
import { representativePages, seededSample } from '../../tools/check/routes';
import { REPO } from '../../tools/check/site-copy';
import { groupMessages, validateHtml } from '../../tools/check/vnu';

const DIST = join(REPO, 'dist');
const RANDOM_PAGES = 40;
const SEED = 20260107;

describe('HTML validity of dist/', () => {
  it('a page of every kind and a random sample have no Nu HTML checker errors', () => {
    expect(existsSync(join(DIST, 'index.html')), 'dist/ has no index.html: build the site first').toBe(true);
    const all = listFiles(DIST, /\.html$/);
    const kinds = representativePages(DIST, join(REPO, 'data/derived'));
    const files = [...new Set([...kinds.map((k) => k.file), ...seededSample(all, RANDOM_PAGES, SEED)])];
    const t0 = Date.now();
    const byMessage = groupMessages(
      validateHtml(
        files.map((f) => join(DIST, f)),
        DIST,
      ),
    );
    const errors = [...byMessage.values()].reduce((s, e) => s + e.n, 0);
    console.log(
      `html: ${files.length} pages validated (${kinds.length} kinds, ${RANDOM_PAGES} random of ${all.length}) in ${((Date.now() - t0) / 1000).toFixed(1)} s; ${errors} errors`,
    );
    expect([...byMessage].map(([msg, e]) => `${msg} (${e.n}x, e.g. ${e.example})`)).toEqual([]);
  }, 600_000);
});
