// Two-sided permutation tests with a studentised (Welch-type) statistic, so they stay valid when the groups vary
// differently: a set against the other members of its strata (labels reshuffled within each stratum), and
// matched sets (the treated member relabelled within each matched set). Exact enumeration when the arrangements
// are few; otherwise Monte Carlo draws in batches until the verdict at 5% cannot be flipped by simulation error.
import type { Rng } from './random';
import type { StratumValues } from './t-interval';

export interface PermutationOptions {
  rng: Rng;
  /** Enumerate every arrangement when there are at most this many (default 20,000). */
  exactLimit?: number;
  /** Monte Carlo draws per batch (default 2,000) and at most (default 50,000). */
  batch?: number;
  maxDraws?: number;
}

export interface PermutationResult {
  /** The observed studentised statistic. */
  observed: number;
  p: number;
  /** Every arrangement counted (true) or random draws (false). */
  exact: boolean;
  /** Arrangements counted or drawn. */
  draws: number;
  /** Monte Carlo standard error of p (0 when exact). */
  mcError: number;
  /** False when the draws ran out with p still within 3.3 standard errors of 0.05 (so 5% is undecided). */
  settled: boolean;
}

const TIE = 1e-9;
/** Two-sided 99.9% normal quantile: p counts as settled when 0.05 lies outside p ± Z·se. */
const Z = 3.29;

function absT(d: number, se: number): number {
  if (se > 0) return Math.abs(d / se);
  return d === 0 ? 0 : Infinity;
}

/** Counts draws at least as extreme as `observed` until settled or out of draws. */
function monteCarlo(
  draw: () => number,
  observed: number,
  options: PermutationOptions,
): Pick<PermutationResult, 'p' | 'draws' | 'mcError' | 'settled' | 'exact'> {
  const batch = options.batch ?? 2000;
  const max = options.maxDraws ?? 50000;
  const threshold = observed - TIE;
  let extreme = 0;
  let draws = 0;
  for (;;) {
    for (let i = 0; i < batch && draws < max; i++, draws++) if (draw() >= threshold) extreme++;
    const p = (extreme + 1) / (draws + 1);
    const se = Math.sqrt((p * (1 - p)) / draws);
    const settled = Math.abs(p - 0.05) > Z * se;
    if (settled || draws >= max) return { p, draws, mcError: se, settled, exact: false };
  }
}

function exactResult(
  extreme: number,
  total: number,
): Pick<PermutationResult, 'p' | 'draws' | 'mcError' | 'settled' | 'exact'> {
  return { p: extreme / total, draws: total, mcError: 0, settled: true, exact: true };
}

/** The arrangements a test relabels, through state the test owns. */
interface Arrangements {
  /** The statistic of the current arrangement: the observed one before any other is set. */
  statistic: () => number;
  /** How many there are. */
  count: number;
  /** Sets each arrangement in turn and calls visit at each. */
  enumerate: (visit: () => void) => void;
  /** Sets a random arrangement. */
  shuffle: (rng: Rng) => void;
}

/** Counts every arrangement when there are at most exactLimit, otherwise draws them at random. */
function permutationTest(a: Arrangements, options: PermutationOptions): PermutationResult {
  const observed = a.statistic();
  if (a.count <= (options.exactLimit ?? 20000)) {
    let extreme = 0;
    let total = 0;
    a.enumerate(() => {
      total++;
      if (a.statistic() >= observed - TIE) extreme++;
    });
    return { observed, ...exactResult(extreme, total) };
  }
  const draw = () => {
    a.shuffle(options.rng);
    return a.statistic();
  };
  return { observed, ...monteCarlo(draw, observed, options) };
}

function choose(n: number, k: number): number {
  let c = 1;
  for (let i = 0; i < k; i++) c = (c * (n - i)) / (i + 1);
  return Math.round(c);
}

/** Calls visit with each k-subset of 0..n-1 (as a sorted index array, reused). */
function forEachSubset(n: number, k: number, visit: (idx: Int32Array) => void): void {
  const idx = Int32Array.from({ length: k }, (_, i) => i);
  for (;;) {
    visit(idx);
    let i = k - 1;
    while (i >= 0 && idx[i] === n - k + i) i--;
    if (i < 0) return;
    idx[i]!++;
    for (let j = i + 1; j < k; j++) idx[j] = idx[j - 1]! + 1;
  }
}

/** |D / se(D)| of the stratified difference from each stratum's set sum S_r and sum of squares Q_r (see t-interval.ts). */
function stratifiedT(
  S: Float64Array,
  Q: Float64Array,
  T: Float64Array,
  TQ: Float64Array,
  n: Int32Array,
  m: Int32Array,
  total: number,
): number {
  let se = 0;
  let se2 = 0;
  let vOthers = 0;
  for (let r = 0; r < S.length; r++) {
    const o = (T[r]! - S[r]!) / m[r]!;
    const s2 = (TQ[r]! - Q[r]! - m[r]! * o * o) / (m[r]! - 1);
    se += S[r]! - n[r]! * o;
    se2 += Q[r]! - 2 * o * S[r]! + n[r]! * o * o;
    const w = n[r]! / total;
    vOthers += (w * w * Math.max(s2, 0)) / m[r]!;
  }
  const d = se / total;
  const ve = total > 1 ? Math.max(se2 - (se * se) / total, 0) / (total - 1) / total : 0;
  return absT(d, Math.sqrt(ve + vOthers));
}

/**
 * Set against the other members of its strata: statistic |D / se(D)| of the stratified difference (Welch's t with
 * one stratum). Under no difference the set's members are any n_r of each stratum's N_r members.
 */
export function stratifiedPermutationTest(
  strata: readonly StratumValues[],
  options: PermutationOptions,
): PermutationResult {
  const used = strata.filter((r) => r.set.length > 0);
  if (used.length === 0) throw new RangeError('permutation test: the set is empty');
  if (used.some((r) => r.others.length < 2))
    throw new RangeError('permutation test: a stratum has fewer than 2 other values');
  const k = used.length;
  const pools = used.map((r) => Float64Array.from([...r.set, ...r.others]));
  const n = Int32Array.from(used, (r) => r.set.length);
  const m = Int32Array.from(used, (r) => r.others.length);
  const total = n.reduce((a, b) => a + b, 0);
  const T = Float64Array.from(pools, (p) => p.reduce((a, b) => a + b, 0));
  const TQ = Float64Array.from(pools, (p) => p.reduce((a, b) => a + b * b, 0));
  const S = new Float64Array(k);
  const Q = new Float64Array(k);
  used.forEach((r, i) => {
    S[i] = r.set.reduce((a, b) => a + b, 0);
    Q[i] = r.set.reduce((a, b) => a + b * b, 0);
  });
  return permutationTest(
    {
      statistic: () => stratifiedT(S, Q, T, TQ, n, m, total),
      count: used.reduce((a, r, i) => a * choose(pools[i]!.length, n[i]!), 1),
      enumerate: (visit) => {
        const recurse = (s: number) => {
          if (s === k) return visit();
          const pool = pools[s]!;
          forEachSubset(pool.length, n[s]!, (idx) => {
            let a = 0;
            let b = 0;
            for (const i of idx) {
              a += pool[i]!;
              b += pool[i]! * pool[i]!;
            }
            S[s] = a;
            Q[s] = b;
            recurse(s + 1);
          });
        };
        recurse(0);
      },
      shuffle: (rng) => {
        for (let s = 0; s < k; s++) {
          const pool = pools[s]!;
          const size = pool.length;
          let a = 0;
          let b = 0;
          for (let i = 0; i < n[s]!; i++) {
            const j = i + Math.floor(rng() * (size - i));
            const v = pool[j]!;
            pool[j] = pool[i]!;
            pool[i] = v;
            a += v;
            b += v * v;
          }
          S[s] = a;
          Q[s] = b;
        }
      },
    },
    options,
  );
}

export interface MatchedValues {
  treated: number;
  controls: readonly number[];
}

/** |mean(c) / (sd(c)/sqrt(n))| for contrasts c; infinite when they do not vary but are not all zero. */
function oneSampleT(c: Float64Array): number {
  const n = c.length;
  let s = 0;
  for (let i = 0; i < n; i++) s += c[i]!;
  const m = s / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (c[i]! - m) ** 2;
  return absT(m, Math.sqrt(ss / (n - 1) / n));
}

/**
 * Matched sets: contrast = treated value minus the mean of its controls; statistic |t| of the contrasts'
 * mean. Under no effect the treated member is equally likely to be any member of its set, so each arrangement
 * picks one member per set as treated. Needs at least 2 sets.
 */
export function matchedSetPermutationTest(
  sets: readonly MatchedValues[],
  options: PermutationOptions,
): PermutationResult {
  if (sets.length < 2) throw new RangeError('matched permutation test: needs at least 2 matched sets');
  if (sets.some((s) => s.controls.length === 0))
    throw new RangeError('matched permutation test: a set has no controls');
  const contrasts = sets.map((s) => {
    const members = [s.treated, ...s.controls];
    const total = members.reduce((a, b) => a + b, 0);
    return Float64Array.from(members, (v) => v - (total - v) / s.controls.length);
  });
  const pick = new Float64Array(sets.length);
  contrasts.forEach((c, i) => (pick[i] = c[0]!));
  return permutationTest(
    {
      statistic: () => oneSampleT(pick),
      count: contrasts.reduce((a, c) => a * c.length, 1),
      enumerate: (visit) => {
        const recurse = (i: number) => {
          if (i === contrasts.length) return visit();
          for (const v of contrasts[i]!) {
            pick[i] = v;
            recurse(i + 1);
          }
        };
        recurse(0);
      },
      shuffle: (rng) => contrasts.forEach((c, i) => (pick[i] = c[Math.floor(rng() * c.length)]!)),
    },
    options,
  );
}
