// Site URLs: every internal link goes through here so the site works from a sub-path (e.g. /groundwork/).
// import.meta.env is Vite's (the site build, tests); a script run by tsx, such as \`npm run data:archive\` reading the
// claim pages' figures, has none and takes the root.
const base = import.meta.env?.BASE_URL ?? '/';
const BASE = base.endsWith('/') ? base : `${base}/`;

export function url(path: string): string {
  return BASE + path.replace(/^\/+/, '');
}

export function seatUrl(code: string): string {
  return url(`seat/${code}/`);
}

/** A seat page's social card, as a site path (not under the base: Base.astro and absolute() add it). */
export function seatCardPath(code: string): string {
  return `og/seat/${code}.png`;
}

/** A graphic's own social card (families with socialCard), as a site path. */
export function graphicCardPath(family: string, key: string): string {
  return `og/graphics/${family}/${key}.png`;
}

/** The social card of a page without its own (the home page's), as a site path. */
export const DEFAULT_CARD_PATH = 'og/default.png';

export function regionUrl(slug: string): string {
  return url(`region/${slug}/`);
}

export function absolute(path: string, site: URL | undefined): string {
  return new URL(url(path), site ?? 'https://groundwork.example.org').href;
}
