// The compare page's strip chart input for one panel: the chosen seats, their matched seats and the rest of their
// regions, as a claim page draws them (src/charts/strip-rows.ts), and the regions' benchmark rule.
import type { OutcomeResult } from '../lib/compare/index';
import { pp } from '../lib/format/numbers';
import { isMissing } from '../lib/missing';
import type { StripDot, StripRule, StripSummary } from '../charts/claim-strip';
import { chosenRows, matchedRows, otherRows, stripRows } from '../charts/strip-rows';

export function stripParts(
  panel: string,
  o: OutcomeResult,
): { dots: StripDot[]; summaries: StripSummary[]; rules: StripRule[] } {
  const { dots, summaries } = stripRows(
    chosenRows(panel, 'Your seats', o),
    matchedRows(panel, 'Matched seats', o),
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
