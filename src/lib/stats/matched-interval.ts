// The matched difference (mean over treated units of treated minus the mean of its controls) with a standard error
// that allows for controls serving several treated units. With distinct controls it is the plain one-sample t on
// the pair differences; with shared controls the controls' part of the variance is re-weighted by how often each
// control is used, w_j = (1/n) sum_i [j is a control of i] / k_i, with the within-set variance of controls:
//   V = var(d)/n + s_w^2 (sum_j w_j^2 - sum_i 1/(k_i n^2)),
// which equals var(d)/n when no control is shared and grows as controls are reused.
import { MIN_SEATS_FOR_INTERVAL, tInterval, withheld, type Interval } from './t-interval';
import { mean, variance } from './summary';

export interface MatchedSetValues {
  treated: number;
  controls: readonly { id: string; value: number }[];
}

export interface MatchedDifference {
  estimate: number;
  se: number;
  df: number;
  /** True when some control serves more than one treated unit. */
  shared: boolean;
}

export function matchedDifference(sets: readonly MatchedSetValues[]): MatchedDifference {
  const n = sets.length;
  if (n === 0) throw new RangeError('matchedDifference: no matched sets');
  if (sets.some((s) => s.controls.length === 0)) throw new RangeError('matchedDifference: a set has no controls');
  const d = sets.map((s) => s.treated - mean(s.controls.map((c) => c.value)));
  const estimate = mean(d);
  if (n < 2) return { estimate, se: NaN, df: NaN, shared: false };
  const vd = variance(d) / n;
  const weights = new Map<string, number>();
  let ss = 0;
  let dfw = 0;
  let own = 0;
  for (const s of sets) {
    const k = s.controls.length;
    const cm = mean(s.controls.map((c) => c.value));
    for (const c of s.controls) {
      weights.set(c.id, (weights.get(c.id) ?? 0) + 1 / (n * k));
      ss += (c.value - cm) ** 2;
    }
    dfw += k - 1;
    own += 1 / (k * n * n);
  }
  const shared = weights.size < sets.reduce((a, s) => a + s.controls.length, 0);
  const s2w = dfw > 0 ? ss / dfw : variance(d) / 2;
  let sumW2 = 0;
  for (const w of weights.values()) sumW2 += w * w;
  const v = Math.max(vd, vd + s2w * (sumW2 - own));
  return { estimate, se: Math.sqrt(v), df: n - 1, shared };
}

/** The matched difference with a t interval (none below 5 sets). */
export function matchedInterval(sets: readonly MatchedSetValues[], level = 0.95): Interval {
  const m = matchedDifference(sets);
  if (sets.length < MIN_SEATS_FOR_INTERVAL) return withheld(m.estimate, level);
  return tInterval(m.estimate, m.se, m.df, level);
}
