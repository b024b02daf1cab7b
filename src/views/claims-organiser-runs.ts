// What both organiser claims compute (every organiser seat, and those with more than an event link, for the claim's
// pair and one election earlier) and their strip chart: its groups, legend and the panels drawn from those four
// comparisons.
import { outcomeOf, type CompareResult, type Outcome, type OutcomeResult } from '../lib/compare/index';
import type { ElectionId } from '../lib/elections';
import type { StripChartParts, StripPanel } from './claim-page';
import { placeboOf, runComparison, type Pair } from './claims-run';
import { chosenRows, matchedRows, otherRows, placeboMatchedRows } from '../charts/strip-rows';

export interface OrganiserRuns {
  pair: Pair;
  placebo: Pair | null;
  codes: readonly string[];
  all: CompareResult;
  strong: CompareResult;
  allP: CompareResult | null;
  strongP: CompareResult | null;
  /** One outcome of the two main comparisons. */
  of: (key: string) => { all: OutcomeResult; strong: OutcomeResult };
}

export function organiserRuns(
  pair: Pair,
  codes: readonly string[],
  strongCodes: readonly string[],
  outcomes: readonly Outcome[],
): OrganiserRuns {
  const placebo = placeboOf(pair);
  const all = runComparison(pair, codes, outcomes);
  const strong = runComparison(pair, strongCodes, outcomes);
  return {
    pair,
    placebo,
    codes,
    all,
    strong,
    allP: placebo ? runComparison(placebo, codes, outcomes) : null,
    strongP: placebo ? runComparison(placebo, strongCodes, outcomes) : null,
    of: (key) => ({ all: outcomeOf(all, key), strong: outcomeOf(strong, key) }),
  };
}

interface OrganiserPanelOptions {
  /** The outcome drawn, e.g. "change:lab". */
  key: string;
  /** The panel's all-votes line. */
  benchmark: (o: OutcomeResult, placebo: boolean, after: ElectionId) => StripPanel['benchmark'];
  /** The claimed figure, drawn on the main panel. */
  claim?: StripPanel['claim'];
  /** Whose matched seats the matched row draws: the set of the claim's headline comparison. */
  matchedOf: 'all' | 'strong';
}

/** The strip chart's panels: the claim's pair, and the placebo pair when there is one. */
function organiserPanel(runs: OrganiserRuns, g: readonly string[], opts: OrganiserPanelOptions) {
  const headline = runs.of(opts.key)[opts.matchedOf];
  return (name: string, placebo: boolean): StripPanel | null => {
    const run = placebo
      ? runs.placebo && runs.allP && runs.strongP
        ? { after: runs.placebo.after, all: runs.allP, strong: runs.strongP }
        : null
      : { after: runs.pair.after, all: runs.all, strong: runs.strong };
    if (!run) return null;
    const o = outcomeOf(run.all, opts.key);
    return {
      parts: [
        chosenRows(name, g[0]!, o),
        chosenRows(name, g[1]!, outcomeOf(run.strong, opts.key)),
        otherRows(name, g[2]!, o),
        (placebo ? placeboMatchedRows : matchedRows)(name, g[3]!, headline),
      ],
      benchmark: opts.benchmark(o, placebo, run.after),
      ...(placebo || !opts.claim ? {} : { claim: opts.claim }),
    };
  };
}

export interface OrganiserStripOptions extends OrganiserPanelOptions {
  /** The group of the other seats, e.g. "Other seats in the region". */
  otherSeats: string;
  xLabel: string;
  title: string;
  description: string;
  caption: string;
  seatsSource: string;
  /** The legend's words for the all-votes line. */
  benchmarkLegend: string;
}

/**
 * An organiser claim's strip chart: every organiser seat, those without event-only links, the other seats and the
 * matched seats, with the legend both claims share.
 */
export function organiserStrip(runs: OrganiserRuns, opts: OrganiserStripOptions): StripChartParts {
  const { otherSeats, xLabel, title, description, caption, seatsSource, benchmarkLegend, ...panel } = opts;
  const groups = ['Organiser seats', 'Without event-only links', otherSeats, 'Matched seats'];
  return {
    kind: 'strip',
    groups,
    xLabel,
    panel: organiserPanel(runs, groups, panel),
    title,
    description,
    caption,
    seatsSource,
    legend: {
      chosen: 'Organiser seat',
      other: 'Other or matched seat',
      average: 'Average (95% interval where shown)',
      benchmark: benchmarkLegend,
      ...(opts.claim ? { claim: true } : {}),
    },
  };
}
