// Chart spec for claim pages: seats as dots (x against y) in a grid of panels, with a binned-average line,
// a shaded band for the claim's range of x and an optional line at a claimed y value.
import type * as PlotTypes from '@observablehq/plot';
import * as Plot from '@observablehq/plot';
import { isNarrow } from './render';

export interface ScatterPoint {
  /** Column facet, e.g. the measure. */
  col: string;
  /** Row facet, e.g. the election pair. */
  row: string;
  x: number;
  y: number;
  group: string;
  code: string;
  name: string;
}

export interface BinPoint {
  col: string;
  row: string;
  x: number;
  y: number;
  n: number;
}

export interface ScatterInput {
  kind: 'scatter';
  cols: string[];
  rows: string[];
  /** Dot colour per group, in legend order. */
  groups: { name: string; colour: string }[];
  points: ScatterPoint[];
  bins: BinPoint[];
  binColour: string;
  xLabel: string;
  yLabel: string;
  /** Shade x >= this value in every panel. */
  shadeFrom: number | null;
  /** Claimed y value, drawn as a dashed line in the panels listed (its value is in the legend, not on the dots). */
  claim: { y: number; panels: { col: string; row: string }[] } | null;
}

export const CLAIM_COLOUR = '#CC79A7';

const signed = (v: number) => (v > 0 ? `+${v}` : v < 0 ? `\u2212${Math.abs(v)}` : '0');

/**
 * A grid of panels (columns by rows). Under 480 px the grid becomes one column, a titled panel per cell, so the text
 * stays at its size on a phone; every mark is the same, faceted by cell instead of by column and row.
 */
export function scatterSpec(input: ScatterInput, opts: { width?: number } = {}): PlotTypes.PlotOptions {
  const xs = input.points.map((p) => p.x);
  const ys = input.points.map((p) => p.y);
  const xDomain: [number, number] = [Math.floor(Math.min(...xs) / 5) * 5, Math.ceil(Math.max(...xs) / 5) * 5];
  const yDomain: [number, number] = [Math.floor(Math.min(...ys, 0) / 5) * 5, Math.ceil(Math.max(...ys, 0) / 5) * 5];
  const width = opts.width ?? 640;
  const narrow = isNarrow(width);
  const key = (p: { col: string; row: string }) => `${p.row}\u0000${p.col}`;
  const withKey = <T extends { col: string; row: string }>(xs: readonly T[]) => xs.map((p) => ({ ...p, key: key(p) }));
  const cells = input.rows.flatMap((row) =>
    input.cols.map((col) => ({ row, col, key: key({ row, col }), title: `${col}, ${row}` })),
  );
  const facet = narrow ? { fy: 'key' } : { fx: 'col', fy: 'row' };
  const claimRows = input.claim ? withKey(input.claim.panels.map((p) => ({ ...p, y: input.claim!.y }))) : [];
  const shade = input.shadeFrom === null ? [] : cells.map((c) => ({ ...c, x1: input.shadeFrom!, x2: xDomain[1] }));
  const marginLeft = narrow ? 40 : 48;
  const layout: Partial<PlotTypes.PlotOptions> = narrow
    ? {
        height: 215 * cells.length + 60,
        marginRight: 12,
        marginTop: 40,
        marginBottom: 40,
        y: {
          domain: yDomain,
          label: input.yLabel,
          labelAnchor: 'top',
          labelArrow: 'none',
          grid: true,
          tickFormat: signed,
        },
        fy: { domain: cells.map((c) => c.key), label: null, axis: null, padding: 0.2 },
      }
    : {
        height: 250 * input.rows.length + 70,
        marginRight: 96,
        marginTop: 30,
        marginBottom: 44,
        y: { domain: yDomain, label: input.yLabel, labelArrow: 'none', grid: true, tickFormat: signed },
        fx: { domain: input.cols, label: null, padding: 0.12 },
        fy: { domain: input.rows, label: null, padding: 0.14 },
      };
  return {
    width,
    marginLeft,
    ...layout,
    style: { background: 'transparent', fontSize: '12px' },
    x: { domain: xDomain, label: input.xLabel, labelAnchor: 'center', labelArrow: 'none', grid: true },
    color: { domain: input.groups.map((g) => g.name), range: input.groups.map((g) => g.colour) },
    marks: [
      Plot.rectX(shade, { x1: 'x1', x2: 'x2', ...facet, fill: 'currentColor', fillOpacity: 0.07 }),
      Plot.ruleY([0], { stroke: 'currentColor', strokeOpacity: 0.5 }),
      Plot.dot(withKey(input.points), { x: 'x', y: 'y', ...facet, r: 1.8, fill: 'group', fillOpacity: 0.65 }),
      Plot.ruleY(claimRows, { y: 'y', ...facet, stroke: CLAIM_COLOUR, strokeWidth: 2, strokeDasharray: '5,4' }),
      Plot.line(withKey(input.bins), { x: 'x', y: 'y', ...facet, stroke: input.binColour, strokeWidth: 2.5 }),
      Plot.dot(withKey(input.bins), {
        x: 'x',
        y: 'y',
        ...facet,
        r: 3.5,
        fill: input.binColour,
        stroke: 'white',
        strokeWidth: 0.8,
      }),
      ...(narrow
        ? [
            Plot.text(cells, {
              fy: 'key',
              text: 'title',
              frameAnchor: 'top-left',
              dx: 4 - marginLeft,
              dy: -8,
              lineAnchor: 'bottom',
              textAnchor: 'start',
              fontWeight: 'bold',
              fill: 'currentColor',
            }),
          ]
        : []),
    ],
  };
}
