// The regression-to-the-mean sentence of a comparison: what it is about, then how far the chosen seats were from their
// regions' average at the election before, and how far seats as far off then were this time.
import { formatSigned } from './format';
import type { OutcomeResult } from './types';
import { vocabulary } from './vocabulary';

export function rtmPhrase({ regressionToMean: r, outcome }: OutcomeResult): string | null {
  if (!r) return null;
  const v = vocabulary(outcome);
  const measure = outcome.kind === 'swing' ? v.subject.replace(/^the /, '') : `change in ${v.subject}`;
  return (
    `Regression to the mean: seats far from their region's average at one election tend to come back towards it at the next. ` +
    `At the election before, these seats' ${measure} was ${formatSigned(r.setEarlier)} points from their regions' seat average (every seat of the region counted, these and cited ones too: not the other seats' average above); ` +
    `other seats that were as far off then were ${formatSigned(r.expectedNow)} points off this time on average (a straight line fitted on ${r.n} seats), ` +
    `against ${formatSigned(r.setNow)} points for these seats.`
  );
}
