// Helpers for the graphics build tests: files of the built site (dist/), its absolute URLs mapped back to files,
// the graphics index (dist/downloads/index.csv) and PNG sizes read from the IHDR chunk.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
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

export function htmlFiles(dir = DIST, prefix = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) out.push(...htmlFiles(join(dir, e.name), `${prefix}${e.name}/`));
    else if (e.name.endsWith('.html')) out.push(`${prefix}${e.name}`);
  }
  return out;
}

/** A parsed document (attributes and text decoded), for checks that should not depend on how Astro escapes. */
export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
