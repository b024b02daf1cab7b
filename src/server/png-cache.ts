// Build-time PNGs (the social cards) kept between builds in a git-ignored folder, `.cache/png/` (GROUNDWORK_PNG_CACHE
// moves it; "off" turns it off). A file is named by the hash of everything that decides its bytes: the SVG, the scale,
// the renderer's version, the font files and the source of the code that draws and encodes (the PNG worker's script,
// png-draw.ts, png-bands.ts and png-encode.ts with it), so a cached PNG is always the one a clean build would draw,
// and a change to any of them draws afresh.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fontOptions } from './png';
import { workerScript } from './classic-script';
import { pngInPool } from './png-pool';

export function pngCacheDir(): string | null {
  const env = process.env.GROUNDWORK_PNG_CACHE;
  if (env === 'off') return null;
  return env || join(process.cwd(), '.cache/png');
}

let renderer: string | undefined;
/** Identity of the renderer: resvg's version, the font files' bytes, and the drawing and encoding code as one script. */
export function rendererId(): string {
  if (renderer) return renderer;
  const h = createHash('sha256');
  const pkg = createRequire(`${process.cwd()}/`).resolve('@resvg/resvg-js/package.json');
  h.update(`resvg ${(JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version}\n`);
  const fonts = fontOptions();
  h.update(JSON.stringify({ ...fonts, fontFiles: undefined }));
  for (const f of fonts.fontFiles ?? []) h.update(readFileSync(f));
  h.update(workerScript('src/server/png-worker.ts'));
  renderer = h.digest('hex');
  return renderer;
}

export function pngCacheKey(svg: string, scale: number): string {
  return createHash('sha256').update(rendererId()).update(`\0${scale}\0`).update(svg).digest('hex');
}

/** A whole PNG: the signature at the start and the IEND chunk at the end (a file cut short is not used). */
function complete(b: Buffer): boolean {
  return (
    b.length > 20 && b.readUInt32BE(0) === 0x89504e47 && b.toString('latin1', b.length - 8, b.length - 4) === 'IEND'
  );
}

const cacheStats = { hits: 0, misses: 0 };
let reporting = false;
/** At the end of the build, one line: how many PNGs were drawn and how many a drawing the same as before reused. */
function count(hit: boolean): void {
  if (hit) cacheStats.hits++;
  else cacheStats.misses++;
  if (reporting) return;
  reporting = true;
  process.once('exit', () =>
    console.log(`PNG images: ${cacheStats.misses} drawn, ${cacheStats.hits} reused from the PNG cache (same drawing)`),
  );
}

/** PNG bytes of `svg` at `scale`: from the cache when a clean build would draw the same, else drawn by `render` and kept. */
export async function cachedPng(
  svg: string,
  scale = 1,
  render: (svg: string, scale: number) => Promise<Uint8Array<ArrayBuffer>> = pngInPool,
  dir: string | null = pngCacheDir(),
): Promise<Uint8Array<ArrayBuffer>> {
  if (!dir) return render(svg, scale);
  const key = pngCacheKey(svg, scale);
  const file = join(dir, key.slice(0, 2), `${key}.png`);
  // Read and written by libuv's threads: a build asks for all 1,316 cards at its first page, and reading them one by one
  // on the main thread held the pages up for most of a second.
  const b = await readFile(file).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null;
    throw e;
  });
  if (b && complete(b)) {
    count(true);
    return new Uint8Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.length)) as Uint8Array<ArrayBuffer>;
  }
  count(false);
  const png = await render(svg, scale);
  await mkdir(dirname(file), { recursive: true });
  // Written under a temporary name and renamed, so a build stopped half-way never leaves a partial file.
  const tmp = `${file}.${process.pid}.${key.slice(0, 8)}.tmp`;
  await writeFile(tmp, png);
  await rename(tmp, file);
  return png;
}
