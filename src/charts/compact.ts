// Fewer bytes for the same drawing (build time, src/charts/render.ts): Plot draws each axis tick as its own path
// "M0,0L-6,0" moved by its own transform and each grid line as its own <line>; a group of them becomes one path of
// subpaths, which Chromium draws to the same pixels. Texts keep their translate(): placed by x and y instead, their
// glyphs land on slightly different pixels. About a sixth of a seat chart's bytes.

const TRANSLATE = /^translate\((-?[\d.]+),(-?[\d.]+)\)$/;
const TICK = /^M0,0L(-?[\d.]+),(-?[\d.]+)$/;
const NUMBER = /^-?[\d.]+$/;

type Segment = [x1: number, y1: number, x2: number, y2: number];

const attrNames = (el: Element): string => el.getAttributeNames().sort().join(',');

/** The straight segment a tick path or a plain line draws, or null for anything else. */
function segment(el: Element): Segment | null {
  const names = attrNames(el);
  if (el.localName === 'line' && names === 'x1,x2,y1,y2') {
    const xs = ['x1', 'y1', 'x2', 'y2'].map((a) => el.getAttribute(a)!);
    return xs.every((v) => NUMBER.test(v)) ? (xs.map(Number) as Segment) : null;
  }
  if (el.localName === 'path' && names === 'd,transform') {
    const t = TRANSLATE.exec(el.getAttribute('transform')!);
    const d = TICK.exec(el.getAttribute('d')!);
    if (!t || !d) return null;
    const [x, y] = [Number(t[1]), Number(t[2])];
    return [x, y, x + Number(d[1]), y + Number(d[2])];
  }
  return null;
}

/**
 * Subpaths of one path draw exactly as the separate elements did when none of them overlaps another (a group's
 * stroke-opacity would otherwise count twice where they cross): so only parallel horizontal or vertical segments at
 * least 2 px apart are joined.
 */
function joined(segments: Segment[]): string | null {
  const horizontal = segments.every(([, y1, , y2]) => y1 === y2);
  const vertical = segments.every(([x1, , x2]) => x1 === x2);
  if (horizontal === vertical) return null;
  const at = segments.map(([x1, y1]) => (horizontal ? y1 : x1)).sort((a, b) => a - b);
  for (let i = 1; i < at.length; i++) if (at[i]! - at[i - 1]! < 2) return null;
  return segments.map(([x1, y1, x2, y2]) => `M${x1},${y1}${horizontal ? `H${x2}` : `V${y2}`}`).join('');
}

function compactGroup(g: Element): void {
  const kids = [...g.children];
  if (kids.length < 2) return;
  const segments = kids.map(segment);
  if (segments.some((s) => s === null)) return;
  const d = joined(segments as Segment[]);
  if (d === null) return;
  const path = g.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', d);
  g.replaceChildren(path);
}

/** Compacts a finished Plot SVG in place. */
export function compactPlot(svg: Element): void {
  for (const g of svg.querySelectorAll('g')) compactGroup(g);
}
