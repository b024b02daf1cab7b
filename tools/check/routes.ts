// Picks pages of a built site by kind, so checks cover every kind of page (including kinds added later) without
// naming routes: one representative per top-level folder, plus seat pages of each boundary situation.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, pagePath } from './crawl';

export interface PageKind {
  kind: string;
  /** dist-relative file, e.g. "seat/E14000887/index.html". */
  file: string;
}

/** Seat codes in each boundary situation, from the derived seats table the site was built from. */
export function seatKinds(derived: string): { old: string | null; current: string | null; unchanged: string | null } {
  const path = join(derived, 'seats.json');
  if (!existsSync(path)) return { old: null, current: null, unchanged: null };
  const seats = JSON.parse(readFileSync(path, 'utf8')) as { code: string; boundarySet: string }[];
  const sets = new Map<string, Set<string>>();
  for (const s of seats) sets.set(s.code, (sets.get(s.code) ?? new Set()).add(s.boundarySet));
  const pick = (test: (v: Set<string>) => boolean) =>
    [...sets]
      .filter(([, v]) => test(v))
      .map(([c]) => c)
      .sort()[0] ?? null;
  return {
    old: pick((v) => v.size === 1 && v.has('2010')),
    current: pick((v) => v.size === 1 && v.has('2024')),
    unchanged: pick((v) => v.size === 2),
  };
}

/** Is `file` a page that only redirects (meta refresh), such as a seat-name alias? */
export function isRedirect(dist: string, file: string): boolean {
  return /<meta http-equiv="refresh"/i.test(readFileSync(join(dist, file), 'utf8').slice(0, 2000));
}

/**
 * One page per kind: each top-level page ("index.html", "404.html"), each folder's own page ("claims"), the first
 * page under each folder ("claims/*", "seat/*", "embed/claims/*"), a seat-name alias redirect, and old, new and
 * unchanged seat pages when `derived` is given.
 */
export function representativePages(dist: string, derived?: string): PageKind[] {
  const pages = listFiles(dist, /\.html$/);
  const out = new Map<string, string>();
  for (const file of pages) {
    const parts = file.split('/');
    const kind = parts.length <= 2 ? parts[0]! : `${parts.slice(0, -2).join('/')}/*`;
    const alias = parts[0] === 'seat' && isRedirect(dist, file);
    const k = alias ? 'seat (name alias redirect)' : kind;
    if (!out.has(k)) out.set(k, file);
  }
  if (derived) {
    const s = seatKinds(derived);
    for (const [label, code] of [
      ['seat (2010-2023 only)', s.old],
      ['seat (2024 only)', s.current],
      ['seat (unchanged 2010-2024)', s.unchanged],
    ] as const) {
      if (code && existsSync(join(dist, 'seat', code, 'index.html'))) out.set(label, `seat/${code}/index.html`);
    }
  }
  const entries = [...out].filter(
    ([kind, file]) => !(kind === 'seat/*' && [...out].some(([k, f]) => k !== kind && f === file)),
  );
  return entries.map(([kind, file]) => ({ kind, file })).sort((a, b) => a.kind.localeCompare(b.kind));
}

/** A deterministic pseudo-random sample of `n` items (mulberry32 on `seed`), in input order. */
export function seededSample<T>(items: readonly T[], n: number, seed: number): T[] {
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const idx = items.map((_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  return idx
    .slice(0, n)
    .sort((x, y) => x - y)
    .map((i) => items[i]!);
}

/**
 * URL paths of the pages that draw a server-rendered chart (`figure.chart`): one of each kind (representativePages,
 * with old, new and unchanged seats) plus every claim page (each draws a different chart). Read from dist, so a new
 * kind of page with a chart is covered without naming it.
 */
export function chartPages(dist: string, derived?: string): string[] {
  const hasChart = (f: string) => /<figure[^>]*class="[^"]*\bchart\b/.test(readFileSync(join(dist, f), 'utf8'));
  const files = new Set(representativePages(dist, derived).map((p) => p.file));
  for (const f of listFiles(join(dist, 'claims'), /\.html$/)) files.add(`claims/${f}`);
  return [...files]
    .filter((f) => !f.startsWith('embed/') && hasChart(f))
    .sort()
    .map((f) => pagePath(f, '/'));
}
