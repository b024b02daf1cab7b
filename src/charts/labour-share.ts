// Chart spec: Labour's share of the vote at every general election since 1918, with the largest rises labelled.
import type * as PlotTypes from '@observablehq/plot';
import * as Plot from '@observablehq/plot';
import { partyInfo } from '../lib/parties';
import { isNarrow } from './render';

/** One general election of the series (src/views/labour-share.ts makes it from the results files). */
export interface SharePoint {
  election: string;
  /** Label for the axis and tables: 1974F is "Feb 1974", 1974O "Oct 1974". */
  label: string;
  year: number;
  labVotes: number;
  totalVotes: number;
  share: number;
  /** Change since the previous general election, points (null for 1918). */
  change: number | null;
  source: 'hoc-1918-2019' | 'hoc-ge2024';
  /** Rows of the file left out (no votes recorded) and summed with care (two-member seats, university seats). */
  rowsUncounted: number;
  /** Rows without a total whose party votes are summed instead, and the share a sum would give that left their totals out. */
  rowsTotalFromParties: number;
  shareWithoutThoseTotals: number;
  multiMemberRows: number;
  universityRows: number;
}

/** Elections shown on a time axis: 1974F and 1974O are placed in February and October. */
export const electionDate = (p: Pick<SharePoint, 'election' | 'year'>) =>
  new Date(Date.UTC(p.year, p.election === '1974O' ? 9 : p.election === '1974F' ? 1 : 5, 1));

export function labourShareSpec(
  series: readonly SharePoint[],
  highlight: readonly string[],
  opts: { width?: number } = {},
): PlotTypes.PlotOptions {
  const width = opts.width ?? 720;
  const narrow = isNarrow(width);
  const pts = series.map((p) => ({ ...p, date: electionDate(p) }));
  const marked = pts.filter((p) => highlight.includes(p.election));
  const colour = partyInfo('lab').colour;
  return {
    width,
    height: narrow ? 300 : 340,
    marginLeft: narrow ? 36 : 44,
    marginRight: narrow ? 14 : 24,
    marginTop: 24,
    style: { background: 'transparent', fontSize: '12px' },
    x: { type: 'utc', label: null, ticks: narrow ? 5 : 10 },
    y: { label: 'Labour share of the vote (%)', grid: true, domain: [0, 55] },
    marks: [
      Plot.line(pts, { x: 'date', y: 'share', stroke: colour, strokeWidth: 2 }),
      Plot.dot(pts, {
        x: 'date',
        y: 'share',
        fill: colour,
        r: 3,
        title: (p: SharePoint) =>
          `${p.label}: ${p.share.toFixed(1)}%${p.change === null ? '' : ` (${p.change >= 0 ? '+' : '−'}${Math.abs(p.change).toFixed(1)})`}`,
      }),
      Plot.dot(marked, { x: 'date', y: 'share', stroke: 'currentColor', r: 6, strokeWidth: 1.5 }),
      Plot.text(marked, {
        x: 'date',
        y: 'share',
        dy: -12,
        fill: 'currentColor',
        fontSize: narrow ? 11 : 11,
        text: (p: SharePoint) => `${p.label} +${p.change!.toFixed(1)}`,
      }),
      Plot.ruleY([0]),
    ],
  };
}
