// The boxes of a flat SVG (a social card) that can hold ink, so that resvg draws only those: its cost grows with the
// pixels it draws, whatever they hold, and most of a card is blank paper. Reads only SVGs written as a root <svg> of
// plain <rect>, <line> and <text> children with numeric positions and plain colours; for anything else (groups, paths,
// transforms, styles, a scale) it answers null and the SVG is drawn whole.
import { create } from 'fontkitten';

/** How far a glyph of the fonts can reach above and below its baseline, in ems (from the fonts' `head` tables). */
export interface FontReach {
  ascent: number;
  descent: number;
  /** The widest advance of a character's glyph in any of the fonts, in ems; without it a text may reach any column. */
  advance?: (codePoint: number) => number;
}

/** A font file's advance of each character, in ems (fontkitten reads its cmap and hmtx); a character it lacks: 1 em. */
export function fontAdvance(ttf: Uint8Array): (codePoint: number) => number {
  const font = create(Buffer.from(ttf.buffer, ttf.byteOffset, ttf.byteLength));
  if (!('unitsPerEm' in font)) throw new Error('a font collection, not a font');
  return (cp) => (font.hasGlyphForCodePoint(cp) ? font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm : 1);
}

/** A font file's reach: yMax and -yMin of its `head` table over its units per em. */
export function fontReach(ttf: Uint8Array): FontReach {
  const view = new DataView(ttf.buffer, ttf.byteOffset, ttf.byteLength);
  const tables = view.getUint16(4);
  for (let i = 0; i < tables; i++) {
    const at = 12 + 16 * i;
    if (String.fromCharCode(...ttf.subarray(at, at + 4)) !== 'head') continue;
    const head = view.getUint32(at + 8);
    const em = view.getUint16(head + 18);
    return { ascent: view.getInt16(head + 42) / em, descent: -view.getInt16(head + 38) / em };
  }
  throw new Error('font file has no head table');
}

/** Blank rows kept around every element: resvg's antialiasing differs at the edge of a drawing, so no band ends on ink. */
const MARGIN = 2;
/** Boxes of ink closer than this are drawn as one (each drawing has a small fixed cost). */
const JOIN = 8;
/** Ems allowed beyond a text's advances, for kerning and glyphs that overhang their advance. */
const OVERHANG = 0.25;

const ATTRS = /\s+([a-zA-Z0-9-]+)="([^"]*)"/gy;
const ALLOWED: Record<string, readonly string[]> = {
  svg: ['xmlns', 'width', 'height', 'viewBox', 'font-family'],
  rect: ['x', 'y', 'width', 'height', 'fill', 'stroke', 'stroke-width'],
  line: ['x1', 'x2', 'y1', 'y2', 'stroke', 'stroke-width'],
  text: ['x', 'y', 'font-size', 'font-weight', 'fill', 'text-anchor'],
};
const NUMERIC = new Set(['x', 'y', 'width', 'height', 'x1', 'x2', 'y1', 'y2', 'stroke-width', 'font-size']);
const COLOUR = /^(#[0-9a-fA-F]{3,8}|none)$/;

/** The attributes of a tag whose names and values this reads, or null. */
function attributes(tag: string, text: string): Map<string, string> | null {
  const out = new Map<string, string>();
  ATTRS.lastIndex = 0;
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = ATTRS.exec(text))) {
    const [, name, value] = m as unknown as [string, string, string];
    if (!ALLOWED[tag]!.includes(name) || out.has(name)) return null;
    if (NUMERIC.has(name) && !/^-?\d+(\.\d+)?$/.test(value)) return null;
    if ((name === 'fill' || name === 'stroke') && !COLOUR.test(value)) return null;
    out.set(name, value);
    end = ATTRS.lastIndex;
  }
  return end === text.trimEnd().length ? out : null;
}

/**
 * The columns a text can ink: its characters' widest advances (entities counted as the characters they are written
 * with, which is more), with room for kerning and overhang, placed by its anchor; null without advances.
 */
function textColumns(
  text: string,
  x: number,
  size: number,
  anchor: string,
  advance: FontReach['advance'],
): [number, number] | null {
  if (!advance) return null;
  let ems = 0;
  for (const c of text) ems += advance(c.codePointAt(0)!);
  const w = ems * size;
  const pad = OVERHANG * size;
  if (anchor === 'end') return [x - w - pad, x + pad];
  if (anchor === 'middle') return [x - w / 2 - pad, x + w / 2 + pad];
  return anchor === 'start' ? [x - pad, x + w + pad] : null;
}

const ELEMENT = /<(rect|line)([^<>]*?)\/>|<text([^<>]*)>([^<>]*)<\/text>/y;

/**
 * A strip of rows [top, bottom) and columns [left, right), and an SVG that draws just those: the elements that reach
 * them, shifted. Its rows outside those columns are paper.
 */
export interface Strip {
  top: number;
  bottom: number;
  left: number;
  right: number;
  svg: string;
}

/**
 * The SVG cut into boxes ("strips") outside which it draws nothing but its flat paper, and `paper`, a one-row SVG of
 * the paper alone for everything else; null when the SVG is not one this reads. `reach` bounds every glyph of the
 * fonts its text is drawn with (and, with `advance`, how far along its line). Each box holds every element whose
 * bounds meet it, in document order, with blank rows and columns of margin all round, so it draws the same pixels
 * there as the whole SVG.
 */
export function inkStrips(
  svg: string,
  reach: FontReach,
): { width: number; height: number; strips: Strip[]; paper: string } | null {
  const root = /^<svg([^<>]*)>/.exec(svg);
  const rootAttrs = root && attributes('svg', root[1]!);
  if (!root || !rootAttrs) return null;
  const width = Number(rootAttrs.get('width'));
  const height = Number(rootAttrs.get('height'));
  if (!(width > 0 && height > 0) || rootAttrs.get('viewBox') !== `0 0 ${width} ${height}`) return null;
  if (!svg.endsWith('</svg>')) return null;
  const body = svg.slice(root[0].length, -'</svg>'.length);
  // Each element with the rows it can reach; the paper (a rect over the whole SVG, no stroke) reaches every row.
  const elements: { text: string; top: number; bottom: number; left: number; right: number; paper: boolean }[] = [];
  ELEMENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  let at = 0;
  while (at < body.length && (m = ELEMENT.exec(body))) {
    at = ELEMENT.lastIndex;
    const tag = m[1] ?? 'text';
    const a = attributes(tag, m[1] ? m[2]! : m[3]!);
    if (!a) return null;
    const n = (k: string, d = 0) => (a.has(k) ? Number(a.get(k)) : d);
    const stroke = a.has('stroke') && a.get('stroke') !== 'none' ? n('stroke-width', 1) / 2 : 0;
    let span: [number, number];
    let across: [number, number];
    let paper = false;
    if (tag === 'rect') {
      const [x, y, w, h] = [n('x'), n('y'), n('width'), n('height')];
      paper = !stroke && x <= 0 && y <= 0 && x + w >= width && y + h >= height;
      span = [y - stroke, y + h + stroke];
      across = [x - stroke, x + w + stroke];
    } else if (tag === 'line') {
      span = [Math.min(n('y1'), n('y2')) - stroke, Math.max(n('y1'), n('y2')) + stroke];
      across = [Math.min(n('x1'), n('x2')) - stroke, Math.max(n('x1'), n('x2')) + stroke];
    } else {
      if (!a.has('font-size')) return null;
      const size = n('font-size');
      span = [n('y') - reach.ascent * size, n('y') + reach.descent * size];
      across = textColumns(m[4]!, n('x'), size, a.get('text-anchor') ?? 'start', reach.advance) ?? [0, width];
    }
    elements.push({
      text: m[0],
      top: Math.max(0, Math.floor(span[0]) - MARGIN),
      bottom: Math.min(height, Math.ceil(span[1]) + MARGIN),
      left: Math.max(0, Math.floor(across[0]) - MARGIN),
      right: Math.min(width, Math.ceil(across[1]) + MARGIN),
      paper,
    });
  }
  if (at !== body.length) return null;
  // Each element's box, merged with any box it overlaps or nearly meets until none do: boxes far apart are drawn apart.
  type Box = Pick<(typeof elements)[number], 'top' | 'bottom' | 'left' | 'right'>;
  const near = (a: Box, b: Box) =>
    a.top <= b.bottom + JOIN && b.top <= a.bottom + JOIN && a.left <= b.right + JOIN && b.left <= a.right + JOIN;
  let boxes: Box[] = elements.filter((e) => !e.paper && e.bottom > e.top && e.right > e.left).map((e) => ({ ...e }));
  for (let merged = true; merged;) {
    merged = false;
    const out: Box[] = [];
    for (const b of boxes) {
      const a = out.find((o) => near(o, b));
      if (!a) out.push({ ...b });
      else {
        [a.top, a.bottom, a.left, a.right] = [
          Math.min(a.top, b.top),
          Math.max(a.bottom, b.bottom),
          Math.min(a.left, b.left),
          Math.max(a.right, b.right),
        ];
        merged = true;
      }
    }
    boxes = out;
  }
  boxes.sort((a, b) => a.top - b.top || a.left - b.left);
  type Element = (typeof elements)[number];
  const cut = (top: number, rows: number, left: number, columns: number, meets: (e: Element) => boolean): string =>
    '<svg' +
    [...rootAttrs]
      .map(([k, v]) => {
        const value = { width: columns, height: rows, viewBox: `${left} ${top} ${columns} ${rows}` }[k] ?? v;
        return ` ${k}="${value}"`;
      })
      .join('') +
    '>' +
    elements
      .filter(meets)
      .map((e) => e.text)
      .join('') +
    '</svg>';
  return {
    width,
    height,
    strips: boxes.map(({ top, bottom, left, right }) => {
      const meets = (e: Element) => e.paper || (e.top < bottom && e.bottom > top && e.left < right && e.right > left);
      return { top, bottom, left, right, svg: cut(top, bottom - top, left, right - left, meets) };
    }),
    paper: cut(0, 1, 0, width, (e) => e.paper),
  };
}
