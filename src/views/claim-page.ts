// Builds every claim page from what is particular to its claim (src/views/claims-*.ts return `ClaimParts`): the
// heading from data/claims.json, the strip chart's panels, legend and source line, the method paragraphs on seat
// comparisons, the placebo note and the page's CSV.
import type { ClaimChart } from '../charts/claim-chart';
import type { ScatterInput } from '../charts/claim-scatter';
import { STRIP_COLOURS, type StripRule } from '../charts/claim-strip';
import type { LegendItem } from '../graphics/types';
import type { CsvValue } from '../lib/format/csv';
import type { Maybe } from '../lib/missing';
import { partyInfo } from '../lib/parties';
import type { SeatMetrics } from '../lib/schema/metrics';
import { describeRuleSensitivity } from '../lib/compare/rule-sensitivity';
import { describePlaceSensitivity } from '../lib/compare/place-sensitivity';
import { describeSeatSensitivity } from '../lib/compare/seat-sensitivity';
import { formatP } from '../lib/compare/format';
import { holmAdjust } from '../lib/stats/holm';
import { claimCsvRows, CSV_COLUMNS, placeCsvRows, ruleCsvRows, seatCsvRows } from './claim-csv';
import { seatSet, signed, type ClaimEntry } from './claims-common';
import { COMPARISON_METHOD } from './claims-organiser-words';
import { pairLabel, placeboNote, placeboOf, type Pair } from './claims-run';
import { stripRows, type StripRows } from '../charts/strip-rows';
import type { ClaimView, ComparisonBlock, FigureRow, Quote, SimpleTable } from './claims-types';

/** One panel of a strip chart: its groups' rows, in the order of `groups`, and its reference lines. */
export interface StripPanel {
  parts: StripRows[];
  /** The all-votes figure of the comparison area, drawn as a line labelled "{label}: {value}". */
  benchmark?: { label: string; value: Maybe<number> | null | undefined };
  /** The claimed figure, drawn as a dashed line. */
  claim?: { label: string; value: number };
}

/** A strip chart of seats: the claim's pair, and one election earlier as a placebo panel where the view gives one. */
export interface StripChartParts {
  kind: 'strip';
  groups: string[];
  /** The rows a social card shows (the headline's), when not all of them. */
  cardGroups?: string[];
  xLabel: string;
  /** The rows of the main panel (`placebo` false) or of the placebo panel (null: no placebo panel). */
  panel: (name: string, placebo: boolean) => StripPanel | null;
  title: string;
  description: string;
  caption: string;
  /** Where the chosen seats come from, named in the source line between the results and the matching data. */
  seatsSource?: string;
  /** Legend labels: the chosen seat, the other seats, the average and the all-votes line; `claim` adds its line. */
  legend: { chosen: string; other: string; average: string; benchmark: string; claim?: boolean };
}

/** A scatter chart, finished by the view except for its source line. */
export interface ScatterChartParts extends ScatterInput {
  title: string;
  description: string;
  caption: string;
  /** Named in the source line after the results. */
  dataSource: string;
  legend: LegendItem[];
}

/** What a claim view gives: its verdict, figures, chart, tables, comparisons and words. */
export interface ClaimParts {
  verdict: string[];
  figures: FigureRow[];
  chart: StripChartParts | ScatterChartParts;
  tables: SimpleTable[];
  comparisons: ComparisonBlock[];
  /** The headline comparison in one sentence. */
  headlineText: string;
  /** Why there is no placebo, when the comparisons do not carry one. */
  placeboNote?: string;
  method: string[];
  /** The comparison area the method paragraphs name, for claims compared with other seats by the engine. */
  comparedWithin?: string;
  /** Set when the page measures no swing, so its method leaves out the Butler swing paragraph. */
  noSwing?: true;
  caveats: string[];
  /** CSV rows beyond the figures and comparisons. */
  csvRows?: Record<string, CsvValue>[];
}

const RESULTS_SOURCE = 'House of Commons Library general election results (Open Parliament Licence v3.0)';
const MATCHING_SOURCE = 'Leave estimates by Chris Hanretty; deprivation (IMD) compiled by mySociety';

const chartSource = (...parts: string[]) => `${[RESULTS_SOURCE, ...parts].join('; ')}. Chart: Groundwork.`;

function stripChart(c: StripChartParts, pair: Pair): ClaimChart {
  const placebo = placeboOf(pair);
  const panels: string[] = [];
  const parts: StripRows[] = [];
  const rules: StripRule[] = [];
  const add = (name: string, p: StripPanel | null) => {
    if (!p) return;
    panels.push(name);
    parts.push(...p.parts);
    if (typeof p.benchmark?.value === 'number')
      rules.push({
        panel: name,
        value: p.benchmark.value,
        label: `${p.benchmark.label}: ${signed(p.benchmark.value)}`,
        kind: 'benchmark',
      });
    if (p.claim) rules.push({ panel: name, value: p.claim.value, label: p.claim.label, kind: 'claim' });
  };
  add(pairLabel(pair), c.panel(pairLabel(pair), false));
  if (placebo) {
    const name = `${pairLabel(placebo)} (placebo)`;
    add(name, c.panel(name, true));
  }
  const sr = stripRows(...parts);
  const legend: LegendItem[] = [
    { label: c.legend.chosen, colour: STRIP_COLOURS.highlight, mark: 'dot' },
    { label: c.legend.other, colour: STRIP_COLOURS.other, mark: 'dot' },
    { label: c.legend.average, colour: STRIP_COLOURS.summary, mark: 'solid-diamond' },
    { label: c.legend.benchmark, colour: STRIP_COLOURS.benchmark, mark: 'line' },
    ...(c.legend.claim ? [{ label: 'Claimed figure', colour: STRIP_COLOURS.claim, mark: 'dashed-line' as const }] : []),
  ];
  return {
    kind: 'strip',
    panels,
    groups: c.groups,
    ...(c.cardGroups ? { cardGroups: c.cardGroups } : {}),
    dots: sr.dots,
    summaries: sr.summaries,
    rules,
    xLabel: c.xLabel,
    title: c.title,
    description: c.description,
    caption: c.caption,
    source: chartSource(...(c.seatsSource ? [c.seatsSource] : []), MATCHING_SOURCE),
    legend,
  };
}

function scatterChart(c: ScatterChartParts): ClaimChart {
  const { dataSource, legend, ...chart } = c;
  return { ...chart, source: chartSource(dataSource), legend };
}

/** The claim's quote: its own, or the one the seat-set registry records for the set. */
function resolveQuote(entry: ClaimEntry): Quote {
  if (!('set' in entry.claim)) return entry.claim;
  const set = seatSet(entry.claim.set);
  const c = set.entry.claim;
  if (!c) throw new Error(`seat set ${entry.claim.set} has no claim in its registry entry`);
  return { text: c.text, who: set.entry.title, url: c.source_url, title: c.source_title };
}

/** The part of every claim page that comes from its data/claims.json entry, with the verdict's text. */
function claimHeading(
  entry: ClaimEntry,
  verdict: string[],
): Pick<ClaimView, 'slug' | 'kind' | 'title' | 'summary' | 'claim' | 'also' | 'verdict' | 'headline'> {
  return {
    headline: entry.headline,
    slug: entry.slug,
    kind: entry.kind,
    title: entry.title,
    summary: entry.summary,
    claim: resolveQuote(entry),
    also: entry.also ?? [],
    verdict: { label: entry.verdict, text: verdict },
  };
}

/**
 * With several p-values on one page, some fall under 0.05 by chance alone: how many tests there are, how many of
 * them that would be with no effect anywhere, and what an exploratory "unlikely to be chance" is worth then.
 */
export function manyTestsNote(comparisons: readonly ComparisonBlock[]): string | null {
  const tests = comparisons.flatMap((b) =>
    b.outcomes.flatMap((o) =>
      o.rows.flatMap((r) =>
        r.p === null ? [] : [{ p: r.p, what: `${b.title}, ${testedMeasure(o.heading)}: ${lowerFirst(r.label)}` }],
      ),
    ),
  );
  const n = tests.length;
  if (n < 3) return null;
  const raw = tests.filter((t) => t.p < 0.05).length;
  const opening = `These comparisons give ${n} p-values. Even with no effect anywhere, about one test in twenty comes out below 0.05 by chance, so among ${n} about ${(n / 20).toFixed(1)} would be expected to; ${raw === 0 ? 'here none is' : raw === 1 ? 'here 1 is' : `here ${raw} are`}.`;
  const close =
    'Only the headline comparison tests the claim; an exploratory figure called unlikely to be chance is a lead to look into, not a finding.';
  if (raw === 0) return `${opening} ${close}`;
  const adjusted = holmAdjust(tests.map((t) => t.p));
  const kept = tests.map((t, i) => ({ ...t, adjusted: adjusted[i]! })).filter((t) => t.adjusted < 0.05);
  const holm = `Allowing for all ${n} at once (Holm's method, which holds however the tests depend on one another, as these do: they share seats)`;
  const survivors = kept.length
    ? `${holm}, ${kept.length === 1 ? 'one stays' : `${kept.length} stay`} below 0.05: ${kept.map((t) => `${t.what}, adjusted ${formatP(t.adjusted)}`).join('; ')}.`
    : `${holm}, none stays below 0.05.`;
  return `${opening} ${survivors} ${close}`;
}

/** "Change in the Greens' share (points)" -> "change in the Greens' share". */
const testedMeasure = (heading: string): string => lowerFirst(heading.replace(/\s*\([^)]*\)$/, ''));
const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

function headlineBlock(entry: ClaimEntry, comparisons: readonly ComparisonBlock[]): ComparisonBlock {
  const block = comparisons.find((c) => c.id === entry.headline.comparison);
  if (!block) throw new Error(`${entry.slug}: no comparison ${entry.headline.comparison}, the declared headline`);
  return block;
}

/** The claim page's view model: the view's parts with the heading, chart, method, placebo note and CSV every page shares. */
export function claimPage(entry: ClaimEntry, parts: ClaimParts): ClaimView {
  const block = entry.headline.against === 'matched' ? headlineBlock(entry, parts.comparisons) : undefined;
  const ruleCheck = block?.ruleCheck;
  if (block && !ruleCheck)
    throw new Error(
      `${entry.slug}: the headline against matched seats has no earlier-rule check (claims-run headlineOf)`,
    );
  return {
    ...claimHeading(entry, parts.verdict),
    figures: parts.figures,
    chart: parts.chart.kind === 'strip' ? stripChart(parts.chart, entry.pair) : scatterChart(parts.chart),
    tables: parts.tables,
    comparisons: parts.comparisons,
    comparisonsNote: manyTestsNote(parts.comparisons),
    placeboNote: parts.placeboNote ?? placeboNote(placeboOf(entry.pair)),
    headlineText: parts.headlineText,
    ruleNote: ruleCheck ? describeRuleSensitivity(ruleCheck) : null,
    placeNote: block?.placeCheck ? describePlaceSensitivity(block.placeCheck) : null,
    seatNote: block?.seatCheck ? describeSeatSensitivity(block.seatCheck) : null,
    placeCompareQuery: block?.placeCheck && block.compareQuery ? `${block.compareQuery}&leave=linked` : null,
    method: [
      ...parts.method,
      ...(parts.comparedWithin ? COMPARISON_METHOD(parts.comparedWithin, { swing: !parts.noSwing }) : []),
    ],
    caveats: parts.caveats,
    csv: {
      columns: CSV_COLUMNS,
      rows: [
        ...claimCsvRows(entry.slug, parts.figures, parts.comparisons),
        ...(block && ruleCheck ? ruleCsvRows(entry.slug, ruleCheck, block) : []),
        ...(block?.placeCheck ? placeCsvRows(entry.slug, block.placeCheck, block) : []),
        ...(block?.seatCheck ? seatCsvRows(entry.slug, block.seatCheck, block) : []),
        ...(parts.csvRows ?? []),
      ],
    },
  };
}

/** "Lab hold" / "Lab gain from Con": a seat's result at the later election of its row. */
export function resultText(m: Pick<SeatMetrics, 'winner' | 'prevWinner'>): string {
  return m.winner === m.prevWinner
    ? `${partyInfo(m.winner).short} hold`
    : `${partyInfo(m.winner).short} gain from ${m.prevWinner ? partyInfo(m.prevWinner).short : '?'}`;
}
