// The rows of a flat SVG (a social card) that can hold ink, so that resvg draws only those: its cost grows with the
// pixels it draws, whatever they hold, and most rows of a card are blank paper. Reads only SVGs written as a root
// <svg> of plain <rect>, <line> and <text> children with numeric positions and plain colours; for anything else
// (groups, paths, transforms, styles, a scale) it answers null and the SVG is drawn whole.

/** How far a glyph of the fonts can reach above and below its baseline, in ems (from the fonts' `head` tables). */
export interface FontReach {
  ascent: number;
  descent: number;
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
/** Bands closer than this are drawn as one (each drawing has a small fixed cost). */
const JOIN = 8;

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

const ELEMENT = /<(rect|line)([^<>]*?)\/>|<text([^<>]*)>([^<>]*)<\/text>/y;

/** A strip of rows [top, bottom) and an SVG that draws just those rows: the elements that reach them, shifted up. */
export interface Strip {
  top: number;
  bottom: number;
  svg: string;
}

/**
 * The SVG cut into strips of rows outside which it draws nothing but its flat paper, and `paper`, a one-row SVG of
 * the paper alone for the rows between them; null when the SVG is not one this reads. `reach` bounds every glyph of
 * the fonts its text is drawn with. Each strip holds every element whose bounds meet its rows, in document order,
 * with blank rows of margin on both sides, so it draws the same pixels there as the whole SVG.
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
  const elements: { text: string; top: number; bottom: number; paper: boolean }[] = [];
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
    let paper = false;
    if (tag === 'rect') {
      const [x, y, w, h] = [n('x'), n('y'), n('width'), n('height')];
      paper = !stroke && x <= 0 && y <= 0 && x + w >= width && y + h >= height;
      span = [y - stroke, y + h + stroke];
    } else if (tag === 'line') {
      span = [Math.min(n('y1'), n('y2')) - stroke, Math.max(n('y1'), n('y2')) + stroke];
    } else {
      if (!a.has('font-size')) return null;
      span = [n('y') - reach.ascent * n('font-size'), n('y') + reach.descent * n('font-size')];
    }
    elements.push({
      text: m[0],
      top: Math.max(0, Math.floor(span[0]) - MARGIN),
      bottom: Math.min(height, Math.ceil(span[1]) + MARGIN),
      paper,
    });
  }
  if (at !== body.length) return null;
  const bands: [number, number][] = [];
  for (const e of [...elements].filter((e) => !e.paper && e.bottom > e.top).sort((p, q) => p.top - q.top)) {
    const last = bands[bands.length - 1];
    if (last && e.top <= last[1] + JOIN) last[1] = Math.max(last[1], e.bottom);
    else bands.push([e.top, e.bottom]);
  }
  const cut = (top: number, rows: number, meets: (e: (typeof elements)[number]) => boolean): string =>
    '<svg' +
    [...rootAttrs]
      .map(([k, v]) => ` ${k}="${k === 'height' ? rows : k === 'viewBox' ? `0 ${top} ${width} ${rows}` : v}"`)
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
    strips: bands.map(([top, bottom]) => ({
      top,
      bottom,
      svg: cut(top, bottom - top, (e) => e.paper || (e.top < bottom && e.bottom > top)),
    })),
    paper: cut(0, 1, (e) => e.paper),
  };
}
