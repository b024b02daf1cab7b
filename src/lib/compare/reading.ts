// One matched headline's figures as a sensitivity check reads them (its gap, interval, p and matched seats), and the
// words for them: shared by the matching-rule check (rule-sensitivity) and the linked-places check (place-sensitivity).
import { listAnd } from '../format/list';
import { MIN_SEATS_FOR_INTERVAL } from '../stats/t-interval';
import { formatMagnitude, plural } from './format';
import type { Outcome } from './outcomes';
import type { OutcomeResult, SeatRef } from './types';
import { vocabulary } from './vocabulary';
import { differenceInterval } from './wording';

/** One run's matched gap: bias-corrected from 5 matched seats up, raw below, with its interval and p where shown. */
export interface MatchedReading {
  estimate: number;
  low: number | null;
  high: number | null;
  level: number;
  p: number | null;
  /** Chosen seats with at least one matched seat. */
  matched: number;
  /** Those chosen seats. */
  treated: SeatRef[];
  /** The distinct matched seats. */
  controls: SeatRef[];
}

/** The matched gap of one outcome's result; null when no chosen seat could be matched. */
export function matchedReading(o: OutcomeResult): MatchedReading | null {
  const m = o.matched;
  if (!m?.difference || m.n === 0) return null;
  const controls = new Map<string, SeatRef>();
  for (const p of m.pairs)
    for (const c of p.controls) controls.set(c.code, { code: c.code, name: c.name, region: c.region });
  const { estimate, low, high, level } = m.difference;
  const treated = m.pairs.map((p) => ({ code: p.treated.code, name: p.treated.name, region: p.treated.region }));
  return { estimate, low, high, level, p: m.p, matched: m.n, treated, controls: [...controls.values()] };
}

/**
 * "0.9 points more towards Labour (15 seats against 43 different matched seats)" for `seats` chosen seats, with
 * "; 95% interval …" before the bracket closes when `interval` is set and the reading has one. The matched seats are
 * named when there are 4 or fewer, or when the chosen seats are shown seat by seat (under 5).
 */
export function readingText(r: MatchedReading, outcome: Outcome, seats: number, interval = false): string {
  const v = vocabulary(outcome);
  const gap =
    formatMagnitude(r.estimate) === '0.0'
      ? '0.0 points, no gap either way'
      : `${formatMagnitude(r.estimate)} points ${v.favour(r.estimate)}`;
  const against =
    r.controls.length <= 4 || seats < MIN_SEATS_FOR_INTERVAL
      ? listAnd(r.controls.map((c) => c.name))
      : plural(r.controls.length, 'different matched seat', 'different matched seats');
  const who =
    seats === 1
      ? ''
      : r.matched === seats
        ? `${r.matched} seats `
        : `the ${r.matched} of the ${seats} seats with matched seats, `;
  const ci = interval ? differenceInterval(r, v) : '';
  return `${gap} (${who}against ${against}${ci && `; ${ci}`})`;
}

/**
 * Why a check's second figure has no interval: too few seats for any, none for the published figure either (a rule
 * withholds it, said above it), or only because the calibration checks the comparison as published.
 */
export function withoutInterval(seats: number, now: MatchedReading | null): 'few-seats' | 'none-now' | 'calibration' {
  if (seats < MIN_SEATS_FOR_INTERVAL) return 'few-seats';
  return now?.low === null || now?.low === undefined ? 'none-now' : 'calibration';
}

/** The sentence for a `withoutInterval` reason other than the calibration. */
export function noIntervalText(seats: number, now: MatchedReading | null): string | null {
  switch (withoutInterval(seats, now)) {
    case 'few-seats':
      return `With ${seats === 1 ? 'one seat' : `${seats} seats`} neither figure has an interval.`;
    case 'none-now':
      return 'Neither figure has an interval (the reason is given above).';
    case 'calibration':
      return null;
  }
}
