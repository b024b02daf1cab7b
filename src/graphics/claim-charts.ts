// Graphic family "claims": the chart of each claim check, keyed by the claim's slug (data/claims.json).
import { claimChartSpec } from '../charts/claim-chart';
import type { CsvValue } from '../lib/format/csv';
import { STRIP_DATA_COLUMNS, stripDataRows } from '../views/claims-common';
import { claimSlugs, claimView } from '../views/claims';
import type { ClaimChart } from '../charts/claim-chart';
import { plotSvg, plotSvgs } from './plot-svg';
import { cardPanel, hasOwnCard, stripSpec } from '../charts/claim-strip';
import type { Graphic, GraphicData, GraphicFamily } from './types';
import { roundTo } from '../lib/format/numbers';

const SCATTER_COLUMNS = [
  'panel_row',
  'panel_column',
  'row_type',
  'ons_code',
  'constituency',
  'x',
  'y',
  'group',
  'seats',
] as const;
const r3 = (x: number) => roundTo(x, 3);

/** The numbers behind the chart: every dot, average and reference line. */
export function claimChartData(chart: ClaimChart): GraphicData {
  if (chart.kind === 'strip') return { columns: STRIP_DATA_COLUMNS, rows: stripDataRows(chart) };
  const rows: Record<string, CsvValue>[] = [
    ...chart.points.map((p) => ({
      panel_row: p.row,
      panel_column: p.col,
      row_type: 'seat',
      ons_code: p.code,
      constituency: p.name,
      x: r3(p.x),
      y: r3(p.y),
      group: p.group,
    })),
    ...chart.bins.map((b) => ({
      panel_row: b.row,
      panel_column: b.col,
      row_type: 'band-average',
      x: b.x,
      y: r3(b.y),
      group: 'England and Wales',
      seats: b.n,
    })),
  ];
  return { columns: SCATTER_COLUMNS, rows };
}

export function buildClaimChart(slug: string): Graphic {
  const v = claimView(slug);
  const c = v.chart;
  return {
    family: 'claims',
    key: slug,
    title: c.title,
    description: c.description,
    caption: c.caption,
    permalink: `claims/${slug}/#chart`,
    source: c.source,
    ...plotSvgs((o) => claimChartSpec(c, o), { label: c.title, description: c.description }, 'claims', slug),
    ...(c.kind === 'strip' && hasOwnCard(c)
      ? {
          card: plotSvg(stripSpec(cardPanel(c)), { label: c.title, description: c.description }, `claims-card-${slug}`),
        }
      : {}),
    legend: c.legend,
    data: claimChartData(c),
  };
}

export const claimCharts: GraphicFamily = {
  family: 'claims',
  label: 'Claim-check charts',
  keys: () => claimSlugs(),
  build: buildClaimChart,
  socialCard: true,
};
