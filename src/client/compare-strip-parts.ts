// The compare page's strip chart input for one panel: the chosen seats, their matched seats, the rest of their
// regions, the averages and the regions' benchmark rule.
import { seatOutcome, type OutcomeResult } from '../lib/compare/index';
import { pp } from '../lib/format/numbers';
import { isMissing } from '../lib/missing';
import type { StripDot, StripRule, StripSummary } from '../charts/claim-strip';
import type { Hydrated } from '../lib/compare/payload';

export function stripParts(
  panel: string,
  o: OutcomeResult,
  d: Hydrated,
  codes: readonly string[],
): { dots: StripDot[]; summaries: StripSummary[]; rules: StripRule[] } {
  const dots: StripDot[] = o.set.values.map((v) => ({
    panel,
    group: 'Your seats',
    code: v.code,
    name: v.name,
    value: v.value,
    highlight: true,
  }));
  const summaries: StripSummary[] = [];
  if (o.set.mean !== null)
    summaries.push({
      panel,
      group: 'Your seats',
      estimate: o.set.mean,
      low: o.set.interval?.low ?? null,
      high: o.set.interval?.high ?? null,
    });
  const m = o.matched;
  if (m && m.controlMean !== null) {
    const seen = new Set<string>();
    for (const p of m.pairs)
      for (const c of p.controls)
        if (!seen.has(c.code)) {
          seen.add(c.code);
          dots.push({ panel, group: 'Matched seats', code: c.code, name: c.name, value: c.value, highlight: false });
        }
    summaries.push({ panel, group: 'Matched seats', estimate: m.controlMean, low: null, high: null });
  }
  const regions = new Set(o.otherSeats?.regions ?? []);
  const chosen = new Set(codes);
  const others: number[] = [];
  for (const r of d.after) {
    if (!regions.has(r.region) || chosen.has(r.code)) continue;
    const v = seatOutcome(r, o.outcome);
    if (isMissing(v)) continue;
    others.push(v);
    dots.push({ panel, group: 'Rest of region(s)', code: r.code, name: r.name, value: v, highlight: false });
  }
  if (others.length)
    summaries.push({
      panel,
      group: 'Rest of region(s)',
      estimate: others.reduce((s, v) => s + v, 0) / others.length,
      low: null,
      high: null,
    });
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
