// The PNG cache (.cache/png/): a cached PNG is byte-for-byte what a clean render gives, a different SVG or scale is a
// different file, a file cut short is drawn again, and nothing is cached when the cache is off.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { svgToPng } from '../../../src/server/png';
import { cachedPng, pngCacheDir, pngCacheKey } from '../../../src/server/png-cache';

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="20"><rect width="60" height="20" fill="#fff"/><text x="2" y="15" font-size="12" fill="#000">Card</text></svg>';
const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'gw-png-cache-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);

describe('cachedPng', () => {
  it('draws once, then gives the same bytes from the cache as a clean render', async () => {
    const dir = tempDir();
    const render = vi.fn(async (svg: string, scale: number) => svgToPng(svg, scale));
    const first = await cachedPng(SVG, 1, render, dir);
    const second = await cachedPng(SVG, 1, render, dir);
    expect(render).toHaveBeenCalledTimes(1);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(second).equals(Buffer.from(svgToPng(SVG, 1)))).toBe(true);
    expect(files(dir)).toEqual([`${pngCacheKey(SVG, 1)}.png`]);
  });

  it('keys on the SVG and the scale', async () => {
    const dir = tempDir();
    const render = vi.fn(async (svg: string, scale: number) => svgToPng(svg, scale));
    await cachedPng(SVG, 1, render, dir);
    await cachedPng(SVG, 2, render, dir);
    await cachedPng(SVG.replace('Card', 'Cord'), 1, render, dir);
    expect(render).toHaveBeenCalledTimes(3);
    expect(new Set([pngCacheKey(SVG, 1), pngCacheKey(SVG, 2), pngCacheKey(SVG.replace('Card', 'Cord'), 1)]).size).toBe(
      3,
    );
    expect(files(dir)).toHaveLength(3);
  });

  it('draws again over a file that was cut short', async () => {
    const dir = tempDir();
    const render = vi.fn(async (svg: string, scale: number) => svgToPng(svg, scale));
    const good = await cachedPng(SVG, 1, render, dir);
    const key = pngCacheKey(SVG, 1);
    writeFileSync(join(dir, key.slice(0, 2), `${key}.png`), Buffer.from(good).subarray(0, 40));
    const again = await cachedPng(SVG, 1, render, dir);
    expect(render).toHaveBeenCalledTimes(2);
    expect(Buffer.from(again).equals(Buffer.from(good))).toBe(true);
  });

  it('is .cache/png/ in the project by default, moved by GROUNDWORK_PNG_CACHE, and off with "off"', () => {
    vi.stubEnv('GROUNDWORK_PNG_CACHE', '');
    expect(pngCacheDir()).toBe(join(process.cwd(), '.cache/png'));
    vi.stubEnv('GROUNDWORK_PNG_CACHE', '/tmp/elsewhere');
    expect(pngCacheDir()).toBe('/tmp/elsewhere');
    vi.stubEnv('GROUNDWORK_PNG_CACHE', 'off');
    expect(pngCacheDir()).toBeNull();
  });

  it('with the cache off, renders every time and writes nothing', async () => {
    const render = vi.fn(async (svg: string, scale: number) => svgToPng(svg, scale));
    await cachedPng(SVG, 1, render, null);
    await cachedPng(SVG, 1, render, null);
    expect(render).toHaveBeenCalledTimes(2);
  });
});
