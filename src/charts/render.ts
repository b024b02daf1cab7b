// Renders an Observable Plot specification to a static SVG string at build time (no browser needed).
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { escapeAttr } from '../lib/format/escape';

export interface ChartText {
  /** Short accessible name, e.g. "Vote share in Putney, 2010 to 2019". */
  label: string;
  /** One or two sentences saying what the chart shows (read by screen readers; the table beside it has the numbers). */
  description: string;
}

/** Charts drawn for frames under this width (CSS px) use their narrow layout; GraphicFigure's container query matches. */
export const NARROW_BELOW = 480;
/** Width of the narrow drawing of a chart. */
export const NARROW_WIDTH = 360;

export function isNarrow(width: number): boolean {
  return width < NARROW_BELOW;
}

let idCounter = 0;

/** A number in an attribute with three or more decimals (Plot writes e.g. y="228.33333333333334" or 1.2e-16). */
const LONG_NUMBER = /(?<=\s[\w:-]+="[^"]*)-?\d+\.\d{3,}(?:e-?\d+)?/g;

/**
 * Coordinates to a hundredth of a pixel (invisible at any zoom; about a fifth of a chart's bytes), rounded as the SVG
 * snapshots normalise them (tests/support/svg-snapshot.ts), so a chart's snapshot is the same before and after.
 */
export function roundCoordinates(svg: string): string {
  return svg.replace(LONG_NUMBER, (n) => String(Number(Number(n).toFixed(2)) || 0));
}

export function renderPlot(options: Plot.PlotOptions, text: ChartText): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const el = Plot.plot({ ...options, document: document as unknown as Document }) as unknown as Element;
  const svg = el.tagName.toLowerCase() === 'svg' ? el : el.querySelector('svg');
  if (!svg) throw new Error('Plot produced no SVG');
  // Plot labels its mark groups for screen readers; inside an image role those names are prohibited noise.
  for (const node of svg.querySelectorAll('[aria-label], [aria-description], [aria-hidden]')) {
    node.removeAttribute('aria-label');
    node.removeAttribute('aria-description');
  }
  // The site's Content-Security-Policy blocks style attributes: keep the font size as a presentation attribute.
  for (const node of [svg, ...svg.querySelectorAll('[style]')]) {
    const style = node.getAttribute('style');
    if (style === null) continue;
    const size = /font-size:\s*([\d.]+px)/.exec(style)?.[1];
    if (size) node.setAttribute('font-size', size);
    node.removeAttribute('style');
  }
  // Plot writes font-variant="tabular-nums", which is not a valid SVG attribute value; CSS does the same job.
  for (const node of svg.querySelectorAll('[font-variant]')) {
    node.removeAttribute('font-variant');
    node.setAttribute('class', `${node.getAttribute('class') ?? ''} gw-tabular`.trim());
  }
  const id = `chart-desc-${++idCounter}`;
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', text.label);
  svg.setAttribute('aria-describedby', id);
  svg.removeAttribute('aria-description');
  const desc = document.createElement('desc');
  desc.setAttribute('id', id);
  desc.textContent = text.description;
  svg.insertBefore(desc, svg.firstChild);
  const html = (el as unknown as { outerHTML: string }).outerHTML;
  return roundCoordinates(html).replace(/ aria-label="[^"]*"/, ` aria-label="${escapeAttr(text.label)}"`);
}
