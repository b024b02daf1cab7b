// Build-time SVG for seat maps and their legends: every seat a labelled link, readable with JavaScript off.
import { escapeAttr, escapeXml, safeUrl } from '../format/escape';
import { MISSING_COLOUR, type Legend } from './colour';
import type { MapGeometry } from './types';
import { wrapText } from '../export/wrap';

export interface RenderMapOptions {
  fill: (code: string) => string;
  /** Accessible name, e.g. "Putney: Labour gain, majority 4,774 (11.1%)". */
  label: (code: string) => string;
  href: (code: string) => string;
  /** Seat links open in a new tab (target="_blank"): an embed's, since a `<base target>` does not reach SVG links. */
  newTab?: boolean;
  title: string;
  description: string;
  /** Prefix for ids inside the SVG; letters, digits, '-' and '_' only, unique on the page. */
  idPrefix: string;
  /** Seat to mark as the current one (aria-current="page"). */
  current?: string;
  className?: string;
}

/**
 * Suggested CSS for the class hooks; the site stylesheet should include it (not inlined, for a strict CSP).
 * Later seats paint over an earlier seat's edge, so the focus stroke is wide: its inner half always shows.
 * The empty `.gw-map__focus` path at the end of the overlay is for the client script to copy the focused
 * seat's `d` into, which draws the whole outline on top.
 */
export const MAP_CSS = `
.gw-map { max-width: 100%; height: auto; }
.gw-map path { vector-effect: non-scaling-stroke; }
.gw-map__seats { stroke: #ffffff; stroke-width: 0.5px; }
.gw-map__seat:hover path { stroke: #1a1a1a; stroke-width: 2px; }
.gw-map__seat:focus { outline: none; }
.gw-map__seat:focus-visible path { stroke: #1a1a1a; stroke-width: 5px; }
.gw-map__seat[aria-current] path { stroke: #1a1a1a; stroke-width: 3px; }
.gw-map__focus { stroke: #1a1a1a; stroke-width: 3px; fill: none; }
.gw-map__regions { stroke: #1a1a1a; stroke-width: 1.2px; }
.gw-map__outline { stroke: #6b6b6b; stroke-width: 0.6px; }
.gw-map__inset { stroke: #6b6b6b; stroke-width: 0.8px; }
`.trim();

const ID = /^[A-Za-z][A-Za-z0-9_-]*$/;

function round(x: number): string {
  return String(Math.round(x * 10) / 10);
}

function missingPattern(id: string): string {
  return (
    `<pattern id="${id}" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="5" height="5" fill="${MISSING_COLOUR}"/><path d="M0 0v5" stroke="#8c8c8c" stroke-width="1.2"/></pattern>`
  );
}

export function renderMapSvg(geom: MapGeometry, opts: RenderMapOptions): string {
  if (!ID.test(opts.idPrefix))
    throw new Error(`idPrefix must be letters, digits, '-' or '_': ${JSON.stringify(opts.idPrefix)}`);
  const p = opts.idPrefix;
  const stroke = geom.kind === 'hex' ? '1' : '0.4';
  const target = opts.newTab ? ' target="_blank" rel="noopener"' : '';
  const seats = geom.seats.map((s) => {
    const fill = opts.fill(s.code);
    const missing = fill === MISSING_COLOUR;
    const current = opts.current === s.code ? ' aria-current="page"' : '';
    return (
      `<a href="${escapeAttr(safeUrl(opts.href(s.code)))}" aria-label="${escapeAttr(opts.label(s.code))}" data-code="${escapeAttr(s.code)}"${target}` +
      ` class="gw-map__seat${missing ? ' gw-map__seat--missing' : ''}"${current}>` +
      `<path d="${s.d}" fill="${missing ? `url(#${p}-missing)` : escapeAttr(fill)}"/></a>`
    );
  });
  const insets = geom.insets.map(
    (b) =>
      `<rect class="gw-map__inset" x="${round(b.x)}" y="${round(b.y)}" width="${round(b.width)}" height="${round(b.height)}" fill="none" stroke="#6b6b6b" stroke-width="0.8"/>`,
  );
  const decor = (cls: string, d: string, width: string, colour: string): string =>
    d
      ? `<path class="${cls}" d="${d}" fill="none" stroke="${colour}" stroke-width="${width}" stroke-linejoin="round" stroke-linecap="round"/>`
      : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${geom.viewBox.join(' ')}" role="group"` +
    ` aria-labelledby="${p}-title" aria-describedby="${p}-desc" class="gw-map gw-map--${geom.kind}${opts.className ? ` ${escapeAttr(opts.className)}` : ''}"` +
    ` data-set="${escapeAttr(geom.set)}" data-kind="${geom.kind}" focusable="false">` +
    `<title id="${p}-title">${escapeXml(opts.title)}</title><desc id="${p}-desc">${escapeXml(opts.description)}</desc>` +
    `<defs>${missingPattern(`${p}-missing`)}</defs>` +
    `<g class="gw-map__seats" stroke="#ffffff" stroke-width="${stroke}" stroke-linejoin="round" fill-rule="evenodd">${seats.join('')}</g>` +
    `<g class="gw-map__overlay" aria-hidden="true" pointer-events="none">` +
    decor('gw-map__outline', geom.outline, '0.6', '#6b6b6b') +
    decor('gw-map__regions', geom.regionMesh, geom.kind === 'hex' ? '2' : '1.2', '#1a1a1a') +
    insets.join('') +
    `<path class="gw-map__focus" d="" fill="none"/>` +
    `</g></svg>`
  );
}

export interface RenderLegendOptions {
  width?: number;
  idPrefix: string;
}

function swatch(fill: string, label: string, x: number, y: number): string {
  return `<rect x="${x}" y="${y}" width="14" height="14" fill="${fill}" stroke="#6b6b6b" stroke-width="0.5"/><text x="${x + 20}" y="${y + 11}">${escapeXml(label)}</text>`;
}

/** Plain-language summary of a legend, used as its accessible name. */
export function legendSummary(legend: Legend): string {
  const unit = legend.unit ? ` (${legend.unit})` : '';
  const parts: string[] = [];
  if (legend.kind === 'categorical') parts.push((legend.items ?? []).map((i) => i.label).join(', '));
  else {
    const ticks = legend.ticks ?? [];
    parts.push(`from ${ticks[0]?.label ?? ''} to ${ticks[ticks.length - 1]?.label ?? ''}`);
    if (legend.note) parts.push(legend.note);
  }
  parts.push(
    `Grey hatching: ${legend.missing.label.toLowerCase()}${legend.missing.reasons.length ? ` (${legend.missing.reasons.map((r) => r.label).join('; ')})` : ''}`,
  );
  return `${legend.title}${unit}: ${parts.map((x) => x.replace(/\.$/, '')).join('. ')}.`;
}

/** A legend as an SVG image: swatches for categories, a ramp with ticks for numbers, plus the missing-value key. */
export function renderLegendSvg(legend: Legend, opts: RenderLegendOptions): string {
  if (!ID.test(opts.idPrefix))
    throw new Error(`idPrefix must be letters, digits, '-' or '_': ${JSON.stringify(opts.idPrefix)}`);
  const p = opts.idPrefix;
  const width = opts.width ?? 320;
  const body: string[] = [];
  // Rough character widths at 12px: 7.6 units bold, 6.6 regular.
  const perLine = Math.floor(width / 6.6);
  let y = 0;
  const heading = `${legend.title}${legend.unit ? ` (${legend.unit})` : ''}`;
  for (const line of wrapText(heading, Math.floor(width / 7.6))) {
    body.push(`<text x="0" y="${y + 12}" font-weight="bold">${escapeXml(line)}</text>`);
    y += 16;
  }
  y += 6;
  if (legend.kind === 'categorical') {
    for (const item of legend.items ?? []) {
      body.push(swatch(escapeAttr(item.colour), item.label, 0, y));
      y += 20;
    }
  } else {
    const [lo, hi] = legend.domain ?? [0, 1];
    const barW = width - 48;
    const x = (v: number): number => 24 + ((v - lo) / (hi - lo || 1)) * barW;
    const stops = (legend.stops ?? [])
      .map(
        (s) =>
          `<stop offset="${round(((s.value - lo) / (hi - lo || 1)) * 100)}%" stop-color="${escapeAttr(s.colour)}"/>`,
      )
      .join('');
    body.push(`<defs><linearGradient id="${p}-ramp">${stops}</linearGradient></defs>`);
    body.push(`<rect x="24" y="${y}" width="${barW}" height="14" fill="url(#${p}-ramp)"/>`);
    for (const t of legend.ticks ?? []) {
      body.push(`<path d="M${round(x(t.value))} ${y + 14}v4" stroke="#1a1a1a"/>`);
      body.push(`<text x="${round(x(t.value))}" y="${y + 30}" text-anchor="middle">${escapeXml(t.label)}</text>`);
    }
    y += 38;
    for (const line of legend.note ? wrapText(legend.note, perLine) : []) {
      body.push(`<text x="0" y="${y + 10}">${escapeXml(line)}</text>`);
      y += 16;
    }
    y += 4;
  }
  body.push(`<defs>${missingPattern(`${p}-missing`)}</defs>`);
  body.push(swatch(`url(#${p}-missing)`, legend.missing.label, 0, y));
  y += 20;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${y}" width="${width}" height="${y}" role="img" aria-labelledby="${p}-title"` +
    ` class="gw-legend gw-legend--${legend.kind}" font-size="12" font-family="inherit" fill="#1a1a1a">` +
    `<title id="${p}-title">${escapeXml(legendSummary(legend))}</title>${body.join('')}</svg>`
  );
}
