// The embed code a reader pastes into an article: a responsive box holding the iframe, plus the published resizer
// script. The box's height is a CSS formula of the host column's width (padding-top: min(a% + b px, cap)), worked
// out here from the graphic's size and text, so the whole graphic shows even where the host blocks or strips the
// script (a strict Content-Security-Policy, a CMS); with the script, the frame reports its exact height instead.
import { escapeAttr } from '../format/escape';

/** The themes an Embed control offers, its default first. */
export const EMBED_THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];
/**
 * The theme of the snippet offered first: light, as most news pages are, so that a reader whose system is dark does
 * not see a dark box in a light article; following the reader's setting is a choice, for hosts with a dark mode.
 */
export const DEFAULT_EMBED_THEME: EmbedTheme = 'light';

/** What the height formula needs to know about a graphic. */
export interface EmbedMeasure {
  title: string;
  caption: string;
  source: string;
  width: number;
  height: number;
  narrow?: { width: number; height: number };
  legend: readonly { label: string }[];
}

export interface SnippetInput {
  /** Absolute URL of /embed/{family}/{key}/. */
  embedUrl: string;
  /** Absolute URL of /embed.js. */
  scriptUrl: string;
  title: string;
  /** Initial height in pixels, before the embed reports its own. */
  height: number;
  /** The script-free height formula (from `responsiveBox`); without it the iframe has the fixed `height`. */
  box?: ResponsiveBox;
  /** 'auto' follows the reader's system setting; 'light' or 'dark' pins the embed's colours. */
  theme?: EmbedTheme;
}

/** One straight line of box height against column width w: slope * w + offset (px). */
export interface Line {
  slope: number;
  offset: number;
}

/**
 * Box height in px at column width w: `wide` (never above `cap`, nor above `fall` where that is above `floor`) from
 * SWITCH px up, `narrow` below it (graphics with a narrow drawing).
 */
export interface ResponsiveBox {
  narrow: Line | null;
  wide: Line;
  cap: number;
  /** Past the drawing's width the drawing stops growing and the text needs fewer lines: a falling line over that. */
  fall: Line;
  /** What the embed needs in the widest columns (the fall line stops here). */
  floor: number;
}

/** The embed's URL with its theme: auto (follow the reader) adds no ?theme=. */
export function themedUrl(embedUrl: string, theme: EmbedTheme = 'auto'): string {
  return theme === 'auto' ? embedUrl : `${embedUrl}${embedUrl.includes('?') ? '&' : '?'}theme=${theme}`;
}

/** The label of a theme's snippet in the Embed control (the default's names no theme). */
export function snippetLabel(theme: EmbedTheme): string {
  const which = theme === 'auto' ? "following the reader's setting" : theme;
  return `Embed code${theme === DEFAULT_EMBED_THEME ? '' : ` (${which})`}: paste it into your page's HTML`;
}

/**
 * The tallest the script-free box gets from a phone's column up: a fixed-height frame this tall clips nothing. The box
 * is straight lines, so its tallest whole-pixel width is at an end of the range or beside a corner, where two of its
 * lines cross.
 */
export function tallestHeight(box: ResponsiveBox): number {
  const from = box.narrow ? SWITCH : 300;
  const lines: [number, number][] = [box.wide, box.fall].map((l) => [slopePct(l) / 100, Math.ceil(l.offset)]);
  lines.push([0, Math.ceil(box.cap)], [0, Math.ceil(box.floor)]);
  const widths = [300, SWITCH - 1, from, WIDEST];
  for (const [sa, oa] of lines)
    for (const [sb, ob] of lines)
      if (sa !== sb) widths.push(Math.floor((ob - oa) / (sa - sb)), Math.ceil((ob - oa) / (sa - sb)));
  const at = (w: number) => (w >= 300 && w <= WIDEST ? Math.ceil(boxHeight(box, w)) : 0);
  return Math.max(...widths.flatMap((w) => [w - 1, w, w + 1]).map(at));
}

/** The widest column `tallestHeight` considers; the box is flat long before it. */
const WIDEST = 4000;

/**
 * The snippet of another theme, from the one of theme `from` (`embedUrl` unescaped, without a theme): only the frame's
 * address differs, so it equals `embedSnippet` with that theme. The browser makes the other snippets this way.
 */
export function themedSnippet(snippet: string, embedUrl: string, from: EmbedTheme, theme: EmbedTheme): string {
  const src = (u: string) => `<iframe src="${escapeAttr(u)}"`;
  return snippet.replace(src(themedUrl(embedUrl, from)), () => src(themedUrl(embedUrl, theme)));
}

/** Slope as the CSS percentage (rounded up to 0.01%, so the line never drops under the estimate). */
const slopePct = (l: Line) => Math.ceil(l.slope * 10000 - 1e-9) / 100;
const line = (l: Line) => `${slopePct(l).toFixed(2)}% + ${Math.ceil(l.offset)}px`;

/**
 * The box's padding-top: min(wide line, cap), and below SWITCH px the narrow line instead. The step is plain CSS:
 * clamp(0px, (SWITCH - 100%) * 1000, 99999px) is 0 at or above SWITCH and huge below, so adding it to a line
 * switches that line off; 100% is the host column's width.
 */
export function boxPadding(box: ResponsiveBox): string {
  const wide = `min(calc(${line(box.wide)}), ${Math.ceil(box.cap)}px, max(${Math.ceil(box.floor)}px, calc(${line(box.fall)})))`;
  if (!box.narrow) return wide;
  const below = `clamp(0px, (${SWITCH}px - 100%) * 1000, 99999px)`;
  const above = `clamp(0px, (100% - ${SWITCH}px) * 1000, 99999px)`;
  return `min(calc(${wide} + ${below}), calc(${line(box.narrow)} + ${above}))`;
}

/** What `boxPadding` gives at column width w, in px (for tests and checks). */
export function boxHeight(box: ResponsiveBox, w: number): number {
  const at = (l: Line) => (slopePct(l) / 100) * w + Math.ceil(l.offset);
  const wide = Math.min(at(box.wide), Math.ceil(box.cap), Math.max(Math.ceil(box.floor), at(box.fall)));
  return box.narrow && w < SWITCH ? at(box.narrow) : wide;
}

export function iframeHtml(s: SnippetInput): string {
  const src = escapeAttr(themedUrl(s.embedUrl, s.theme));
  if (!s.box)
    return `<iframe src="${src}" title="${escapeAttr(s.title)}" data-groundwork-embed style="width:100%;border:0" height="${Math.round(s.height)}" loading="lazy"></iframe>`;
  return (
    `<div data-groundwork-box style="position:relative;width:100%;height:0;padding-top:${boxPadding(s.box)}">` +
    `<iframe src="${src}" title="${escapeAttr(s.title)}" data-groundwork-embed style="position:absolute;top:0;left:0;width:100%;height:100%;border:0" loading="lazy"></iframe></div>`
  );
}

export function embedSnippet(s: SnippetInput): string {
  return `${iframeHtml(s)}<script src="${escapeAttr(s.scriptUrl)}" async></script>`;
}

/** A first guess at the embed's height: the graphic plus title, legend, caption and source lines. */
export function initialHeight(graphicHeight: number, legendItems: number): number {
  return Math.round(graphicHeight + 150 + Math.ceil(legendItems / 3) * 22);
}

/** Below this figure width the embed shows the graphic's narrow drawing (GraphicFigure's container query). */
const NARROW_BELOW = 480;
/** The embed page's text (Embed.astro): body padding, font sizes and line heights in px, with average glyph widths. */
const PAD_X = 8;
/** Frame width at which the figure (frame less the body's padding) reaches NARROW_BELOW. */
const SWITCH = NARROW_BELOW + PAD_X;
const PAD_Y = 10;
const TITLE = { line: 19.2, char: 8.4, after: 5 };
const SMALL = { line: 15.7, char: 6.6, after: 4.5 };
const LEGEND = { line: 17, gap: 14.4, swatch: 18 };

const lines = (text: string, width: number, char: number) =>
  Math.max(1, Math.ceil((text.length * char) / Math.max(40, width)));

function legendLines(labels: readonly string[], width: number): number {
  if (labels.length === 0) return 0;
  let n = 1;
  let x = 0;
  for (const l of labels) {
    const w = LEGEND.swatch + l.length * SMALL.char;
    if (x > 0 && x + LEGEND.gap + w > width) {
      n++;
      x = w;
    } else x += (x > 0 ? LEGEND.gap : 0) + w;
  }
  return n;
}

/** Estimated content height of the embed page in a frame `w` px wide (over-estimates a little, by design). */
export function contentHeight(m: EmbedMeasure, w: number): number {
  const inner = w - PAD_X;
  const drawing = m.narrow && inner < NARROW_BELOW ? m.narrow : m;
  const svg = drawing.height * Math.min(1, inner / drawing.width);
  const legend = legendLines(
    m.legend.map((l) => l.label),
    inner,
  );
  const text =
    lines(m.title, inner, TITLE.char) * TITLE.line +
    TITLE.after +
    (legend ? legend * LEGEND.line + 2 * SMALL.after : 0) +
    lines(`${m.caption} Source: ${m.source}`, inner, SMALL.char) * SMALL.line +
    SMALL.after +
    2 * SMALL.line +
    SMALL.after;
  return PAD_Y + svg + text * 1.12 + 12;
}

/**
 * The lowest straight line over the content heights at the widths given: through the two ends, raised to clear all. It
 * may fall: below the narrow switch and past the drawing's width the drawing stays put while the text unwraps.
 */
function envelope(m: EmbedMeasure, from: number, to: number): Line {
  const widths: number[] = [];
  for (let w = from; w < to; w += 1) widths.push(w);
  widths.push(to);
  const slope = (contentHeight(m, to) - contentHeight(m, from)) / Math.max(1, to - from);
  return { slope, offset: Math.max(...widths.map((w) => contentHeight(m, w) - slope * w)) };
}

/** The widest column the falling line covers, past the drawing's width; the box is flat beyond it. */
const FALL_SPAN = 1400;

/**
 * Lines over the content heights from a phone (300 px) to the drawing's own width: one below the narrow switch and one
 * above it for graphics with a narrow drawing, else one; capped at the height the embed needs when the column is wider
 * than the drawing (the drawing stops growing there).
 */
export function responsiveBox(m: EmbedMeasure): ResponsiveBox {
  const full = Math.max(m.width + PAD_X, SWITCH + 100);
  const wide = m.narrow ? envelope(m, SWITCH, full) : envelope(m, 300, full);
  const narrow = m.narrow ? envelope(m, 300, SWITCH - 1) : null;
  const cap = Math.max(
    ...[full, full + 200, full + 600, full + FALL_SPAN].map((w) => contentHeight(m, w)),
    wide.slope * full + wide.offset,
  );
  const fall = envelope(m, full, full + FALL_SPAN);
  const floor = Math.max(...[0, 200, 600, 1400, 3000].map((d) => contentHeight(m, full + FALL_SPAN + d)));
  return { narrow, wide, cap, fall, floor };
}
