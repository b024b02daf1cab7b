// One SVG to PNG bytes, on whichever thread asks (the PNG workers and svgToPng): resvg draws it, png-encode.ts writes
// it. An SVG whose ink lies in boxes (png-bands.ts: a social card) has only those boxes drawn, and the rest copied from
// one drawn row of paper; the pixels are the same as drawing it whole.
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { fontAdvance, fontReach, inkStrips, type FontReach } from './png-bands';
import { DEFLATE_LEVEL, rgbaToPng } from './png-encode';

const reaches = new Map<string, Required<FontReach>>();
/** The reach of the font files resvg is given, or null when it is left to find system fonts. */
function reachOf(options: ResvgRenderOptions): FontReach | null {
  const files = options.font?.fontFiles;
  if (!files?.length || options.font?.loadSystemFonts !== false) return null;
  const each = files.map((f) => {
    let r = reaches.get(f);
    if (!r) {
      const ttf = readFileSync(f);
      reaches.set(f, (r = { ...fontReach(ttf), advance: fontAdvance(ttf) }));
    }
    return r;
  });
  return {
    ascent: Math.max(...each.map((r) => r.ascent)),
    descent: Math.max(...each.map((r) => r.descent)),
    advance: (cp) => Math.max(...each.map((r) => r.advance(cp))),
  };
}

// The boxes drawn last, by their SVG and drawing options (all that decides their pixels), least recently used first:
// every card has the same top boxes and paper row, and draws about ten boxes.
const REMEMBERED = 24;
const drawn = new Map<string, Uint8Array>();
let canvas = new Uint8Array(0);

/** RGBA pixels (premultiplied, as resvg draws them) of `svg`, drawn strip by strip where it can be. */
function pixels(svg: string, options: ResvgRenderOptions): { width: number; height: number; rgba: Uint8Array } {
  const reach = reachOf(options);
  const cut = options.fitTo?.mode === 'original' && reach ? inkStrips(svg, reach) : null;
  if (!cut) {
    const img = new Resvg(svg, options).render();
    return { width: img.width, height: img.height, rgba: img.pixels };
  }
  const { width, height, strips } = cut;
  const stride = width * 4;
  // Every byte is written below, so the last card's buffer serves again (fresh memory costs a page fault per 4 KB).
  if (canvas.length !== stride * height) canvas = new Uint8Array(stride * height);
  const rgba = canvas;
  const look = JSON.stringify(options);
  const draw = (part: string) => {
    const key = `${look}\n${part}`;
    let px = drawn.get(key);
    if (px) drawn.delete(key);
    else {
      px = new Resvg(part, options).render().pixels;
      if (drawn.size >= REMEMBERED) drawn.delete(drawn.keys().next().value!);
    }
    drawn.set(key, px);
    return px;
  };
  const paper = draw(cut.paper);
  for (let r = 0; r < height; r++) rgba.set(paper, r * stride);
  for (const s of strips) {
    const ink = draw(s.svg);
    const row = (s.right - s.left) * 4;
    for (let r = s.top; r < s.bottom; r++)
      rgba.set(ink.subarray((r - s.top) * row, (r - s.top + 1) * row), r * stride + s.left * 4);
  }
  return { width, height, rgba };
}

/** PNG bytes of `svg` drawn with `options`. */
export function drawPng(svg: string, options: ResvgRenderOptions): Uint8Array<ArrayBuffer> {
  const { width, height, rgba } = pixels(svg, options);
  return rgbaToPng(width, height, rgba, (raw, indexed) =>
    deflateSync(raw, { level: indexed ? DEFLATE_LEVEL.indexed : DEFLATE_LEVEL.rgba }),
  );
}
