// The shape every claim page is drawn from: the quoted claim, the computed figures, comparisons, chart input,
// method, verdict and caveats. Built by src/views/claim-page.ts from the parts one view per kind of claim gives
// (src/views/claims-*.ts).
import type { PlaceSensitivity } from '../lib/compare/place-sensitivity';
import type { RuleSensitivity } from '../lib/compare/rule-sensitivity';
import type { SeatSensitivity } from '../lib/compare/seat-sensitivity';
import type { CsvValue } from '../lib/format/csv';
import type { ClaimChart } from '../charts/claim-chart';
import type { BalanceTable, StatRow } from '../lib/compare/rows';

export interface Quote {
  text: string;
  who: string;
  where?: string;
  url: string | null;
  title: string;
  note?: string;
}

export interface OutcomeBlock {
  key: string;
  /** e.g. "Change in Labour's share (points)" */
  heading: string;
  sentence: string;
  rows: StatRow[];
  notes: string[];
  balance: BalanceTable | null;
  /** The claim's headline comparison (data/claims.json); every other outcome block is exploratory. */
  headline: boolean;
  /** In the headline block, the label of the one row that is the headline (its test); null elsewhere. */
  headlineRow: string | null;
  /** With 4 seats or fewer: each seat's value instead of an interval. */
  seatValues: { code: string; name: string; value: number }[] | null;
}

export interface ComparisonBlock {
  id: string;
  title: string;
  pairLabel: string;
  /** Seats of the set found in the data, with names. */
  seats: { code: string; name: string }[];
  outcomes: OutcomeBlock[];
  /** The same comparison on /compare/, when the tool can reproduce it (null when it cannot, e.g. a restricted pool). */
  compareQuery: string | null;
  notes: string[];
  /** Seats of cited seat sets kept out of the comparison pools. */
  excluded: { code: string; name: string; sets: string[] }[];
  /** When the block holds a headline against matched seats: that gap under the current and the earlier matching rule. */
  ruleCheck?: RuleSensitivity;
  /** When that headline compares organiser seats whose set has linked places: the gap with and without their seats. */
  placeCheck?: PlaceSensitivity;
  /** That headline with each chosen seat left out in turn (from 6 matched seats up). */
  seatCheck?: SeatSensitivity | null;
}

/** A claimed figure beside what the data give. */
export interface FigureRow {
  label: string;
  claimed: string;
  computed: string;
  detail: string;
}

export interface SimpleTable {
  caption: string;
  columns: { key: string; label: string; numeric?: boolean }[];
  /** Cell text by column key; `href` cells link (site-relative path), e.g. a seat page. */
  rows: Record<string, string | { text: string; href: string }>[];
}

export interface ClaimView {
  slug: string;
  kind: string;
  title: string;
  summary: string;
  claim: Quote;
  also: Quote[];
  verdict: { label: string; text: string[] };
  /** The headline comparison declared in data/claims.json (block id, outcome, against what, and why). */
  headline: { comparison: string; outcome: string; against: 'others' | 'matched' | 'level'; reason: string };
  /** The headline in one sentence, shown under the verdict. */
  headlineText: string;
  /** For a headline against matched seats: its gap under the current and the earlier matching rule. */
  ruleNote: string | null;
  /** For a matched headline of organiser seats with linked places: its gap with and without their seats. */
  placeNote: string | null;
  /** For a matched headline of 6 seats or more: its gap with each seat left out in turn. */
  seatNote: string | null;
  /** The /compare/ query that runs the headline without those seats, when /compare/ can run the headline. */
  placeCompareQuery: string | null;
  figures: FigureRow[];
  chart: ClaimChart;
  tables: SimpleTable[];
  comparisons: ComparisonBlock[];
  /** Over the comparisons: how many p-values they give, and what that many tests mean; null with fewer than 3. */
  comparisonsNote: string | null;
  /** Where the placebo is (inside each matched comparison), or why there is none. */
  placeboNote: string;
  method: string[];
  caveats: string[];
  /** Every figure on the page, for /claims/{slug}.csv. */
  csv: { columns: readonly string[]; rows: Record<string, CsvValue>[] };
}
