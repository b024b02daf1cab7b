// t-based 95% intervals: one sample's mean, Welch's difference of two means, and a difference stratified by group
// (each set value against the other values of its own group). No resampling: the t distribution with
// Welch-Satterthwaite degrees of freedom keeps its coverage at small sizes where percentile bootstraps do not.
import { studentTQuantile } from './distributions';
import { mean, variance } from './summary';

export interface Interval {
  estimate: number;
  /** Null when the sizes allow no interval (see `reason`). */
  low: number | null;
  high: number | null;
  level: number;
  /**
   * Standard error and degrees of freedom behind the interval: null with no interval, except where a rule withholds
   * it at a size (small-against-others); they are not for building another interval from, which no calibration checks.
   */
  se: number | null;
  df: number | null;
  /**
   * too-few: below the minimum size; thin-pool: too few comparison units of the same kind (see compare/matched);
   * small-against-others, large-matched: sizes where the calibration showed the method missing (compare/withhold);
   * calibration-miss: a cell of one measure's calibration that missed (compare/calibration-misses, reason in `note`).
   */
  reason?: 'too-few' | 'no-spread' | 'thin-pool' | 'small-against-others' | 'large-matched' | 'calibration-miss';
  /** The reason in words, where a rule gives one. */
  note?: string;
}

/** Fewest values (seats) a set may have for the site to show an interval or a p-value. */
export const MIN_SEATS_FOR_INTERVAL = 5;
/** Sets smaller than this are marked small wherever a figure appears. */
export const SMALL_SET = 15;

function finite(xs: readonly number[], what: string): void {
  if (!xs.every(Number.isFinite)) throw new RangeError(`${what}: a value is not a finite number`);
}

/** estimate ± t(level, df) × se; no interval when df is not positive or se is zero with no spread at all. */
export function tInterval(estimate: number, se: number, df: number, level = 0.95): Interval {
  if (!(df > 0) || !Number.isFinite(se))
    return { estimate, low: null, high: null, level, se: null, df: null, reason: 'too-few' };
  const half = se === 0 ? 0 : studentTQuantile(1 - (1 - level) / 2, df) * se;
  return { estimate, low: estimate - half, high: estimate + half, level, se, df };
}

/** Withholds the interval of an estimate (from fewer than `min` values, by default). */
export function withheld(estimate: number, level = 0.95, reason: Interval['reason'] = 'too-few'): Interval {
  return { estimate, low: null, high: null, level, se: null, df: null, reason };
}

/** Mean of one sample with a t interval (df n - 1); no interval below `min` values (default 5). */
export function meanInterval(xs: readonly number[], options: { level?: number; min?: number } = {}): Interval {
  if (xs.length === 0) throw new RangeError('meanInterval: no values');
  finite(xs, 'meanInterval');
  const level = options.level ?? 0.95;
  const m = mean(xs);
  if (xs.length < Math.max(2, options.min ?? MIN_SEATS_FOR_INTERVAL)) return withheld(m, level);
  return tInterval(m, Math.sqrt(variance(xs) / xs.length), xs.length - 1, level);
}

/** Welch-Satterthwaite degrees of freedom for a sum of independent variance terms v_i with df_i each. */
export function satterthwaite(terms: readonly { v: number; df: number }[]): number {
  const total = terms.reduce((s, t) => s + t.v, 0);
  const denom = terms.reduce((s, t) => s + (t.df > 0 ? (t.v * t.v) / t.df : 0), 0);
  return denom > 0 ? (total * total) / denom : Infinity;
}

/** mean(a) - mean(b) with Welch's t interval (unequal variances). */
export function welchDifference(
  a: readonly number[],
  b: readonly number[],
  options: { level?: number; min?: number } = {},
): Interval {
  if (a.length === 0 || b.length === 0) throw new RangeError('welchDifference: a group is empty');
  finite(a, 'welchDifference');
  finite(b, 'welchDifference');
  const level = options.level ?? 0.95;
  const d = mean(a) - mean(b);
  if (a.length < Math.max(2, options.min ?? MIN_SEATS_FOR_INTERVAL) || b.length < 2) return withheld(d, level);
  const va = variance(a) / a.length;
  const vb = variance(b) / b.length;
  return tInterval(
    d,
    Math.sqrt(va + vb),
    satterthwaite([
      { v: va, df: a.length - 1 },
      { v: vb, df: b.length - 1 },
    ]),
    level,
  );
}

export interface StratumValues {
  /** Values of the set's members in this stratum. */
  set: readonly number[];
  /** Values of the other members of the same stratum (at least 2). */
  others: readonly number[];
}

export interface StratifiedDifference {
  /** Mean over set members of (value - mean of the other members of its stratum). */
  estimate: number;
  se: number;
  df: number;
}

/**
 * The stratified difference and its standard error: e_i = y_i - mean(others of i's stratum); D = mean(e);
 * var(D) = var(e)/n + sum_r (n_r/n)^2 s_r^2/m_r. With one stratum this is exactly Welch's statistic.
 */
export function stratifiedDifference(strata: readonly StratumValues[]): StratifiedDifference {
  const n = strata.reduce((s, r) => s + r.set.length, 0);
  if (n === 0) throw new RangeError('stratifiedDifference: the set is empty');
  const e: number[] = [];
  const terms: { v: number; df: number }[] = [];
  for (const r of strata) {
    if (r.set.length === 0) continue;
    if (r.others.length < 2) throw new RangeError('stratifiedDifference: a stratum has fewer than 2 other values');
    const om = mean(r.others);
    for (const y of r.set) e.push(y - om);
    const w = r.set.length / n;
    terms.push({ v: (w * w * variance(r.others)) / r.others.length, df: r.others.length - 1 });
  }
  const estimate = mean(e);
  const ve = n > 1 ? variance(e) / n : NaN;
  const all = [{ v: ve, df: n - 1 }, ...terms];
  const v = all.reduce((s, t) => s + t.v, 0);
  return { estimate, se: Math.sqrt(v), df: n > 1 ? satterthwaite(all) : NaN };
}

/** The stratified difference with a t interval; no interval below `min` set members (default 5). */
export function stratifiedInterval(
  strata: readonly StratumValues[],
  options: { level?: number; min?: number } = {},
): Interval {
  const level = options.level ?? 0.95;
  const n = strata.reduce((s, r) => s + r.set.length, 0);
  const d = stratifiedDifference(strata);
  if (n < Math.max(2, options.min ?? MIN_SEATS_FOR_INTERVAL)) return withheld(d.estimate, level);
  return tInterval(d.estimate, d.se, d.df, level);
}
