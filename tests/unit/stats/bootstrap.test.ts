import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bootstrapMean, bootstrapMeanDifference, bootstrapStatistic } from '~/lib/stats/bootstrap';
import { createRng } from '~/lib/stats/random';
import { median } from '~/lib/stats/summary';

describe('bootstrap', () => {
  const sample = [3.1, -1.2, 4.4, 0.5, 2.2, 7.9, -3.3, 1.0];

  it('is reproducible with a fixed seed', () => {
    const a = bootstrapMean(sample, { rng: createRng(11) });
    const b = bootstrapMean(sample, { rng: createRng(11) });
    expect(a).toEqual(b);
    expect(a.iterations).toBe(2000);
    expect(a.level).toBe(0.95);
    expect(a.estimate).toBeCloseTo(14.6 / 8, 12);
    expect(bootstrapMean(sample, { rng: createRng(12) })).not.toEqual(a);
  });

  it('an all-equal sample gives a zero-width interval, not flagged degenerate', () => {
    const i = bootstrapMean([4, 4, 4, 4], { rng: createRng(1) });
    expect([i.estimate, i.low, i.high]).toEqual([4, 4, 4]);
    expect(i.degenerate).toBeUndefined();
  });

  it('one value: the interval collapses and is flagged degenerate', () => {
    const i = bootstrapMean([2.5], { rng: createRng(1) });
    expect([i.estimate, i.low, i.high]).toEqual([2.5, 2.5, 2.5]);
    expect(i.degenerate).toBe(true);
    expect(bootstrapMeanDifference([1], [2, 3], { rng: createRng(1) }).degenerate).toBe(true);
  });

  it('two values 0 and 1: resample means are 0, 0.5, 1 with probability 1/4, 1/2, 1/4, so the 95% interval is 0 to 1', () => {
    const i = bootstrapMean([0, 1], { rng: createRng(5), iterations: 4000 });
    expect([i.low, i.estimate, i.high]).toEqual([0, 0.5, 1]);
  });

  it('difference of means of constant groups is exact', () => {
    const i = bootstrapMeanDifference([1, 1, 1], [3, 3], { rng: createRng(2), iterations: 100 });
    expect([i.estimate, i.low, i.high, i.iterations]).toEqual([-2, -2, -2, 100]);
  });

  it('any statistic, e.g. the median', () => {
    const i = bootstrapStatistic(sample, median, { rng: createRng(9), iterations: 500, level: 0.9 });
    expect(i.estimate).toBe(median(sample));
    expect(i.low).toBeLessThanOrEqual(i.high);
    expect(i.level).toBe(0.9);
  });

  it('rejects empty samples and bad settings', () => {
    expect(() => bootstrapMean([], { rng: createRng(1) })).toThrow(/empty/);
    expect(() => bootstrapMean([1, 2], { rng: createRng(1), iterations: 0 })).toThrow(/iterations/);
    expect(() => bootstrapMean([1, 2], { rng: createRng(1), level: 1 })).toThrow(/level/);
    expect(() => bootstrapMean([1, NaN], { rng: createRng(1) })).toThrow(/finite/);
  });

  it('property: the interval contains the estimate for samples of two or more values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 2, maxLength: 25 }),
        fc.integer(),
        (xs, seed) => {
          const i = bootstrapMean(xs, { rng: createRng(seed), iterations: 300 });
          expect(i.low).toBeLessThanOrEqual(i.estimate + 1e-9);
          expect(i.high).toBeGreaterThanOrEqual(i.estimate - 1e-9);
        },
      ),
      { numRuns: 200 },
    );
  });
});
