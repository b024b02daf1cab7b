// Pearson correlation with a Fisher-z confidence interval, and Spearman's rank correlation.
import { normalQuantile } from './distributions';

export interface Correlation {
  r: number;
  n: number;
  /** Fisher-z interval; null when n <= 3, where it does not exist. */
  ci: { low: number; high: number; level: number } | null;
}

function requirePairs(x: readonly number[], y: readonly number[]): void {
  if (x.length !== y.length) throw new RangeError(`correlation: x has ${x.length} values but y has ${y.length}`);
  if (x.length < 2) throw new RangeError('correlation needs at least 2 pairs');
  if (![...x, ...y].every(Number.isFinite)) throw new RangeError('correlation: a value is not a finite number');
}

function r(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i]!;
    my += y[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) throw new RangeError('correlation is undefined when x or y is constant');
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

export function pearson(x: readonly number[], y: readonly number[], level = 0.95): Correlation {
  requirePairs(x, y);
  const value = r(x, y);
  const n = x.length;
  if (n <= 3) return { r: value, n, ci: null };
  const z = Math.atanh(value);
  const half = normalQuantile(1 - (1 - level) / 2) / Math.sqrt(n - 3);
  return { r: value, n, ci: { low: Math.tanh(z - half), high: Math.tanh(z + half), level } };
}

/** Ranks from 1, ties sharing the average of the ranks they span. */
export function ranks(xs: readonly number[]): number[] {
  const order = xs.map((_, i) => i).sort((a, b) => xs[a]! - xs[b]!);
  const out = new Array<number>(xs.length);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && xs[order[end + 1]!] === xs[order[start]!]) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) out[order[k]!] = rank;
    start = end + 1;
  }
  return out;
}

export function spearman(x: readonly number[], y: readonly number[]): { rho: number; n: number } {
  requirePairs(x, y);
  return { rho: r(ranks(x), ranks(y)), n: x.length };
}
