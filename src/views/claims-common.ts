// Helpers the claim views share (the claims registry itself is read by src/data/claims.ts): a claim's entry and seat
// set, the verdict guard, words for moves in points and the strip chart's data rows.
import { claimEntries } from '../data/claims';
import * as data from '../data/index';
import type { CsvValue } from '../lib/format/csv';
import { fixedAbs, roundTo } from '../lib/format/numbers';
import type { StripInput } from '../charts/claim-strip';
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

/** Three decimals, for the CSV files (null stays null). */
export function round3(x: number): number;
export function round3(x: number | null): number | null;
export function round3(x: number | null): number | null {
  return x === null ? null : roundTo(x, 3);
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
      value_pts: round3(d.value),
    })),
    ...input.summaries.map((s) => ({
      panel: s.panel,
      group: s.group,
      row_type: 'average',
      value_pts: round3(s.estimate),
      ci_low: round3(s.low),
      ci_high: round3(s.high),
    })),
    ...input.rules.map((r) => ({
      panel: r.panel,
      row_type: r.kind === 'claim' ? 'claimed-figure' : 'all-votes-figure',
      value_pts: round3(r.value),
      label: r.label,
    })),
  ];
}
