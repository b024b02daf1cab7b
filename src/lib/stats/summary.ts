// Descriptive statistics: mean, sample variance and SD, weighted mean, and quantiles (R type 7, as d3.quantile).
function requireValues(xs: ArrayLike<number>, min: number, what: string): void {
  if (xs.length < min)
    throw new RangeError(`${what} needs at least ${min} value${min === 1 ? '' : 's'}, got ${xs.length}`);
}

export function sum(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i]!;
  return s;
}

export function mean(xs: readonly number[]): number {
  requireValues(xs, 1, 'mean');
  return sum(xs) / xs.length;
}

/** Sample variance (divisor n - 1). */
export function variance(xs: readonly number[]): number {
  requireValues(xs, 2, 'variance');
  const m = mean(xs);
  let ss = 0;
  for (const x of xs) ss += (x - m) ** 2;
  return ss / (xs.length - 1);
}

/** Sample standard deviation (divisor n - 1). */
export function sd(xs: readonly number[]): number {
  return Math.sqrt(variance(xs));
}

export function weightedMean(xs: readonly number[], weights: readonly number[]): number {
  requireValues(xs, 1, 'weightedMean');
  if (xs.length !== weights.length) throw new RangeError('weightedMean: values and weights differ in length');
  let s = 0;
  let w = 0;
  xs.forEach((x, i) => {
    const wi = weights[i]!;
    if (!(wi >= 0)) throw new RangeError(`weightedMean: weight ${wi} is negative or not a number`);
    s += x * wi;
    w += wi;
  });
  if (w === 0) throw new RangeError('weightedMean: weights sum to zero');
  return s / w;
}

/** Quantile of values already sorted ascending: linear interpolation between order statistics (type 7). */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  requireValues(sorted, 1, 'quantile');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile: p must be in [0, 1], got ${p}`);
  const i = (sorted.length - 1) * p;
  const i0 = Math.floor(i);
  const lo = sorted[i0]!;
  const hi = sorted[Math.min(i0 + 1, sorted.length - 1)]!;
  return lo + (hi - lo) * (i - i0);
}

export function quantile(xs: readonly number[], p: number): number {
  return quantileSorted(
    [...xs].sort((a, b) => a - b),
    p,
  );
}

export function median(xs: readonly number[]): number {
  return quantile(xs, 0.5);
}
