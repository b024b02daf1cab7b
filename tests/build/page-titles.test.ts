// Every page a reader can share has a title of its own and a social card that exists: read from the built site (dist/).
// Name-slug pages (/seat/putney/) are aliases of a seat page (noindex, canonical elsewhere) and share its title and
// card by design; embed frames are noindex too and are not shared as pages.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, distText, htmlFiles, toDistPath } from './dist-files';

interface Page {
  file: string;
  title: string;
  image: string | null;
  noindex: boolean;
}

function pages(): Page[] {
  return htmlFiles().map((file) => {
    const html = distText(file);
    return {
      file,
      title: /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '',
      image: /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1] ?? null,
      noindex: /<meta name="robots" content="noindex"/.test(html),
    };
  });
}

describe('page titles and cards', () => {
  const all = pages();
  const shared = all.filter((p) => !p.noindex && p.file !== '404.html');

  it('covers the whole site', () => {
    expect(shared.length).toBeGreaterThan(1300);
  });

  it('every page has a title, and no two pages share one', () => {
    const byTitle = new Map<string, string[]>();
    for (const p of shared) byTitle.set(p.title, [...(byTitle.get(p.title) ?? []), p.file]);
    expect(shared.filter((p) => !p.title.trim()).map((p) => p.file)).toEqual([]);
    expect(
      [...byTitle].filter(([, files]) => files.length > 1).map(([t, files]) => `${t}: ${files.slice(0, 3).join(', ')}`),
    ).toEqual([]);
  });

  it('the two Putney pages say which boundaries they are', () => {
    expect(distText('seat/E14001434/index.html')).toContain(
      '<title>Putney (2024 boundaries): election results and swing · Groundwork</title>',
    );
    expect(distText('seat/E14000887/index.html')).toContain(
      '<title>Putney (2010–2023 boundaries): election results and swing · Groundwork</title>',
    );
  });

  it('every page, alias stubs included, names an og:image that exists in dist/', () => {
    const missing = all
      .filter((p) => !p.file.startsWith('embed/') && p.file !== '404.html')
      .filter((p) => !p.image || !existsSync(join(DIST, toDistPath(p.image))))
      .map((p) => `${p.file}: ${p.image ?? 'no og:image'}`);
    expect(missing).toEqual([]);
  });

  it("claim and region pages use their own cards, and a name slug uses its seat's", () => {
    expect(distText('region/london/index.html')).toMatch(
      /<meta property="og:image" content="[^"]*\/og\/graphics\/region-map\/london\.png"/,
    );
    const slugs = (JSON.parse(readFileSync(join(process.cwd(), 'data/claims.json'), 'utf8')) as { slug: string }[]).map(
      (c) => c.slug,
    );
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs) {
      expect(distText(`claims/${slug}/index.html`), slug).toMatch(
        new RegExp(`<meta property="og:image" content="[^"]*/og/graphics/claims/${slug}\\.png"`),
      );
    }
    expect(distText('seat/putney/index.html')).toMatch(
      /<meta property="og:image" content="[^"]*\/og\/seat\/E14001434\.png"/,
    );
    expect(distText('seat/putney/index.html')).not.toContain('Redirecting');
  });
});

describe('the site navigation marks the section a page belongs to', () => {
  const current = (file: string) =>
    [...distText(file).matchAll(/<a [^>]*aria-current="(?:page|true)"[^>]*>([^<]+)<\/a>/g)].map((m) => m[1]);

  it('the general-election pages belong to no section of the menu, so none is marked (it had said Membership)', () => {
    expect(current('elections/index.html')).toEqual([]);
    expect(current('elections/labour-share/index.html')).toEqual([]);
    expect(current('membership/index.html')).toEqual(['Membership']);
  });
});
