// oEmbed in dist/: each graphic's JSON is a valid rich response matching its page, and pages carry discovery links.
import { describe, expect, it } from 'vitest';
import { distBytes, distText, graphicsIndex, parse, pngSize, toDistPath } from './dist-files';

const rows = graphicsIndex();

/** The page's oEmbed discovery links (only those tags are parsed: whole pages are slow to parse 1,300 times). */
function discoveryLinks(pageHtml: string): { href: string; title: string }[] {
  const tags = pageHtml.match(/<link rel="alternate" type="application\/json\+oembed"[^>]*>/g) ?? [];
  return [...parse(`<!doctype html><html><head>${tags.join('')}</head></html>`).querySelectorAll('link')].map((l) => ({
    href: l.getAttribute('href') ?? '',
    title: l.getAttribute('title') ?? '',
  }));
}

describe('oEmbed', () => {
  it('each response is oEmbed 1.0 rich JSON whose html is the embed iframe (light, as the Embed control offers first) and the resizer script', () => {
    const root = new URL(rows[0]!.embed).origin;
    for (const r of rows) {
      const o = JSON.parse(distText(toDistPath(r.oembed))) as Record<string, unknown>;
      const thumbnail = o.thumbnail_url ? ['thumbnail_height', 'thumbnail_url', 'thumbnail_width'] : [];
      expect(Object.keys(o).sort(), r.oembed).toEqual(
        ['height', 'html', 'provider_name', 'provider_url', ...thumbnail, 'title', 'type', 'version', 'width'].sort(),
      );
      expect(o, r.oembed).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Groundwork', title: r.title });
      expect(String(o.provider_url).startsWith(root)).toBe(true);
      expect(
        Number.isInteger(o.width) && Number.isInteger(o.height) && (o.width as number) > 0 && (o.height as number) > 0,
        r.oembed,
      ).toBe(true);
      const doc = parse(`<!doctype html><html><body>${String(o.html)}</body></html>`);
      const frame = doc.querySelector('iframe')!;
      expect(
        [
          frame.getAttribute('src'),
          frame.getAttribute('title'),
          frame.hasAttribute('data-groundwork-embed'),
          frame.getAttribute('height'),
          frame.getAttribute('loading'),
        ],
        r.oembed,
      ).toEqual([`${r.embed}?theme=light`, r.title, true, String(o.height), 'lazy']);
      expect(doc.querySelector('script')?.getAttribute('src'), r.oembed).toBe(
        new URL('embed.js', r.embed.replace(/embed\/[^/]+\/[^/]+\/$/, '')).href,
      );
      expect(doc.body.children.length).toBe(2);
    }
  }, 300_000);

  it("each graphic's page carries its discovery link and title (pages that show one view of several: a link of that family)", () => {
    const bad: string[] = [];
    const pages = new Map<string, { href: string; title: string }[]>();
    for (const r of rows) {
      const path = toDistPath(r.page);
      if (!pages.has(path)) pages.set(path, discoveryLinks(distText(path)));
      const links = pages.get(path)!;
      if (links.some((l) => l.href === r.oembed && l.title === r.title)) continue;
      const oneView = new URL(r.page).search !== '';
      if (oneView && links.some((l) => l.href.startsWith(r.oembed.replace(/[^/]+\.json$/, '')))) continue;
      bad.push(`${r.page}: no discovery link for ${r.oembed}`);
    }
    expect(bad).toEqual([]);
  }, 300_000);

  it('the oEmbed title is the title of the embed page', () => {
    for (const r of rows.filter((x, i) => x.family !== 'seat-history' || i % 50 === 0)) {
      expect(parse(distText(toDistPath(r.embed))).title, r.embed).toBe(`${r.title} · Groundwork`);
    }
  });

  it("every graphic offers a social card as its thumbnail: seat charts and region charts their page's, national maps the home page's, claim charts their own", () => {
    const byKey = new Map(rows.map((r) => [`${r.family}/${r.key}`, r]));
    const oembed = (id: string) => JSON.parse(distText(toDistPath(byKey.get(id)!.oembed))) as Record<string, unknown>;
    const seat = oembed('seat-history/E14000887');
    expect(seat).toMatchObject({ thumbnail_width: 1200, thumbnail_height: 630 });
    expect(String(seat.thumbnail_url)).toMatch(/\/og\/seat\/E14000887\.png$/);
    expect(String(oembed('claims/putney').thumbnail_url)).toMatch(/\/og\/graphics\/claims\/putney\.png$/);
    expect(String(oembed('region-shares/scotland').thumbnail_url)).toMatch(
      /\/og\/graphics\/region-map\/scotland\.png$/,
    );
    expect(String(oembed('map/hex-2024-winner').thumbnail_url)).toMatch(/\/og\/default\.png$/);
    // Every thumbnail is a PNG the site publishes, at the size it says.
    const withCard = rows.filter((r) => oembed(`${r.family}/${r.key}`).thumbnail_url);
    expect(withCard.length).toBe(rows.length);
    for (const r of withCard) {
      const png = distBytes(toDistPath(String(oembed(`${r.family}/${r.key}`).thumbnail_url)));
      expect(pngSize(png), r.key).toEqual({ width: 1200, height: 630 });
    }
  });
});
