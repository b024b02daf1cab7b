// Open Graph and Twitter card images: every one a page names exists in dist/ and is a 1200x630 PNG.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, distBytes, distText, htmlFiles, pngSize, toDistPath } from './dist-files';

describe('social card images', () => {
  it('every og:image and twitter:image in dist/ is a 1200x630 PNG', () => {
    const images = new Map<string, string>();
    for (const f of htmlFiles()) {
      const html = distText(f);
      for (const m of html.matchAll(/<meta (?:property="og:image"|name="twitter:image") content="([^"]+)"/g))
        images.set(m[1]!, f);
    }
    expect(images.size).toBeGreaterThan(1290);
    const bad: string[] = [];
    for (const [url, page] of images) {
      try {
        const size = pngSize(distBytes(toDistPath(url)));
        if (size.width !== 1200 || size.height !== 630) bad.push(`${url} (from ${page}): ${size.width}x${size.height}`);
      } catch (e) {
        bad.push(`${url} (from ${page}): ${(e as Error).message}`);
      }
    }
    expect(bad).toEqual([]);
  }, 300_000);

  it('every seat card is an indexed-colour PNG (at most 256 colours, so written exactly in a quarter of the raw bytes)', () => {
    const cards = readdirSync(join(DIST, 'og/seat'));
    expect(cards.length).toBeGreaterThan(1290);
    expect(cards.filter((f) => distBytes(`og/seat/${f}`)[25] !== 3)).toEqual([]);
  });

  it("a seat page's card is its own; other pages use the default card", () => {
    expect(distText('seat/E14000887/index.html')).toMatch(
      /<meta property="og:image" content="[^"]*\/og\/seat\/E14000887\.png">/,
    );
    expect(distText('methodology/index.html')).toMatch(/<meta property="og:image" content="[^"]*\/og\/default\.png">/);
    expect(distText('membership/index.html')).toMatch(
      /<meta property="og:image" content="[^"]*\/og\/graphics\/membership-trend\/uk\.png">/,
    );
  });
});

describe("claim charts' social cards", () => {
  it("Unite to Remain's card draws the headline's rows only, so its seven-row chart is legible at a card's size", async () => {
    const { graphic } = await import('../../src/graphics/index');
    const card = graphic('claims', 'unite-to-remain').card;
    const rows = [...(card?.svg ?? '').matchAll(/<text[^>]*>([^<]*(?:seats|stood))<\/text>/g)].map((m) => m[1]);
    expect(rows).toEqual([
      'All pact seats',
      'Pact seats with matched seats',
      'Matched seats',
      'Other seats where all stood',
    ]);
    expect(card?.svg).not.toContain('clear run');
  });
});
