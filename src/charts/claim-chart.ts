// A claim page's chart: its input (strip of seats or scatter), its words and legend, and the Plot spec for it.
import type * as PlotTypes from '@observablehq/plot';
import type { LegendItem } from '../graphics/types';
import { scatterSpec, type ScatterInput } from './claim-scatter';
import { stripSpec, type StripInput } from './claim-strip';

export interface ClaimChartText {
  title: string;
  description: string;
  caption: string;
  source: string;
  legend: LegendItem[];
}

export type ClaimChart = (StripInput | ScatterInput) & ClaimChartText;

export function claimChartSpec(chart: ClaimChart, opts: { width?: number } = {}): PlotTypes.PlotOptions {
  return chart.kind === 'strip' ? stripSpec(chart, opts) : scatterSpec(chart, opts);
}
