// Social cards drawn strip by strip (png-bands.ts, png-draw.ts): the rows a flat SVG can ink, worked out by hand on a
// small SVG; SVGs the reader does not know are drawn whole; and a seat card drawn by strips is byte for byte the card
// drawn whole, with letters that reach far above and below the line.
import { deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { seatCardSvg } from '../../../src/lib/export/og-card';
import { renderOptions } from '../../../src/server/png';
import { fontReach, inkStrips } from '../../../src/server/png-bands';
import { drawPng } from '../../../src/server/png-draw';
import { DEFLATE_LEVEL, rgbaToPng } from '../../../src/server/png-encode';
import { INVENTED_CARD } from './fixtures';

describe('fontReach', () => {
  it("reads yMax and -yMin over units per em from a font's head table", () => {
    // A hand-made font file: the offset table, one table record (head at offset 28), and the head table itself.
    const ttf = new Uint8Array(28 + 54);
    const v = new DataView(ttf.buffer);
    v.setUint16(4, 1);
    ttf.set(
      [...'head'].map((c) => c.charCodeAt(0)),
      12,
    );
    v.setUint32(20, 28);
    v.setUint16(28 + 18, 2048); // unitsPerEm
    v.setInt16(28 + 38, -512); // yMin
    v.setInt16(28 + 42, 2304); // yMax
    expect(fontReach(ttf)).toEqual({ ascent: 1.125, descent: 0.25 });
  });
});

const ROOT = '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" viewBox="0 0 100 100">';
const PAPER = '<rect width="100" height="100" fill="#fff"/>';
const BAR = '<rect x="10" y="10" width="20" height="5" fill="#f00"/>';
const BOXED = '<rect x="0" y="20" width="5" height="2" fill="#0f0" stroke="#000"/>';
const RULE = '<line x1="0" x2="100" y1="50" y2="50" stroke="#000" stroke-width="2"/>';
const TEXT = '<text x="10" y="80" font-size="10" fill="#000">Hi</text>';
const REACH = { ascent: 1, descent: 0.25 };

describe('inkStrips', () => {
  const cut = inkStrips(ROOT + PAPER + BAR + BOXED + RULE + TEXT + '</svg>', REACH)!;
  it('bounds each element with 2 blank rows each side and joins strips less than 8 rows apart', () => {
    // BAR rows 10-15 -> 8-17; BOXED 19.5-22.5 with its stroke -> 17-25, joined; RULE 49-51 -> 47-53; TEXT 70-82.5 -> 68-85.
    expect(cut.strips.map((s) => [s.top, s.bottom])).toEqual([
      [8, 25],
      [47, 53],
      [68, 85],
    ]);
  });
  it('gives each strip the paper and the elements that reach it, shifted to its rows and cut to their columns', () => {
    // BAR columns 10-30 -> 8-32; BOXED -0.5-5.5 with its stroke -> 0-8; RULE and TEXT (no advances given) every column.
    expect(cut.strips.map((s) => [s.left, s.right])).toEqual([
      [0, 32],
      [0, 100],
      [0, 100],
    ]);
    expect(cut.strips.map((s) => s.svg)).toEqual([
      `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="17" viewBox="0 8 32 17">${PAPER}${BAR}${BOXED}</svg>`,
      `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="6" viewBox="0 47 100 6">${PAPER}${RULE}</svg>`,
      `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="17" viewBox="0 68 100 17">${PAPER}${TEXT}</svg>`,
    ]);
    expect(cut.paper).toBe(
      `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="1" viewBox="0 0 100 1">${PAPER}</svg>`,
    );
  });
  it("bounds a text's columns by its characters' advances, a quarter em of room each side, placed by its anchor", () => {
    // "Hi" at 10 px, 0.5 em a character: 10 px wide, 2.5 px of room: from x 10, 7.5-22.5, with 2 columns of margin 5-25.
    const columns = (anchor: string) =>
      inkStrips(ROOT + PAPER + TEXT.replace('<text ', `<text text-anchor="${anchor}" `) + '</svg>', {
        ...REACH,
        advance: () => 0.5,
      })!.strips.map((s) => [s.left, s.right]);
    expect(columns('start')).toEqual([[5, 25]]);
    expect(columns('end')).toEqual([[0, 15]]);
    expect(columns('middle')).toEqual([[0, 20]]);
    expect(columns('inherit')).toEqual([[0, 100]]);
  });
  it.each([
    ['a group', `<g>${BAR}</g>`],
    ['a path', '<path d="M0 0h10"/>'],
    ['a transform', '<rect y="10" width="5" height="5" transform="rotate(5)"/>'],
    ['a paint server', '<rect y="10" width="5" height="5" fill="url(#g)"/>'],
    ['a style', '<rect y="10" width="5" height="5" style="fill:red"/>'],
    ['a position that is not a number', '<rect y="1e1" width="5" height="5"/>'],
    ['text without a font size', '<text x="1" y="50">A</text>'],
    ['text with markup inside', '<text x="1" y="50" font-size="9"><tspan dy="40">A</tspan></text>'],
  ])('reads nothing with %s (drawn whole)', (_, element) => {
    expect(inkStrips(ROOT + PAPER + element + '</svg>', REACH)).toBeNull();
  });
  it('reads nothing when the view box is not the whole size', () => {
    expect(inkStrips(ROOT.replace('0 0 100 100', '0 0 50 50') + BAR + '</svg>', REACH)).toBeNull();
  });
});

describe('drawPng', () => {
  // Invented seat: capitals with accents, descenders and a two-line name, to reach the strips' edges.
  const svg = seatCardSvg({
    ...INVENTED_CARD,
    name: 'Ynys Môn Ëgypt Ásgård Quayjig Pßj',
    context: 'Ŷ Ǻ region · 2024 constituency (g,j,p,q,y)',
    headline: '2024: Ÿ gain from Ĵ',
    bars: INVENTED_CARD.bars.slice(0, 2).map((b, i) => ({ ...b, label: ['Ágq', 'Ŷjp'][i]! })),
    footer: 'Data version abc · example.org/seat/X/ (gjpqy ÅÉ)',
  });
  const options = renderOptions(1);
  it('draws a seat card by strips, the same bytes as drawing it whole', () => {
    expect(inkStrips(svg, { ascent: 1, descent: 0.3 })?.strips.length).toBeGreaterThan(3);
    const img = new Resvg(svg, options).render();
    const whole = rgbaToPng(img.width, img.height, img.pixels, (raw, indexed) =>
      deflateSync(raw, { level: indexed ? DEFLATE_LEVEL.indexed : DEFLATE_LEVEL.rgba }),
    );
    expect(Buffer.from(drawPng(svg, options)).equals(Buffer.from(whole))).toBe(true);
    // Again, with the shared strips now remembered.
    expect(Buffer.from(drawPng(svg, options)).equals(Buffer.from(whole))).toBe(true);
  });
});
