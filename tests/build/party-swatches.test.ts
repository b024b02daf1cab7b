// The party swatches of the built site (dist/): every party class a page uses (a table's swatch, a legend's line key)
// is defined, with that party's colour, in a stylesheet the page links, on the site's pages and on an embed.
import { describe, expect, it } from 'vitest';
import { PARTIES } from '../../src/lib/parties';
import { distText } from './dist-files';

function classesAndSheets(page: string): { used: Set<string>; css: string } {
  const html = distText(page);
  const used = new Set([...html.matchAll(/<i class="(?:swatch|key line(?: cased)?) (p-[a-z]+)"/g)].map((m) => m[1]!));
  const css = [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((m) => distText(m[1]!)).join('\n');
  return { used, css };
}

describe('party swatches in dist/', () => {
  for (const page of [
    'seat/E14000887/index.html',
    'region/london/index.html',
    'embed/seat-history/E14000887/index.html',
  ])
    it(`${page}: each party class it uses has its party's colour in a linked stylesheet`, () => {
      const { used, css } = classesAndSheets(page);
      expect(used.size).toBeGreaterThan(2);
      for (const cls of used) {
        const party = PARTIES.find((p) => `p-${p.code}` === cls)!;
        expect(css, cls).toContain(`.${cls}{--party:${party.colour}}`);
      }
    });

  it('a seat page draws no party swatch as SVG any more', () => {
    expect(distText('seat/E14000887/index.html')).not.toMatch(/<svg class="(swatch|key)"/);
  });
});
