// Renders an Observable Plot specification to a static SVG string at build time (no browser needed), finished by the
// same step as the browser's charts (./finish).
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { escapeAttr } from '../lib/format/escape';
import { compactPlot } from './compact';
import { finishPlot, type ChartText } from './finish';

/** Charts drawn for frames under this width (CSS px) use their narrow layout; GraphicFigure's container query matches. */
export const NARROW_BELOW = 480;
/** Width of the narrow drawing of a chart. */
export const NARROW_WIDTH = 360;

export function isNarrow(width: number): boolean {
  return width < NARROW_BELOW;
}

let idCounter = 0;

/** An attribute's name and opening quote, then its value. */
const ATTRIBUTE_VALUE = /(\s[\w:-]+=")([^"]*)/g;
/** A number with two or more decimals (Plot writes e.g. y="228.33333333333334" or 1.2e-16), not a length in ems. */
const LONG_NUMBER = /-?\d+\.\d{2,}(?:e-?\d+)?(?!\d|em)/g;

/**
 * Coordinates in attributes to a tenth of a pixel (invisible at the sizes drawn, the PNG's double size included; about
 * a fifth of a chart's bytes against Plot's own, and 0.8 MB of dist against hundredths, which the cased party lines
 * had brought to 149.7 of its 150 MB). The SVG snapshots (tests/support/svg-snapshot.ts) keep hundredths, so they show
 * these tenths as drawn. Each attribute value is found first and its numbers rounded within it: a single pattern that
 * looks back from every number for its attribute took four times as long.
 */
export function roundCoordinates(svg: string): string {
  return svg.replace(
    ATTRIBUTE_VALUE,
    (_, name: string, value: string) =>
      name + value.replace(LONG_NUMBER, (n) => String(Number(Number(n).toFixed(1)) || 0)),
  );
}

export function renderPlot(options: Plot.PlotOptions, text: ChartText): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const el = Plot.plot({ ...options, document: document as unknown as Document }) as unknown as Element;
  compactPlot(finishPlot(el, text, { descId: `chart-desc-${++idCounter}` }));
  const html = (el as unknown as { outerHTML: string }).outerHTML.replace(/" \/>/g, '"/>');
  return roundCoordinates(html).replace(/ aria-label="[^"]*"/, ` aria-label="${escapeAttr(text.label)}"`);
}
