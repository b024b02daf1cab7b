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

/** One rule's matched gap: bias-corrected from 5 matched seats up, raw below. */
export interface RuleReading {
  estimate: number;
  /** Chosen seats with at least one matched seat. */
  matched: number;
  /** The distinct matched seats. */
  controls: SeatRef[];
}

export interface RuleSensitivity {
  outcome: Outcome;
  key: string;
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
  return { estimate: m.difference.estimate, matched: m.n, controls: [...controls.values()] };
}

/** The same outcome for the same seats under the current rule (`now`) and the earlier one (`earlier`). */
export function ruleSensitivity(now: OutcomeResult, earlier: OutcomeResult): RuleSensitivity {
  if (now.key !== earlier.key) throw new Error(`rule sensitivity: ${now.key} against ${earlier.key}`);
  return { outcome: now.outcome, key: now.key, seats: now.set.n, now: reading(now), earlier: reading(earlier) };
}

/** "0.9 points more towards Labour (15 seats against 36 matched seats)"; 4 seats or fewer name their matched seats. */
function readingText(r: RuleReading, s: RuleSensitivity): string {
  const v = vocabulary(s.outcome);
  const gap =
    formatMagnitude(r.estimate) === '0.0'
      ? '0.0 points'
      : `${formatMagnitude(r.estimate)} points ${v.favour(r.estimate)}`;
  const against =
    r.controls.length <= 4
      ? listAnd(r.controls.map((c) => c.name))
      : plural(r.controls.length, 'matched seat', 'matched seats');
  const who = s.seats === 1 ? '' : `${r.matched === s.seats ? r.matched : `${r.matched} of ${s.seats}`} seats `;
  return `${gap} (${who}against ${against})`;
}

/** The sentence under a matched headline that gives it under both rules. */
export function describeRuleSensitivity(s: RuleSensitivity): string {
  const earlier = s.earlier
    ? `Under the earlier rule the headline gap is ${readingText(s.earlier, s)}`
    : 'Under the earlier rule no seat can be matched';
  const now = s.now
    ? `under the current rule ${s.earlier ? 'it' : 'the headline gap'} is ${readingText(s.now, s)}`
    : 'under the current rule no seat can be matched';
  return (
    `The matching rule changed on ${EARLIER_RULE.until}, after the claim pages were first published: matched seats ` +
    `must now have been won by the same party at the earlier election, not only be in the same nation. ` +
    `${earlier}; ${now}.${s.earlier && s.seats >= MIN_SEATS_FOR_INTERVAL ? " The earlier rule's figure has no interval: the calibration checks the current rule only." : ''}`
  );
}
