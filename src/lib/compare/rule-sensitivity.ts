// A matched headline under the current matching rule and under the rule before it (compare/method EARLIER_RULE), with
// the sentence that sets them side by side. The rule changed after the figures were published, so a reader sees how
// much the change moved them. The earlier rule's figure has no interval: the calibration checks the current rule only.
import { EARLIER_RULE } from './method';
import type { Outcome } from './outcomes';
import { matchedReading, noIntervalText, readingText, type MatchedReading } from './reading';
import type { OutcomeResult } from './types';
import { vocabulary } from './vocabulary';

/** One rule's matched gap (compare/reading). */
export type RuleReading = MatchedReading;

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

/**
 * The same outcome for the same seats under the current rule (`now`) and the earlier one (`earlier`); `before` names
 * the pair's earlier election.
 */
export function ruleSensitivity(now: OutcomeResult, earlier: OutcomeResult, before: string): RuleSensitivity {
  if (now.key !== earlier.key) throw new Error(`rule sensitivity: ${now.key} against ${earlier.key}`);
  return {
    outcome: now.outcome,
    key: now.key,
    before,
    seats: now.set.n,
    now: matchedReading(now),
    earlier: matchedReading(earlier),
  };
}

function intervalNote(s: RuleSensitivity): string {
  return (
    noIntervalText(s.seats, s.now) ??
    "The earlier rule's figure is shown without an interval: the calibration now checks only the current rule."
  );
}

/** The sentences under a matched headline that give it under both rules. */
export function describeRuleSensitivity(s: RuleSensitivity): string {
  const earlier = s.earlier
    ? `Under the earlier rule the headline comparison's gap in ${vocabulary(s.outcome).subject} is ${readingText(s.earlier, s.outcome, s.seats)}`
    : 'Under the earlier rule no seat can be matched';
  const now = s.now
    ? `under the current rule ${s.earlier ? 'it' : `the headline comparison's gap in ${vocabulary(s.outcome).subject}`} is ${readingText(s.now, s.outcome, s.seats)}`
    : 'under the current rule no seat can be matched';
  return (
    `The matching rule changed on ${EARLIER_RULE.until}, after the claim pages were first published: matched seats ` +
    `must now have been won by the same party in ${s.before}, not only be in the same nation, because a seat a party ` +
    `narrowly held could otherwise be matched with one it narrowly missed. ${earlier}; ${now}. ${intervalNote(s)}`
  );
}
