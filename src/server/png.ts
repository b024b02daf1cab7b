// Rasterises an SVG string to PNG at build time with resvg. Text is drawn with Liberation Sans (Debian's
// fonts-liberation, which `npm run setup` installs; Arial's metrics), else DejaVu Sans, else any system font.
import { existsSync } from 'node:fs';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { drawPng } from './png-draw';

// Liberation first: resvg turns each glyph into a path, about three times faster with it than with DejaVu's larger tables.
const FACES = [
  {
    family: 'Liberation Sans',
    files: [
      '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
      '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
    ],
  },
  {
    family: 'DejaVu Sans',
    files: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'],
  },
];

export type FontOptions = NonNullable<ResvgRenderOptions['font']>;

let fonts: FontOptions | undefined;
export function fontOptions(): FontOptions {
  if (fonts) return fonts;
  const face = FACES.find((f) => f.files.every((file) => existsSync(file)));
  // Without either on disk, fall back to whatever the system has (slower: every font is scanned on each render).
  fonts = face
    ? { fontFiles: face.files, loadSystemFonts: false, defaultFontFamily: face.family, sansSerifFamily: face.family }
    : { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' };
  return fonts;
}

export function renderOptions(scale: number): ResvgRenderOptions {
  return { font: fontOptions(), fitTo: scale === 1 ? { mode: 'original' } : { mode: 'zoom', value: scale } };
}

/** PNG bytes of `svg` at `scale` times its own size (synchronous; see png-pool.ts for many at once). */
export function svgToPng(svg: string, scale = 1): Uint8Array<ArrayBuffer> {
  return drawPng(svg, renderOptions(scale));
}
