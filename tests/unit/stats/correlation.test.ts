import { describe, expect, it } from 'vitest';
import { pearson, ranks, spearman } from '~/lib/stats/correlation';

describe('correlation', () => {
  // x = 1..5, y = 2,4,5,4,5. Means 3 and 4; dx = -2,-1,0,1,2; dy = -2,0,1,0,1.
  // Sxy = 4+0+0+0+2 = 6, Sxx = 10, Syy = 4+0+1+0+1 = 6, r = 6 / sqrt(60) = 0.774597.
  const x = [1, 2, 3, 4, 5];
  const y = [2, 4, 5, 4, 5];

  it('Pearson r by hand, with the Fisher-z interval', () => {
    const c = pearson(x, y);
    expect(c.r).toBeCloseTo(6 / Math.sqrt(60), 12);
    expect(c.n).toBe(5);
    // z = atanh(0.774597) = 1.031718; half-width 1.959964 / sqrt(5 - 3) = 1.385903; tanh(z -/+ half)
    expect(c.ci!.low).toBeCloseTo(-0.3402, 3);
    expect(c.ci!.high).toBeCloseTo(0.9843, 3);
    expect(c.ci!.level).toBe(0.95);
  });

  it('no interval for n <= 3; errors on constant or mismatched input', () => {
    expect(pearson([1, 2, 3], [1, 3, 2]).ci).toBeNull();
    expect(pearson([1, 2, 3], [1, 3, 2]).r).toBeCloseTo(0.5, 12);
    expect(() => pearson([1, 1, 1], [1, 2, 3])).toThrow(/constant/);
    expect(() => pearson([1, 2], [1])).toThrow(/values/);
  });

  it('average ranks for ties', () => {
    expect(ranks([10, 20, 20, 5])).toEqual([2, 3.5, 3.5, 1]);
  });

  it('Spearman rho by hand', () => {
    // ranks of y: 1, 2.5, 4.5, 2.5, 4.5 (mean 3); deviations -2, -0.5, 1.5, -0.5, 1.5.
    // Sxy = 4 + 0.5 + 0 - 0.5 + 3 = 7, Syy = 9, Sxx = 10: rho = 7 / sqrt(90) = 0.737865
    const s = spearman(x, y);
    expect(s.rho).toBeCloseTo(7 / Math.sqrt(90), 12);
    expect(spearman([1, 2, 3, 4], [1, 8, 27, 64]).rho).toBe(1);
  });
});
