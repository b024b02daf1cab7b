// Tallies of a calibration run: over many placebo sets (where the true effect is zero), how often a 95% interval
// contains zero (coverage) and how often p < 0.05 (false positives). Shared by tools/calibrate.ts and its test.
/** The targets every calibrated cell is held to: a 95% interval contains zero 93-97% of the time, p < 0.05 at most 6%. */
export const TARGET = { coverageLow: 0.93, coverageHigh: 0.97, falsePositive: 0.06 } as const;

/** A figure of a cell off its target: coverage outside 93-97%, or p < 0.05 (or "unlikely to be chance") over 6%. */
export function offTarget(what: 'coverage' | 'falsePositive' | 'crying', x: number | null): boolean {
  if (x === null) return false;
  return what === 'coverage' ? x < TARGET.coverageLow || x > TARGET.coverageHigh : x > TARGET.falsePositive;
}

/** A cell off target: its coverage outside 93-97%, or its p < 0.05 over 6%. */
export function rowOffTarget(r: { coverage: number | null; falsePositive: number | null }): boolean {
  return offTarget('coverage', r.coverage) || offTarget('falsePositive', r.falsePositive);
}

/**
 * Where the calibration of one of /compare/'s measures (by its id) is kept; with `leaveLinked`, its run with the seats of
 * linked places out of the sets and the pools (the claim pages' linked-places check).
 */
export function calibrationFile(measure: string, leaveLinked = false): string {
  if (leaveLinked) return `data/calibration-linked-${measure}.json`;
  return measure === 'lab' ? 'data/calibration.json' : `data/calibration-${measure}.json`;
}

/**
 * A share as a percentage to one decimal, or to two where one would round onto a target's bound (97.05% is off target
 * but would print as 97.0%).
 */
export function formatRate(x: number): string {
  const bounds = [TARGET.coverageLow, TARGET.coverageHigh, TARGET.falsePositive];
  const one = (x * 100).toFixed(1);
  const onBound = bounds.some((b) => (b * 100).toFixed(1) === one && b !== x);
  return `${onBound ? (x * 100).toFixed(2) : one}%`;
}

export interface PlaceboOutcome {
  low: number | null;
  high: number | null;
  p: number | null;
}

export interface Tally {
  sets: number;
  /** Sets for which an interval / a p-value was produced. */
  withInterval: number;
  withP: number;
  /** Share of intervals containing zero; null when there were none. */
  coverage: number | null;
  /** Share of p-values below 0.05; null when there were none. */
  falsePositive: number | null;
  /** Mean interval width. */
  meanWidth: number | null;
  /** Share of sets where the site would say "unlikely to be chance" (interval excludes zero and p < 0.05). */
  crying: number | null;
}

export function tally(results: readonly PlaceboOutcome[]): Tally {
  const withI = results.filter((r) => r.low !== null && r.high !== null);
  const withP = results.filter((r) => r.p !== null);
  const covered = withI.filter((r) => r.low! <= 0 && r.high! >= 0).length;
  const positives = withP.filter((r) => r.p! < 0.05).length;
  return {
    sets: results.length,
    withInterval: withI.length,
    withP: withP.length,
    coverage: withI.length ? covered / withI.length : null,
    falsePositive: withP.length ? positives / withP.length : null,
    meanWidth: withI.length ? withI.reduce((s, r) => s + (r.high! - r.low!), 0) / withI.length : null,
    crying: withP.length
      ? withP.filter((r) => r.p! < 0.05 && r.low !== null && r.high !== null && (r.low > 0 || r.high < 0)).length /
        withP.length
      : null,
  };
}

/** A uniformly random k-subset of items (partial Fisher-Yates on a copy). */
export function sample<T>(items: readonly T[], k: number, rng: () => number): T[] {
  if (k > items.length) throw new RangeError(`sample: ${k} items asked of ${items.length}`);
  const a = [...items];
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rng() * (a.length - i));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, k);
}
