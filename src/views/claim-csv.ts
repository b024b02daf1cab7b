// A claim page's CSV: its figures, every comparison row, and the rows of the headline's sensitivity checks (the
// earlier matching rule, the seats of linked places), with the p-value rounding they share.
import { withoutShowsInterval, type PlaceSensitivity } from '../lib/compare/place-sensitivity';
import { withoutInterval, type MatchedReading } from '../lib/compare/reading';
import type { RuleSensitivity } from '../lib/compare/rule-sensitivity';
import type { SeatSensitivity } from '../lib/compare/seat-sensitivity';
import { plural } from '../lib/compare/format';
import { EARLIER_RULE } from '../lib/compare/method';
import type { CsvValue } from '../lib/format/csv';
import { listAnd } from '../lib/format/list';
import { round3 } from './claims-common';
import type { ComparisonBlock, FigureRow } from './claims-types';

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

const pValue = (p: number | null) => (p === null ? null : Math.round(p * 10000) / 10000);

/** The page's figures and every comparison row, one CSV row each. */
export function claimCsvRows(
  slug: string,
  figures: readonly FigureRow[],
  comparisons: readonly ComparisonBlock[],
): Record<string, CsvValue>[] {
  const rows: Record<string, CsvValue>[] = figures.map((f) => ({
    claim: slug,
    section: 'figure',
    measure: f.label,
    text: `claimed: ${f.claimed}; computed: ${f.computed}`,
  }));
  for (const block of comparisons) {
    for (const o of block.outcomes) {
      for (const r of o.rows) {
        rows.push({
          claim: slug,
          section: r.label.startsWith('Placebo') ? 'placebo' : 'comparison',
          comparison: block.title,
          pair: block.pairLabel,
          outcome: o.key,
          measure: r.label,
          n: r.n,
          estimate: round3(r.estimate),
          ci_low: round3(r.low),
          ci_high: round3(r.high),
          p_value: pValue(r.p),
        });
      }
    }
  }
  return rows;
}

/** One CSV row of a sensitivity check of the matched headline: one run's gap, with its interval only where asked. */
function checkRow(
  at: { slug: string; section: string; block: ComparisonBlock; key: string },
  measure: string,
  r: MatchedReading | null,
  withInterval: boolean,
  note: string,
): Record<string, CsvValue> {
  return {
    claim: at.slug,
    section: at.section,
    comparison: at.block.title,
    pair: at.block.pairLabel,
    outcome: at.key,
    measure,
    n: r?.matched ?? 0,
    estimate: r ? round3(r.estimate) : null,
    ci_low: r && withInterval ? round3(r.low) : null,
    ci_high: r && withInterval ? round3(r.high) : null,
    p_value: r && withInterval ? pValue(r.p) : null,
    text: r
      ? `${plural(r.controls.length, 'different matched seat', 'different matched seats')}; ${note}`
      : 'no seat could be matched',
  };
}

/** The matched headline's gap under each matching rule, one CSV row each, beside its comparison's rows. */
export function ruleCsvRows(slug: string, s: RuleSensitivity, block: ComparisonBlock): Record<string, CsvValue>[] {
  const at = { slug, section: 'rule-sensitivity', block, key: s.key };
  const earlierNote =
    withoutInterval(s.seats, s.now) === 'calibration'
      ? 'no interval: the calibration checks only the current rule'
      : 'no interval, as for the current rule';
  return [
    checkRow(
      at,
      `Against matched seats, current rule (same nation, won by the same party in ${s.before})`,
      s.now,
      true,
      'the headline comparison',
    ),
    checkRow(
      at,
      `Against matched seats, rule before ${EARLIER_RULE.until} (same nation only)`,
      s.earlier,
      false,
      earlierNote,
    ),
  ];
}

/** The matched headline with and without the seats of linked places, one CSV row each, beside its comparison's rows. */
export function placeCsvRows(slug: string, s: PlaceSensitivity, block: ComparisonBlock): Record<string, CsvValue>[] {
  const at = { slug, section: 'linked-places', block, key: s.key };
  const inMatched = s.inMatched.length
    ? `${s.inMatched.length} of them in linked places (${listAnd(s.inMatched.map((c) => c.name))})`
    : 'none of them in linked places';
  const shown = withoutShowsInterval(s);
  const untested = shown
    ? 'interval checked on random sets with the seats of linked places left out'
    : withoutInterval(s.without?.matched ?? 0, s.now) !== 'calibration'
      ? 'no interval, as for the published figure'
      : s.withoutChecked
        ? 'no interval: on random sets with the seats of linked places left out, intervals at this size missed their target'
        : 'no interval: untested, as the calibration checks the comparison as published';
  const lost = listAnd(s.lost.map((c) => c.name));
  return [
    checkRow(at, 'Against matched seats, as published', s.now, true, `the headline comparison; ${inMatched}`),
    ...(s.sameSeats
      ? [
          checkRow(
            at,
            `Against matched seats, as published, without ${lost} (no matched seat without linked places)`,
            s.sameSeats,
            false,
            'like for like with the next row; no interval: its seats are chosen by the check',
          ),
        ]
      : []),
    checkRow(
      at,
      `Against matched seats, without the ${plural(s.leftOut.length, 'seat', 'seats')} of linked places (${listAnd(s.places.map((p) => p.name))})`,
      s.without,
      shown,
      untested,
    ),
  ];
}

/** The matched headline with each chosen seat left out in turn, one CSV row each (no interval: chosen after looking). */
export function seatCsvRows(slug: string, s: SeatSensitivity, block: ComparisonBlock): Record<string, CsvValue>[] {
  return s.without.map((x) => ({
    claim: slug,
    section: 'one-seat-out',
    comparison: block.title,
    pair: block.pairLabel,
    outcome: s.key,
    measure: `Against matched seats, without ${x.seat.name}`,
    n: s.matched - 1,
    estimate: round3(x.estimate),
    text: `the headline comparison with ${x.seat.name} and its matched seats left out; no interval: untested, as the calibration checks the comparison as published`,
  }));
}
