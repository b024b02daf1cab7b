// Rasterises an SVG string to PNG at build time with resvg, using DejaVu Sans (Debian's fonts-dejavu-core) so text renders.
import { existsSync } from 'node:fs';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';

const DEJAVU = ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'];

export type FontOptions = NonNullable<ResvgRenderOptions['font']>;

let fonts: FontOptions | undefined;
export function fontOptions(): FontOptions {
  const files = DEJAVU.filter((f) => existsSync(f));
  const family = { defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' };
  // Without DejaVu on disk, fall back to whatever the system has (slower: every font is scanned on each render).
  return (fonts ??= files.length > 0 ? { fontFiles: files, loadSystemFonts: false, ...family } : { loadSystemFonts: true, ...family });
}

export function renderOptions(scale: number): ResvgRenderOptions {
  return { font: fontOptions(), fitTo: scale === 1 ? { mode: 'original' } : { mode: 'zoom', value: scale } };
}

/** PNG bytes of `svg` at `scale` times its own size (synchronous; see png-pool.ts for many at once). */
export function svgToPng(svg: string, scale = 1): Uint8Array<ArrayBuffer> {
  return new Uint8Array(new Resvg(svg, renderOptions(scale)).render().asPng());
}
