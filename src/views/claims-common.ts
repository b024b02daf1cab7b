// Helpers every claim view shares (the claims registry itself is read by src/data/claims.ts): a claim's entry, quotes
// from the seat-set registry, words for moves in points, seat rows, chart data rows and the page's CSV rows.
import { claimEntries } from '../data/claims';
import * as data from '../data/index';
import type { CsvValue } from '../lib/format/csv';
import { fixedAbs } from '../lib/format/numbers';
import type { StripInput } from '../charts/claim-strip';
import type { ClaimView, ComparisonBlock, FigureRow, Quote } from './claims-types';
import { claimEntrySchema, type ClaimEntry } from '../lib/schema/claims';

export { claimEntrySchema, type ClaimEntry };

export function claimEntry(slug: string): ClaimEntry {
  const e = claimEntries().find((x) => x.slug === slug);
  if (!e) throw new Error(`no claim "${slug}" in data/claims.json`);
  return e;
}

export function seatSet(id: string) {
  const s = data.curated().sets.find((x) => x.entry.id === id);
  if (!s) throw new Error(`no seat set "${id}" in data/seat-sets/sets.json`);
  return s;
}

/** The claim's quote: its own, or the one the seat-set registry records for the set. */
export function resolveQuote(entry: ClaimEntry): Quote {
  if (!('set' in entry.claim)) return entry.claim;
  const set = seatSet(entry.claim.set);
  const c = set.entry.claim;
  if (!c) throw new Error(`seat set ${entry.claim.set} has no claim in its registry entry`);
  return { text: c.text, who: set.entry.title, url: c.source_url, title: c.source_title };
}

/** The part of every claim page that comes from its data/claims.json entry, with the verdict's text. */
export function claimHeading(
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

/** Stops the build when the data no longer support a verdict's wording, so a stale verdict is never published. */
export function requireThat(condition: boolean, message: string): void {
  if (!condition) throw new Error(`claim verdict no longer matches the data: ${message}`);
}

/** "3.3" (magnitude, one decimal, halves away from zero). */
export const mag = (x: number) => fixedAbs(x, 1);

/** "+4.4" / "−6.4" / "0.0". */
export function signed(x: number): string {
  const s = fixedAbs(x, 1);
  if (Number(s) === 0) return '0.0';
  return `${x > 0 ? '+' : '\u2212'}${s}`;
}

/** "fell by 3.3 points" / "rose by 4.4 points". */
export function moved(x: number): string {
  if (Number(fixedAbs(x, 1)) === 0) return 'did not change';
  return `${x < 0 ? 'fell' : 'rose'} by ${mag(x)} points`;
}

/** "6.4 points towards the Conservatives" for a Con-Lab Butler swing (positive = towards the Conservatives). */
export function swingTo(x: number): string {
  if (Number(fixedAbs(x, 1)) === 0) return 'no swing';
  return `${mag(x)} points towards ${x > 0 ? 'the Conservatives' : 'Labour'}`;
}

export function listAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const r3 = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);

export const CSV_COLUMNS = [
  'claim',
  'section',
  'comparison',
  'pair',
  'outcome',
  'measure',
  'n',
  'estimate',
  'ci_low',
  'ci_high',
  'p_value',
  'text',
] as const;

/** The page's figures and every comparison row, one CSV row each. */
export function claimCsvRows(
  slug: string,
  figures: readonly FigureRow[],
  blocks: readonly { section: string; block: ComparisonBlock }[],
): Record<string, CsvValue>[] {
  const rows: Record<string, CsvValue>[] = figures.map((f) => ({
    claim: slug,
    section: 'figure',
    measure: f.label,
    text: `claimed: ${f.claimed}; computed: ${f.computed}`,
  }));
  for (const { section, block } of blocks) {
    for (const o of block.outcomes) {
      for (const r of o.rows) {
        rows.push({
          claim: slug,
          section: r.label.startsWith('Placebo') ? 'placebo' : section,
          comparison: block.title,
          pair: block.pairLabel,
          outcome: o.key,
          measure: r.label,
          n: r.n,
          estimate: r3(r.estimate),
          ci_low: r3(r.low),
          ci_high: r3(r.high),
          p_value: r.p === null ? null : Math.round(r.p * 10000) / 10000,
        });
      }
    }
  }
  return rows;
}

export const STRIP_DATA_COLUMNS = [
  'panel',
  'group',
  'row_type',
  'ons_code',
  'constituency',
  'value_pts',
  'ci_low',
  'ci_high',
  'label',
] as const;

/** The numbers behind a strip chart: every seat dot, every average with its interval, every reference line. */
export function stripDataRows(input: StripInput): Record<string, CsvValue>[] {
  return [
    ...input.dots.map((d) => ({
      panel: d.panel,
      group: d.group,
      row_type: d.highlight ? 'chosen-seat' : 'comparison-seat',
      ons_code: d.code,
      constituency: d.name,
      value_pts: r3(d.value),
    })),
    ...input.summaries.map((s) => ({
      panel: s.panel,
      group: s.group,
      row_type: 'average',
      value_pts: r3(s.estimate),
      ci_low: r3(s.low),
      ci_high: r3(s.high),
    })),
    ...input.rules.map((r) => ({
      panel: r.panel,
      row_type: r.kind === 'claim' ? 'claimed-figure' : 'all-votes-figure',
      value_pts: r3(r.value),
      label: r.label,
    })),
  ];
}

export const RESULTS_SOURCE = 'House of Commons Library general election results (Open Parliament Licence v3.0)';
export const MATCHING_SOURCE = 'Leave estimates by Chris Hanretty; deprivation (IMD) compiled by mySociety';
