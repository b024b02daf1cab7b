// The evidence rule, the one test every sentence about a comparison passes: "unlikely to be chance" only when the 95%
// interval excludes zero AND p < 0.05; otherwise "could be chance", saying which of the two falls short. A sentence
// then never says more than the interval beside it (src/lib/compare/wording.ts builds the sentences).
import type { Interval } from '../stats/t-interval';
import { formatP } from './format';

const pct = (level: number) => `${Math.round(level * 100)}%`;
/** Whether an interval is shown and lies wholly on one side of zero. */
export const excludesZero = (i: Interval) => i.low !== null && i.high !== null && (i.low > 0 || i.high < 0);

export type Evidence = 'none' | 'clear' | 'chance' | 'interval-only' | 'test-only';

/** What an interval and a p-value together allow us to say. */
export function evidence(i: Interval | null, p: number | null): Evidence {
  if (!i || i.low === null || p === null) return 'none';
  const a = excludesZero(i);
  const b = p < 0.05;
  return a && b ? 'clear' : a ? 'interval-only' : b ? 'test-only' : 'chance';
}

/** The verdict clause for an interval and p-value; never says more than both support. */
export function chancePhrase(i: Interval, p: number): string {
  switch (evidence(i, p)) {
    case 'clear':
      return `is unlikely to be chance alone: its ${pct(i.level)} interval excludes zero and ${formatP(p)}`;
    case 'interval-only':
      return `could still be chance: its interval excludes zero but the permutation test gives ${formatP(p)}`;
    case 'test-only':
      return `could be chance: its ${pct(i.level)} interval includes zero, although ${formatP(p)}`;
    default:
      return `could be chance: ${formatP(p)}`;
  }
}
