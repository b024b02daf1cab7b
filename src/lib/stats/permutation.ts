// Two-sided permutation tests: a set against a pool, and within matched sets (treated vs its own controls).
// p = (extreme + 1) / (iterations + 1), counting permutations at least as far from zero as observed.
import type { Rng } from './random';
import { sum } from './summary';

export interface PermutationOptions {
  rng: Rng;
  /** Random relabellings to draw (default 5000). */
  iterations?: number;
}

export interface PermutationResult {
  observed: number;
  p: number;
  iterations: number;
  /** Permutations whose statistic was at least as extreme as the observed one. */
  extreme: number;
}

/** Differences this close to the observed one count as ties (guards against rounding in sums). */
const TIE_TOLERANCE = 1e-9;

function iterationsOf(options: PermutationOptions): number {
  const n = options.iterations ?? 5000;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`iterations must be a positive integer, got ${n}`);
  return n;
}

function result(observed: number, extreme: number, iterations: number): PermutationResult {
  return { observed, p: (extreme + 1) / (iterations + 1), iterations, extreme };
}

/**
 * Is mean(set) - mean(pool) further from zero than random splits of the same values?
 * Each iteration draws a random subset of the set's size (partial Fisher-Yates shuffle).
 */
export function permutationTestMeanDifference(
  set: readonly number[],
  pool: readonly number[],
  options: PermutationOptions,
): PermutationResult {
  if (set.length === 0 || pool.length === 0) throw new RangeError('permutation test: set and pool must both be non-empty');
  const iterations = iterationsOf(options);
  const values = Float64Array.from([...set, ...pool]);
  const n = values.length;
  const m = set.length;
  const total = sum(values);
  const observed = sum(set) / m - sum(pool) / (n - m);
  const threshold = Math.abs(observed) - TIE_TOLERANCE;
  const draw = Math.min(m, n - m);
  const { rng } = options;
  let extreme = 0;
  for (let it = 0; it < iterations; it++) {
    let s = 0;
    for (let i = 0; i < draw; i++) {
      const j = i + Math.floor(rng() * (n - i));
      const v = values[j]!;
      values[j] = values[i]!;
      values[i] = v;
      s += v;
    }
    const setSum = draw === m ? s : total - s;
    if (Math.abs(setSum / m - (total - setSum) / (n - m)) >= threshold) extreme++;
  }
  return result(observed, extreme, iterations);
}

export interface MatchedValues {
  treated: number;
  controls: readonly number[];
}

/**
 * Statistic: mean over sets of (treated - mean of its controls). Under the null hypothesis the treated
 * unit is equally likely to be any member of its set, so each iteration relabels one member per set as
 * treated. With one control per set this is the paired sign-flip test. Exact when sets share no units.
 */
export function matchedSetPermutationTest(sets: readonly MatchedValues[], options: PermutationOptions): PermutationResult {
  if (sets.length === 0) throw new RangeError('matched permutation test: no matched sets');
  if (sets.some((s) => s.controls.length === 0)) throw new RangeError('matched permutation test: a set has no controls');
  const iterations = iterationsOf(options);
  // contrasts[offset[i] + j]: member j of set i taken as treated, minus the mean of the others
  const offsets = new Int32Array(sets.length + 1);
  sets.forEach((s, i) => (offsets[i + 1] = offsets[i]! + s.controls.length + 1));
  const contrasts = new Float64Array(offsets[sets.length]!);
  sets.forEach((s, i) => {
    const members = [s.treated, ...s.controls];
    const total = sum(members);
    members.forEach((v, j) => (contrasts[offsets[i]! + j] = v - (total - v) / s.controls.length));
  });
  let observedSum = 0;
  for (let i = 0; i < sets.length; i++) observedSum += contrasts[offsets[i]!]!;
  const observed = observedSum / sets.length;
  const threshold = Math.abs(observed) - TIE_TOLERANCE;
  const { rng } = options;
  let extreme = 0;
  for (let it = 0; it < iterations; it++) {
    let s = 0;
    for (let i = 0; i < sets.length; i++) {
      const start = offsets[i]!;
      s += contrasts[start + Math.floor(rng() * (offsets[i + 1]! - start))]!;
    }
    if (Math.abs(s / sets.length) >= threshold) extreme++;
  }
  return result(observed, extreme, iterations);
}
