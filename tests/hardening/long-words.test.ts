// A 10,000-character word in a curated name (first organiser row) and a seat-set title makes no page wider than the
// viewport at 390 or 1280 px. Runs against any dist folder built from the long-word derived tables:
//   tsx tests/hardening/support/long-word-data.ts <work> <derived>
//   GROUNDWORK_DERIVED=<derived> astro build --outDir <dist>
//   GROUNDWORK_LONGWORD_DIST=<dist> vitest run tests/hardening/long-words.test.ts
// Without GROUNDWORK_LONGWORD_DIST it is skipped (the test harness decides when to build that site).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measure, pagesWith } from './overflow';

const DIST = process.env.GROUNDWORK_LONGWORD_DIST;
const WORD = `Longword${'x'.repeat(40)}`;

describe.skipIf(!DIST || !existsSync(DIST))('long words (GROUNDWORK_LONGWORD_DIST)', () => {
  it('every page showing the word (seat, claim, set, map, embed pages) is no wider than the viewport at 390 and 1280 px', async () => {
    const pages = pagesWith(DIST!, WORD);
    expect(pages.length).toBeGreaterThan(10);
    const results = await measure(DIST!, pages);
    const wide = results.filter((r) => r.scrollWidth > r.width).map((r) => `${r.width} px ${r.path}: ${r.scrollWidth} px (${r.culprit ?? '?'})`);
    console.log(`long words: ${pages.length} pages x 2 widths, ${wide.length} wider than the viewport`);
    expect(wide).toEqual([]);
  }, 900_000);

  it('a set title repeated per map feature is stored once: the set map embed stays under 0.5 MB with a 10,000-character title', async () => {
    const { statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const embed = join(DIST!, 'embed/map/hex-2019-set-cou-2019/index.html');
    expect(statSync(embed).size).toBeLessThan(500_000);
  });
});
