// Crawls a built site folder: every internal link and asset of every HTML page (and CSS file and sitemap) must resolve
// to a file in the folder, fragments must name an id on the target page, and nothing may escape the base path.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cssUrls, idsOf, refsOf } from './html-refs';

export interface CrawlProblem {
  page: string;
  where: string;
  url: string;
  problem: 'missing' | 'escapes-base' | 'missing-fragment';
}

export interface CrawlReport {
  pages: number;
  /** Internal references checked (one per page, attribute and URL). */
  checked: number;
  /** Distinct internal targets checked. */
  targets: number;
  external: number;
  problems: CrawlProblem[];
}

export function listFiles(dir: string, ext?: RegExp): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (!ext || ext.test(name)) out.push(relative(dir, full));
    }
  };
  walk(dir);
  return out;
}

/** The site URL path a dist file is served at under `base` ("seat/X/index.html" -> "/base/seat/X/"). */
export function pagePath(file: string, base: string): string {
  return base + file.replace(/(^|\/)index\.html$/, '$1');
}

/** The dist file for a site path under `base`, or null when none exists. */
export function fileFor(dist: string, path: string, base: string): string | null {
  if (!path.startsWith(base)) return null;
  let rel = decodeURIComponent(path.slice(base.length));
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  if (existsSync(join(dist, rel)) && statSync(join(dist, rel)).isFile()) return rel;
  if (existsSync(join(dist, rel, 'index.html'))) return join(rel, 'index.html');
  return null;
}

/**
 * Checks every reference in `dist` for a site served at `origin` + `base`. Absolute URLs on `origin` are internal;
 * other origins are counted as external and not fetched.
 */
export function crawl(dist: string, opts: { base: string; origin: string }): CrawlReport {
  const { base, origin } = opts;
  const problems: CrawlProblem[] = [];
  const targets = new Set<string>();
  const idCache = new Map<string, Set<string>>();
  const idsOfFile = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) idCache.set(file, (ids = idsOf(readFileSync(join(dist, file), 'utf8'))));
    return ids;
  };
  let checked = 0;
  let external = 0;
  const check = (page: string, pageUrl: URL, where: string, raw: string) => {
    if (/^(mailto|tel|data|blob|javascript):/i.test(raw.trim())) {
      if (/^javascript:/i.test(raw.trim())) problems.push({ page, where, url: raw, problem: 'missing' });
      return;
    }
    let u: URL;
    try {
      u = new URL(raw, pageUrl);
    } catch {
      problems.push({ page, where, url: raw, problem: 'missing' });
      return;
    }
    if (u.origin !== new URL(origin).origin) {
      external++;
      return;
    }
    checked++;
    if (!u.pathname.startsWith(base)) {
      problems.push({ page, where, url: raw, problem: 'escapes-base' });
      return;
    }
    targets.add(u.pathname);
    const file = fileFor(dist, u.pathname, base);
    if (!file) {
      problems.push({ page, where, url: raw, problem: 'missing' });
      return;
    }
    const fragment = decodeURIComponent(u.hash.slice(1));
    if (fragment && file.endsWith('.html') && !idsOfFile(file).has(fragment))
      problems.push({ page, where, url: raw, problem: 'missing-fragment' });
  };
  const pages = listFiles(dist, /\.html$/);
  for (const page of pages) {
    const pageUrl = new URL(pagePath(page, base), origin);
    for (const r of refsOf(readFileSync(join(dist, page), 'utf8'))) check(page, pageUrl, r.where, r.url);
  }
  for (const css of listFiles(dist, /\.css$/)) {
    const cssUrl = new URL(base + css, origin);
    for (const u of cssUrls(readFileSync(join(dist, css), 'utf8'))) check(css, cssUrl, 'css url()', u);
  }
  for (const map of listFiles(dist, /^sitemap.*\.xml$/)) {
    for (const m of readFileSync(join(dist, map), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g))
      check(map, new URL(base + map, origin), 'sitemap loc', m[1]!);
  }
  if (existsSync(join(dist, 'robots.txt'))) {
    for (const m of readFileSync(join(dist, 'robots.txt'), 'utf8').matchAll(/^sitemap:\s*(\S+)/gim))
      check('robots.txt', new URL(`${base}robots.txt`, origin), 'robots sitemap', m[1]!);
  }
  return { pages: pages.length, checked, targets: targets.size, external, problems };
}

/** Problems grouped by (problem, url) with a count and one example page, for a readable failure message. */
export function summarise(problems: readonly CrawlProblem[], limit = 40): string[] {
  const by = new Map<string, { n: number; page: string; where: string }>();
  for (const p of problems) {
    const k = `${p.problem} ${p.url}`;
    const e = by.get(k);
    if (e) e.n++;
    else by.set(k, { n: 1, page: p.page, where: p.where });
  }
  return [...by]
    .sort((a, b) => b[1].n - a[1].n)
    .slice(0, limit)
    .map(([k, e]) => `${k} (${e.where}; ${e.n} page${e.n === 1 ? '' : 's'}, e.g. ${e.page})`);
}
