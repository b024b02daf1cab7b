// The rows of a strip chart of seats from a comparison's result (a claim page's and /compare/'s): the chosen seats,
// their matched seats and the other seats of their regions, each group with the average the comparison uses.
import type { OutcomeResult } from '../lib/compare/index';
import type { StripDot, StripSummary } from './claim-strip';

export interface StripRows {
  dots: StripDot[];
  summaries: StripSummary[];
}

const NONE: StripRows = { dots: [], summaries: [] };

/** A matched comparison's pairs whose matched seats all have a value one pair earlier: those the placebo figures use. */
const placeboPairs = (o: OutcomeResult) =>
  (o.matched?.pairs ?? []).filter((p) => p.controls.every((c) => c.earlier !== null));

type MatchedPairs = NonNullable<OutcomeResult['matched']>['pairs'];
type Control = MatchedPairs[number]['controls'][number];

/** The matched seats of `pairs` as dots, each once however many chosen seats it serves, at `value`. */
function controlDots(panel: string, group: string, pairs: MatchedPairs, value: (c: Control) => number): StripDot[] {
  const seen = new Map<string, StripDot>();
  for (const p of pairs)
    for (const c of p.controls)
      if (!seen.has(c.code))
        seen.set(c.code, { panel, group, code: c.code, name: c.name, value: value(c), highlight: false });
  return [...seen.values()];
}

/** The chosen seats (highlighted) and their average with its interval (no interval for one seat). */
export function chosenRows(panel: string, group: string, o: OutcomeResult): StripRows {
  const dots = o.set.values.map((v) => ({ panel, group, code: v.code, name: v.name, value: v.value, highlight: true }));
  if (o.set.mean === null) return { dots, summaries: [] };
  const iv = o.set.n > 1 ? o.set.interval : null;
  return { dots, summaries: [{ panel, group, estimate: o.set.mean, low: iv?.low ?? null, high: iv?.high ?? null }] };
}

/**
 * The other seats of the chosen seats' regions that the comparison measured them against, and the average it
 * measures against: with several regions, each region weighted by the chosen seats in it, so the gap between the two
 * diamonds is the published difference from the other seats.
 */
export function otherRows(panel: string, group: string, o: OutcomeResult): StripRows {
  const os = o.otherSeats;
  if (!os) return NONE;
  const dots = os.values.map((v) => ({ panel, group, code: v.code, name: v.name, value: v.value, highlight: false }));
  const estimate = os.comparator ?? os.mean;
  return { dots, summaries: estimate === null ? [] : [{ panel, group, estimate, low: null, high: null }] };
}

/** The matched seats (each once, however many chosen seats it serves) and the engine's average of their averages. */
export function matchedRows(panel: string, group: string, o: OutcomeResult): StripRows {
  const m = o.matched;
  if (!m || m.controlMean === null) return NONE;
  const dots = controlDots(panel, group, m.pairs, (c) => c.value);
  return { dots, summaries: [{ panel, group, estimate: m.controlMean, low: null, high: null }] };
}

/**
 * The chosen seats that have matched seats (highlighted) and their average: the seats a matched gap speaks for, when
 * some chosen seats have none. With `earlier` (the same seats' comparison one pair earlier, for a placebo panel): those
 * of them whose matched seats all have an earlier value, at their earlier values, as the placebo figures take them.
 */
export function matchedSetRows(panel: string, group: string, o: OutcomeResult, earlier?: OutcomeResult): StripRows {
  const m = o.matched;
  if (!m || m.setMean === null) return NONE;
  const placebo = new Set(placeboPairs(o).map((p) => p.treated.code));
  const seats = earlier ? earlier.set.values.filter((v) => placebo.has(v.code)) : m.pairs.map((p) => p.treated);
  if (seats.length === 0) return NONE;
  const dots = seats.map((v) => ({ panel, group, code: v.code, name: v.name, value: v.value, highlight: true }));
  const estimate = earlier ? seats.reduce((t, v) => t + v.value, 0) / seats.length : m.setMean;
  return { dots, summaries: [{ panel, group, estimate, low: null, high: null }] };
}

/**
 * The placebo panel's matched seats: the same controls as the comparison `o` (each once), at their values one pair
 * earlier, and the average over chosen seats of their controls' earlier average, as the placebo figures use.
 */
export function placeboMatchedRows(panel: string, group: string, o: OutcomeResult): StripRows {
  const pairs = placeboPairs(o);
  if (pairs.length === 0) return NONE;
  const dots = controlDots(panel, group, pairs, (c) => c.earlier!);
  const estimate =
    pairs.reduce((s, p) => s + p.controls.reduce((t, c) => t + c.earlier!, 0) / p.controls.length, 0) / pairs.length;
  return { dots, summaries: [{ panel, group, estimate, low: null, high: null }] };
}

export function stripRows(...parts: StripRows[]): StripRows {
  return { dots: parts.flatMap((p) => p.dots), summaries: parts.flatMap((p) => p.summaries) };
}
