import { quantile as d3quantile } from 'd3';
import { describe, expect, it } from 'vitest';
import { mean, median, quantile, quantileSorted, sd, sum, variance, weightedMean } from '~/lib/stats/summary';

describe('summary statistics', () => {
  it('mean, sum', () => {
    expect(sum([1, 2, 3, 4])).toBe(10);
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(() => mean([])).toThrow(/at least 1/);
  });

  it('sample variance and sd', () => {
    // [2,4,4,4,5,5,7,9]: mean 5, squared deviations 9+1+1+1+0+0+4+16 = 32, divided by n-1 = 7
    expect(variance([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(32 / 7, 12);
    expect(sd([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(() => variance([1])).toThrow(/at least 2/);
  });

  it('weighted mean', () => {
    // (1*3 + 2*1 + 3*0) / (3 + 1 + 0) = 5/4
    expect(weightedMean([1, 2, 3], [3, 1, 0])).toBe(1.25);
    expect(() => weightedMean([1], [0])).toThrow(/sum to zero/);
    expect(() => weightedMean([1, 2], [1])).toThrow(/length/);
    expect(() => weightedMean([1], [-1])).toThrow(/negative/);
  });

  it('quantile type 7 by hand', () => {
    // sorted [1,1,3,4,5]: p=0.25 -> index 1 -> 1; p=0.5 -> index 2 -> 3; p=0.9 -> index 3.6 -> 4 + 0.6*(5-4) = 4.6
    const xs = [3, 1, 4, 1, 5];
    expect(quantile(xs, 0.25)).toBe(1);
    expect(median(xs)).toBe(3);
    expect(quantile(xs, 0.9)).toBeCloseTo(4.6, 12);
    expect(quantile(xs, 0)).toBe(1);
    expect(quantile(xs, 1)).toBe(5);
    // [1,2,3,4], p = 0.975 -> index 2.925 -> 3 + 0.925 = 3.925
    expect(quantileSorted([1, 2, 3, 4], 0.975)).toBeCloseTo(3.925, 12);
    expect(() => quantile(xs, 1.5)).toThrow();
  });

  it('matches d3.quantile', () => {
    const xs = [0.3, -2, 7.5, 7.5, 1, 12, 4.25];
    for (const p of [0, 0.025, 0.1, 0.33, 0.5, 0.9, 0.975, 1])
      expect(quantile(xs, p)).toBeCloseTo(d3quantile(xs, p)!, 12);
  });
});
