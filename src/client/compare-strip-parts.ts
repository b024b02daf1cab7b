// The compare page's strip chart input for one panel: the chosen seats, their matched seats and the rest of their
// regions, as a claim page draws them (src/charts/strip-rows.ts), and the regions' benchmark rule.
import type { OutcomeResult } from '../lib/compare/index';
import { pp } from '../lib/format/numbers';
import { isMissing } from '../lib/missing';
import type { StripDot, StripRule, StripSummary } from '../charts/claim-strip';
import {
  chosenRows,
  matchedRows,
  matchedSetRows,
  otherRows,
  placeboMatchedRows,
  stripRows,
} from '../charts/strip-rows';

/** The group of the chosen seats that have matched seats, when some have none (short: a phone's row labels get 112 px). */
export const WITH_MATCHES = 'With a match';

/** Whether some chosen seats have no matched seats, so the chart shows those that do as a group of their own. */
export const hasUnmatched = (o: OutcomeResult): boolean =>
  !!o.matched && o.matched.n > 0 && o.matched.unmatched.length > 0;

/**
 * One panel. `placeboOf` is the main comparison when this is its placebo panel: the matched seats are then its
 * controls at their earlier values (as the table's placebo rows take them), not a fresh match.
 */
export function stripParts(
  panel: string,
  o: OutcomeResult,
  placeboOf?: OutcomeResult,
): { dots: StripDot[]; summaries: StripSummary[]; rules: StripRule[] } {
  const { dots, summaries } = stripRows(
    chosenRows(panel, 'Your seats', o),
    hasUnmatched(placeboOf ?? o)
      ? matchedSetRows(panel, WITH_MATCHES, placeboOf ?? o, placeboOf ? o : undefined)
      : stripRows(),
    placeboOf ? placeboMatchedRows(panel, 'Matched seats', placeboOf) : matchedRows(panel, 'Matched seats', o),
    otherRows(panel, 'Rest of region(s)', o),
  );
  const rules: StripRule[] = [];
  const comb = o.regional.combined;
  if (comb && !isMissing(comb.value))
    rules.push({
      panel,
      value: comb.value,
      label: `${o.regional.regions.length === 1 ? o.regional.regions[0]!.name : 'Their regions'}: ${pp(comb.value)}`,
      kind: 'benchmark',
    });
  return { dots, summaries, rules };
}
