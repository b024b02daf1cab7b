// Chart spec for claim pages: each seat as a dot on one row per group (chosen seats, other seats, matched seats),
// the group average with its 95% interval under the dots, and vertical lines for a regional figure and a claimed figure.
import type * as PlotTypes from '@observablehq/plot';
import * as Plot from '@observablehq/plot';
import { jitter } from './claim-jitter';
import { stripValues } from './strip-values';
import { isNarrow } from './render';

export interface StripDot {
  panel: string;
  group: string;
  code: string;
  name: string;
  value: number;
  highlight: boolean;
}

export interface StripSummary {
  panel: string;
  group: string;
  estimate: number;
  low: number | null;
  high: number | null;
}

export interface StripRule {
  panel: string;
  value: number;
  label: string;
  kind: 'benchmark' | 'claim';
}

export interface StripInput {
  kind: 'strip';
  /** Facets from top to bottom, e.g. ["2017 → 2019", "2015 → 2017 (placebo)"]. */
  panels: string[];
  /** Rows from top to bottom within each facet. */
  groups: string[];
  dots: StripDot[];
  summaries: StripSummary[];
  rules: StripRule[];
  xLabel: string;
  /** The rows a social card shows (the headline's), when not all of them. */
  cardGroups?: string[];
}

export const STRIP_COLOURS = {
  highlight: '#D55E00',
  other: '#8F8F8F',
  summary: '#0072B2',
  benchmark: '#009E73',
  claim: '#CC79A7',
} as const;

function extent(input: StripInput): [number, number] {
  const xs = stripValues(input);
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  const pad = Math.max(1, (hi - lo) * 0.05);
  return [Math.floor(lo - pad), Math.ceil(hi + pad)];
}

/**
 * A social card's drawing: the chart's first panel alone (the claim's pair without the placebo panel under it), with
 * only its card rows when it names them.
 */
export function cardPanel(input: StripInput): StripInput {
  const [first] = input.panels;
  const groups = input.cardGroups ?? input.groups;
  const kept = <T extends { panel: string; group?: string }>(xs: T[]) =>
    xs.filter((x) => x.panel === first && (x.group === undefined || groups.includes(x.group)));
  return {
    ...input,
    panels: [first!],
    groups: input.groups.filter((g) => groups.includes(g)),
    dots: kept(input.dots),
    summaries: kept(input.summaries),
    rules: kept(input.rules),
  };
}

/** True when a strip chart's social card differs from the chart (a second panel, or rows left out). */
export const hasOwnCard = (input: StripInput) => input.panels.length > 1 || input.cardGroups !== undefined;

export function stripSpec(input: StripInput, opts: { width?: number } = {}): PlotTypes.PlotOptions {
  const index = new Map(input.groups.map((g, i) => [g, i]));
  const rowOf = (g: string) => {
    const i = index.get(g);
    if (i === undefined) throw new Error(`strip chart: unknown group "${g}"`);
    return i;
  };
  // Dots spread over a band well below the group's name, which sits above its row.
  const dots = input.dots.map((d) => ({ ...d, y: rowOf(d.group) - 0.1 + 0.12 * jitter(d.code) }));
  const summaries = input.summaries.map((s) => ({ ...s, y: rowOf(s.group) + 0.3 }));
  const width = opts.width ?? 640;
  // Each group's name sits above its row and the axis label wraps under the axis, so the dots get the whole width
  // at every size (a column of names beside the rows had left them 320 of 560 px). Under 480 px the type is smaller.
  const narrow = isNarrow(width);
  const rowHeight = 54;
  // Room above the first group's name for the benchmark's label, which sits on the panel's top edge.
  const top = 0.75;
  // Each panel is as tall as its rows; between panels, room for the next one's title and benchmark label, and none
  // above the first or below the last (their titles and axis sit in the margins).
  const band = (input.groups.length - 0.45 + top) * rowHeight;
  const gap = 52;
  const marginTop = 36;
  const panelTitles = input.panels.map((panel) => ({ panel }));
  const claims = input.rules.filter((r) => r.kind === 'claim');
  const benchmarks = input.rules.filter((r) => r.kind === 'benchmark');
  const marginLeft = 12;
  const marginRight = 12;
  // A claimed figure's label sits under its panel: in the gap before the next panel, or, under the last panel, below
  // the axis's numbers (with the axis label moved down to make room).
  const lastPanel = input.panels[input.panels.length - 1];
  const claimUnderAxis = claims.some((r) => r.panel === lastPanel) ? 18 : 0;
  const marginBottom = 58 + claimUnderAxis;
  const domain = extent(input);
  // A line's label is centred on it unless that would run off the drawing; then it ends (or starts) at the line.
  const anchorOf = (r: StripRule): 'start' | 'middle' | 'end' => {
    const px = marginLeft + ((r.value - domain[0]) / (domain[1] - domain[0])) * (width - marginLeft - marginRight);
    const half = (r.label.length * (narrow ? 6.6 : 7.2)) / 2;
    if (px + half > width) return 'end';
    if (px - half < 0) return 'start';
    return 'middle';
  };
  const ruleLabels = (
    rules: StripRule[],
    place: { frameAnchor: 'top' | 'bottom'; dy: number; lineAnchor: 'top' | 'bottom' },
  ) =>
    (['start', 'middle', 'end'] as const).map((a) =>
      Plot.text(
        rules.filter((r) => anchorOf(r) === a),
        { x: 'value', fy: 'panel', text: 'label', ...place, fill: 'currentColor', textAnchor: a, className: 'gw-halo' },
      ),
    );
  const groupLabels = input.panels.flatMap((panel) => input.groups.map((group, i) => ({ panel, group, y: i - 0.42 })));
  const fontPx = narrow ? 12 : 13;
  // The axis label starts at the drawing's left edge and wraps within it (a centred label overran long names). Plot
  // measures lines with Helvetica's widths; the 0.85 leaves room for wider fonts such as DejaVu Sans.
  const xLabel = Plot.text([{ panel: lastPanel, label: input.xLabel }], {
    fy: 'panel',
    text: 'label',
    frameAnchor: 'bottom-left',
    dx: 4 - marginLeft,
    dy: 24 + claimUnderAxis,
    lineAnchor: 'top',
    textAnchor: 'start',
    lineWidth: ((width - 8) / fontPx) * 0.85,
    lineHeight: 1.25,
    fill: 'currentColor',
  });
  const groupNames = Plot.text(groupLabels, {
    y: 'y',
    fy: 'panel',
    text: 'group',
    frameAnchor: 'left',
    lineAnchor: 'bottom',
    textAnchor: 'start',
    fill: 'currentColor',
    className: 'gw-halo',
  });
  return {
    width,
    height: marginTop + input.panels.length * band + (input.panels.length - 1) * gap + marginBottom,
    marginLeft,
    marginRight,
    marginTop,
    marginBottom,
    style: { background: 'transparent', fontSize: `${fontPx}px` },
    x: {
      domain,
      label: null,
      grid: true,
      tickFormat: (v: number) => (v > 0 ? `+${v}` : v < 0 ? `\u2212${Math.abs(v)}` : '0'),
    },
    y: {
      domain: [input.groups.length - 0.45, -top],
      axis: null,
    },
    fy: { domain: input.panels, label: null, axis: null, paddingInner: gap / (band + gap), paddingOuter: 0 },
    marks: [
      Plot.ruleX([0], { stroke: 'currentColor', strokeOpacity: 0.5 }),
      Plot.ruleX(benchmarks, { x: 'value', fy: 'panel', stroke: STRIP_COLOURS.benchmark, strokeWidth: 2 }),
      Plot.ruleX(claims, {
        x: 'value',
        fy: 'panel',
        stroke: STRIP_COLOURS.claim,
        strokeWidth: 2,
        strokeDasharray: '5,4',
      }),
      Plot.dot(
        dots.filter((d) => !d.highlight),
        {
          x: 'value',
          y: 'y',
          fy: 'panel',
          r: 2.6,
          fill: STRIP_COLOURS.other,
          fillOpacity: 0.6,
          title: (d: StripDot) => `${d.name}: ${d.value.toFixed(1)}`,
        },
      ),
      Plot.dot(
        dots.filter((d) => d.highlight),
        {
          x: 'value',
          y: 'y',
          fy: 'panel',
          r: 4.5,
          fill: STRIP_COLOURS.highlight,
          stroke: 'white',
          strokeWidth: 0.8,
          title: (d: StripDot) => `${d.name}: ${d.value.toFixed(1)}`,
        },
      ),
      Plot.ruleY(
        summaries.filter((s) => s.low !== null && s.high !== null),
        { y: 'y', x1: 'low', x2: 'high', fy: 'panel', stroke: STRIP_COLOURS.summary, strokeWidth: 3 },
      ),
      Plot.dot(summaries, {
        x: 'estimate',
        y: 'y',
        fy: 'panel',
        r: 5.5,
        symbol: 'diamond',
        fill: STRIP_COLOURS.summary,
        stroke: 'white',
        strokeWidth: 1,
      }),
      ...ruleLabels(benchmarks, { frameAnchor: 'top', dy: -2, lineAnchor: 'bottom' }),
      ...ruleLabels(
        claims.filter((r) => r.panel !== lastPanel),
        { frameAnchor: 'bottom', dy: 2, lineAnchor: 'top' },
      ),
      ...ruleLabels(
        claims.filter((r) => r.panel === lastPanel),
        { frameAnchor: 'bottom', dy: 22, lineAnchor: 'top' },
      ),
      Plot.text(panelTitles, {
        fy: 'panel',
        text: 'panel',
        frameAnchor: 'top-left',
        dx: 0,
        dy: -16,
        lineAnchor: 'bottom',
        textAnchor: 'start',
        fontWeight: 'bold',
        fill: 'currentColor',
      }),
      groupNames,
      xLabel,
    ],
  };
}
