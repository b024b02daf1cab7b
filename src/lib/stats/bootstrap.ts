// Percentile bootstrap intervals for one sample's statistic and for a difference of two means.
import { randomIndex, type Rng } from './random';
import { mean, quantileSorted } from './summary';

export interface BootstrapOptions {
  rng: Rng;
  /** Resamples to draw (default 2000). */
  iterations?: number;
  /** Coverage of the interval (default 0.95). */
  level?: number;
}

export interface Interval {
  estimate: number;
  low: number;
  high: number;
  level: number;
  iterations: number;
  /** Set when a sample has a single value, so resampling cannot show its variability. */
  degenerate?: true;
}

function settings(options: BootstrapOptions): { iterations: number; level: number } {
  const iterations = options.iterations ?? 2000;
  const level = options.level ?? 0.95;
  if (!Number.isInteger(iterations) || iterations < 1) throw new RangeError(`iterations must be a positive integer, got ${iterations}`);
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be in (0, 1), got ${level}`);
  return { iterations, level };
}

function requireSample(xs: readonly number[], name: string): void {
  if (xs.length === 0) throw new RangeError(`bootstrap: ${name} is empty`);
  if (!xs.every(Number.isFinite)) throw new RangeError(`bootstrap: ${name} has a value that is not a finite number`);
}

function percentileInterval(estimate: number, draws: Float64Array, level: number, degenerate: boolean): Interval {
  draws.sort();
  const alpha = (1 - level) / 2;
  const interval: Interval = {
    estimate,
    low: quantileSorted(draws, alpha),
    high: quantileSorted(draws, 1 - alpha),
    level,
    iterations: draws.length,
  };
  if (degenerate) interval.degenerate = true;
  return interval;
}

function resampledMean(xs: Float64Array, rng: Rng): number {
  const n = xs.length;
  let s = 0;
  for (let i = 0; i < n; i++) s += xs[Math.floor(rng() * n)]!;
  return s / n;
}

/** Interval for any statistic of one sample (resamples of the same size, with replacement). */
export function bootstrapStatistic(
  sample: readonly number[],
  statistic: (xs: readonly number[]) => number,
  options: BootstrapOptions,
): Interval {
  requireSample(sample, 'sample');
  const { iterations, level } = settings(options);
  const draws = new Float64Array(iterations);
  const resample = new Array<number>(sample.length);
  for (let b = 0; b < iterations; b++) {
    for (let i = 0; i < sample.length; i++) resample[i] = sample[randomIndex(options.rng, sample.length)]!;
    draws[b] = statistic(resample);
  }
  return percentileInterval(statistic(sample), draws, level, sample.length === 1);
}

/** Interval for the mean of one sample. */
export function bootstrapMean(sample: readonly number[], options: BootstrapOptions): Interval {
  requireSample(sample, 'sample');
  const { iterations, level } = settings(options);
  const draws = new Float64Array(iterations);
  const xs = Float64Array.from(sample);
  for (let b = 0; b < iterations; b++) draws[b] = resampledMean(xs, options.rng);
  return percentileInterval(mean(sample), draws, level, sample.length === 1);
}

/** Interval for mean(a) - mean(b), resampling each group independently. */
export function bootstrapMeanDifference(a: readonly number[], b: readonly number[], options: BootstrapOptions): Interval {
  requireSample(a, 'first sample');
  requireSample(b, 'second sample');
  const { iterations, level } = settings(options);
  const draws = new Float64Array(iterations);
  const xa = Float64Array.from(a);
  const xb = Float64Array.from(b);
  for (let i = 0; i < iterations; i++) draws[i] = resampledMean(xa, options.rng) - resampledMean(xb, options.rng);
  return percentileInterval(mean(a) - mean(b), draws, level, a.length === 1 || b.length === 1);
}
