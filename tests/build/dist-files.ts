// Helpers for the checks over the built site (dist/): its files, its absolute URLs mapped back to files, the graphics
// index (dist/downloads/index.csv), PNG sizes read from the IHDR chunk, and pages' text read as Playwright reads it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { expect } from 'vitest';
import Papa from 'papaparse';

export const DIST = join(process.cwd(), 'dist');

export function distText(path: string): string {
  const file = join(DIST, path);
  if (!existsSync(file)) throw new Error(`dist/${path} is missing: build the site first (npm run build)`);
  return readFileSync(file, 'utf8');
}

export function distBytes(path: string): Buffer {
  return readFileSync(join(DIST, path));
}

let root: string | null = null;
/** The site's root URL (origin and base path), read once from the home page's canonical link. */
export function siteRoot(): string {
  if (root) return root;
  const m = /<link rel="canonical" href="([^"]+)"/.exec(distText('index.html'));
  if (!m) throw new Error('dist/index.html has no canonical link');
  root = m[1]!;
  return root;
}

/** dist path of an absolute site URL: query and fragment dropped, "index.html" added to directories. */
export function toDistPath(url: string): string {
  const root = siteRoot();
  if (!url.startsWith(root)) throw new Error(`${url} is not under the site root ${root}`);
  const path = decodeURIComponent(url.slice(root.length).replace(/[?#].*$/, ''));
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

export interface GraphicRow {
  family: string;
  key: string;
  title: string;
  page: string;
  embed: string;
  oembed: string;
  svg: string;
  csv: string;
}

export function graphicsIndex(): GraphicRow[] {
  return Papa.parse<GraphicRow>(distText('downloads/index.csv'), { header: true, skipEmptyLines: true }).data;
}

export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error('not a PNG');
  if (png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('PNG does not start with IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Paths under dist/ (or `dir`) of the files whose names end in `ending`. */
export function distFiles(ending: string, dir = DIST, prefix = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) out.push(...distFiles(ending, join(dir, e.name), `${prefix}${e.name}/`));
    else if (e.name.endsWith(ending)) out.push(`${prefix}${e.name}`);
  }
  return out;
}

export function htmlFiles(dir = DIST): string[] {
  return distFiles('.html', dir);
}

/** A parsed document (attributes and text decoded), for checks that should not depend on how Astro escapes. */
export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
export const text = (el: Element) => norm(el.textContent);
/** Playwright's `hasText`: whitespace collapsed, case ignored. */
const hasText = (el: Element, s: string) => text(el).toLowerCase().includes(norm(s).toLowerCase());

/** Elements matching `selector` under each root, kept when their text has `filter` (Playwright's `hasText`). */
export function within(roots: readonly ParentNode[], selector: string, filter?: string): Element[] {
  return roots
    .flatMap((r) => [...r.querySelectorAll(selector)])
    .filter((el) => filter === undefined || hasText(el, filter));
}

/** The one element of `els` (a Playwright locator in strict mode fails on none or several). */
export function one(els: Element[], what: string): Element {
  expect(els.length, `${what}: elements found`).toBe(1);
  return els[0]!;
}

/** Tables whose caption has `caption` in its text. */
export const tablesCaptioned = (doc: Document, caption: string) =>
  within([doc], 'table').filter((t) => within([t], 'caption', caption).length > 0);
