// Every internal link and asset in the built site (dist/) resolves: hrefs, srcs, srcsets, link rels, social images,
// refresh targets, CSS url()s, fragments and sitemap URLs, each mapped to a file in dist.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crawl, summarise } from '../../tools/check/crawl';
import { BASE, SITE_ORIGIN } from '../../tools/check/site-origin';
import { REPO } from '../../tools/check/site-copy';

const DIST = join(REPO, 'dist');

describe('links and assets in dist/', () => {
  it('all internal references resolve to files in dist (and fragments to ids)', () => {
    expect(existsSync(join(DIST, 'index.html')), 'dist/ has no index.html: build the site first').toBe(true);
    const t0 = Date.now();
    const r = crawl(DIST, { base: BASE, origin: SITE_ORIGIN });
    console.log(
      `links: ${r.pages} pages crawled, ${r.checked} internal references to ${r.targets} distinct targets checked, ${r.external} external links left alone, ${r.problems.length} problems (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
    );
    expect(summarise(r.problems)).toEqual([]);
  }, 600_000);
});
