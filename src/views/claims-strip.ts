// Builds the rows of a claim page's strip chart from comparison results: the chosen seats, the other seats of
// their regions and the matched seats, each with its average.
import { isMissing } from '../lib/missing';
import { seatOutcome, type OutcomeResult } from '../lib/compare/index';
import type { SeatMetrics } from '../lib/schema/metrics';
import type { StripDot, StripSummary } from '../charts/claim-strip';

export interface StripRows {
  dots: StripDot[];
  summaries: StripSummary[];
}

const join = (parts: StripRows[]): StripRows => ({
  dots: parts.flatMap((p) => p.dots),
  summaries: parts.flatMap((p) => p.summaries),
});

/** The chosen seats (highlighted) and their average with its interval (no interval for one seat). */
export function chosenRows(panel: string, group: string, o: OutcomeResult): StripRows {
  const dots = o.set.values.map((v) => ({ panel, group, code: v.code, name: v.name, value: v.value, highlight: true }));
  if (o.set.mean === null) return { dots, summaries: [] };
  const iv = o.set.n > 1 ? o.set.interval : null;
  return { dots, summaries: [{ panel, group, estimate: o.set.mean, low: iv?.low ?? null, high: iv?.high ?? null }] };
}

/**
 * Every other seat (of `rows`) with the outcome, outside the chosen set, and the average the comparison measures the
 * chosen seats against: with several regions, each region weighted by the chosen seats in it, so the gap between the
 * two diamonds is the tables' difference from the other seats. The dots must be the comparison's own other seats.
 */
export function otherRows(
  panel: string,
  group: string,
  o: OutcomeResult,
  rows: readonly SeatMetrics[],
  exclude: ReadonlySet<string>,
): StripRows {
  const dots: StripDot[] = [];
  for (const r of rows) {
    if (exclude.has(r.code)) continue;
    const v = seatOutcome(r, o.outcome);
    if (!isMissing(v)) dots.push({ panel, group, code: r.code, name: r.name, value: v, highlight: false });
  }
  const os = o.otherSeats;
  if (os && os.n !== dots.length)
    throw new Error(`strip chart ${panel}, ${group}: ${dots.length} seats drawn, but the comparison has ${os.n}`);
  const estimate = os?.comparator ?? os?.mean ?? null;
  return { dots, summaries: estimate === null ? [] : [{ panel, group, estimate, low: null, high: null }] };
}

/** The matched seats (each once, however many chosen seats it serves) and the engine's average of their averages. */
export function matchedRows(panel: string, group: string, o: OutcomeResult): StripRows {
  const m = o.matched;
  if (!m || m.controlMean === null) return { dots: [], summaries: [] };
  const seen = new Map<string, StripDot>();
  for (const p of m.pairs)
    for (const c of p.controls)
      if (!seen.has(c.code))
        seen.set(c.code, { panel, group, code: c.code, name: c.name, value: c.value, highlight: false });
  return { dots: [...seen.values()], summaries: [{ panel, group, estimate: m.controlMean, low: null, high: null }] };
}

/**
 * The placebo panel's matched seats: the same controls as the comparison `o` (each once), at their values one pair
 * earlier, and the average over chosen seats of their controls' earlier average, as the placebo figures use.
 */
export function placeboMatchedRows(panel: string, group: string, o: OutcomeResult): StripRows {
  const pairs = (o.matched?.pairs ?? []).filter((p) => p.controls.every((c) => c.earlier !== null));
  if (pairs.length === 0) return { dots: [], summaries: [] };
  const seen = new Map<string, StripDot>();
  for (const p of pairs)
    for (const c of p.controls)
      if (!seen.has(c.code))
        seen.set(c.code, { panel, group, code: c.code, name: c.name, value: c.earlier!, highlight: false });
  const estimate =
    pairs.reduce((s, p) => s + p.controls.reduce((t, c) => t + c.earlier!, 0) / p.controls.length, 0) / pairs.length;
  return { dots: [...seen.values()], summaries: [{ panel, group, estimate, low: null, high: null }] };
}

export function stripRows(...parts: StripRows[]): StripRows {
  return join(parts);
}

export function outcomeOf(result: { outcomes: OutcomeResult[] }, key: string): OutcomeResult {
  const o = result.outcomes.find((x) => x.key === key);
  if (!o) throw new Error(`no outcome ${key} in the comparison`);
  return o;
}
