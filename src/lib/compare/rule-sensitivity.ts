// A matched headline under the current matching rule and under the rule before it (compare/method EARLIER_RULE), with
// the sentence that sets them side by side. The rule changed after the figures were published, so a reader sees how
// much the change moved them. The earlier rule's figure has no interval: the calibration checks the current rule only.
import { listAnd } from '../format/list';
import { MIN_SEATS_FOR_INTERVAL } from '../stats/t-interval';
import { formatMagnitude, plural } from './format';
import { EARLIER_RULE } from './method';
import type { Outcome } from './outcomes';
import type { OutcomeResult, SeatRef } from './types';
import { vocabulary } from './vocabulary';

/** One rule's matched gap: bias-corrected from 5 matched seats up, raw below, with its interval and p where shown. */
export interface RuleReading {
  estimate: number;
  low: number | null;
  high: number | null;
  p: number | null;
  /** Chosen seats with at least one matched seat. */
  matched: number;
  /** The distinct matched seats. */
  controls: SeatRef[];
}

export interface RuleSensitivity {
  outcome: Outcome;
  key: string;
  /** The earlier election of the pair, whose winners the current rule matches on (e.g. "2017"). */
  before: string;
  /** Chosen seats with a value of the outcome. */
  seats: number;
  now: RuleReading | null;
  earlier: RuleReading | null;
}

function reading(o: OutcomeResult): RuleReading | null {
  const m = o.matched;
  if (!m?.difference || m.n === 0) return null;
  const controls = new Map<string, SeatRef>();
  for (const p of m.pairs)
    for (const c of p.controls) controls.set(c.code, { code: c.code, name: c.name, region: c.region });
  const { estimate, low, high } = m.difference;
  return { estimate, low, high, p: m.p, matched: m.n, controls: [...controls.values()] };
}

/**
 * The same outcome for the same seats under the current rule (`now`) and the earlier one (`earlier`); `before` names
 * the pair's earlier election.
 */
export function ruleSensitivity(now: OutcomeResult, earlier: OutcomeResult, before: string): RuleSensitivity {
  if (now.key !== earlier.key) throw new Error(`rule sensitivity: ${now.key} against ${earlier.key}`);
  return { outcome: now.outcome, key: now.key, before, seats: now.set.n, now: reading(now), earlier: reading(earlier) };
}

/**
 * "0.9 points more towards Labour (15 seats against 43 different matched seats)". The matched seats are named when
 * there are 4 or fewer, or when the chosen seats are shown seat by seat (under 5), so a reader sees which changed.
 */
function readingText(r: RuleReading, s: RuleSensitivity): string {
  const v = vocabulary(s.outcome);
  const gap =
    formatMagnitude(r.estimate) === '0.0'
      ? '0.0 points, no gap either way'
      : `${formatMagnitude(r.estimate)} points ${v.favour(r.estimate)}`;
  const against =
    r.controls.length <= 4 || s.seats < MIN_SEATS_FOR_INTERVAL
      ? listAnd(r.controls.map((c) => c.name))
      : plural(r.controls.length, 'different matched seat', 'different matched seats');
  const who =
    s.seats === 1
      ? ''
      : r.matched === s.seats
        ? `${r.matched} seats `
        : `the ${r.matched} of the ${s.seats} seats with matched seats, `;
  return `${gap} (${who}against ${against})`;
}

/**
 * Why the earlier rule's figure has no interval: too few seats for any, none for the current rule either (a rule
 * withholds it, said above it), or only because the calibration checks the current rule.
 */
export function earlierWithoutInterval(s: RuleSensitivity): 'few-seats' | 'none-now' | 'calibration' {
  if (s.seats < MIN_SEATS_FOR_INTERVAL) return 'few-seats';
  return s.now?.low === null || s.now?.low === undefined ? 'none-now' : 'calibration';
}

function intervalNote(s: RuleSensitivity): string {
  switch (earlierWithoutInterval(s)) {
    case 'few-seats':
      return `With ${s.seats === 1 ? 'one seat' : `${s.seats} seats`} neither figure has an interval.`;
    case 'none-now':
      return 'Neither figure has an interval (the reason is given above).';
    case 'calibration':
      return "The earlier rule's figure is shown without an interval: the calibration now checks only the current rule.";
  }
}

/** The sentences under a matched headline that give it under both rules. */
export function describeRuleSensitivity(s: RuleSensitivity): string {
  const earlier = s.earlier
    ? `Under the earlier rule the headline comparison's gap in ${vocabulary(s.outcome).subject} is ${readingText(s.earlier, s)}`
    : 'Under the earlier rule no seat can be matched';
  const now = s.now
    ? `under the current rule ${s.earlier ? 'it' : `the headline comparison's gap in ${vocabulary(s.outcome).subject}`} is ${readingText(s.now, s)}`
    : 'under the current rule no seat can be matched';
  return (
    `The matching rule changed on ${EARLIER_RULE.until}, after the claim pages were first published: matched seats ` +
    `must now have been won by the same party in ${s.before}, not only be in the same nation, because a seat a party ` +
    `narrowly held could otherwise be matched with one it narrowly missed. ${earlier}; ${now}. ${intervalNote(s)}`
  );
}
