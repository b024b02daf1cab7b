// A party's line or symbol drawn over a thin casing in the text colour, so that every party colour stands out from the
// page in both themes: the SNP's pale yellow on white (1.1:1) and TUV navy, BNP blue, UKIP purple or Plaid Cymru teal
// on the dark page (1.6 to 2.3:1) would otherwise fall well short of the 3:1 a graphic's marks need.
import type * as PlotTypes from '@observablehq/plot';
import * as Plot from '@observablehq/plot';

/** Pixels of casing on each side of the line. */
export const CASING = 0.5;

/** The casing and the line of `options` (which gives the line its stroke width), casing first. */
export function casedLine(
  data: PlotTypes.Data,
  options: PlotTypes.LineOptions & { strokeWidth: number },
): PlotTypes.Line[] {
  return [
    Plot.line(data, { ...options, stroke: 'currentColor', strokeWidth: options.strokeWidth + 2 * CASING }),
    Plot.line(data, options),
  ];
}

/** The casing and the symbols of `options` (stroked in the party's colour, 1.5 px unless given), casing first. */
export function casedDot(data: PlotTypes.Data, options: PlotTypes.DotOptions): PlotTypes.Dot[] {
  const width = typeof options.strokeWidth === 'number' ? options.strokeWidth : 1.5;
  const { title: _title, ...shape } = options;
  return [
    Plot.dot(data, { ...shape, stroke: 'currentColor', strokeWidth: width + 2 * CASING, fill: 'none', fillOpacity: 1 }),
    Plot.dot(data, options),
  ];
}
