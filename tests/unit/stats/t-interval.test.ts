import { describe, expect, it } from 'vitest';
import { meanInterval, stratifiedDifference, stratifiedInterval, welchDifference } from '~/lib/stats/t-interval';

// Reference values from scipy.stats (ttest_ind(equal_var=False).confidence_interval(), ttest_1samp).
describe('t intervals', () => {
  it('Welch difference with unequal variances matches scipy', () => {
    const i = welchDifference([1, 2, 3, 4, 5.5], [2, 8, -4, 10, 0, 6, 12]);
    expect(i.estimate).toBeCloseTo(-1.7571428571428567, 12);
    expect(i.df).toBeCloseTo(7.459889623922141, 9);
    expect(i.low).toBeCloseTo(-7.156239558963458, 6);
    expect(i.high).toBeCloseTo(3.641953844677745, 6);
  });

  it('one-sample mean matches scipy', () => {
    const i = meanInterval([3.1, -1.2, 4.4, 0.5, 2.2]);
    expect(i.estimate).toBeCloseTo(1.8, 12);
    expect(i.low).toBeCloseTo(-0.927424565849732, 6);
    expect(i.high).toBeCloseTo(4.527424565849732, 6);
  });

  it('n = 2, 3 and 4: the estimate, but no interval', () => {
    for (const xs of [
      [1, 3],
      [1, 3, 8],
      [1, 3, 8, 2],
    ]) {
      const i = meanInterval(xs);
      expect(i.low).toBeNull();
      expect(i.high).toBeNull();
      expect(i.reason).toBe('too-few');
    }
    expect(meanInterval([1, 3, 8]).estimate).toBeCloseTo(4, 12);
    const d = welchDifference([4, 6], [1, 2, 3]);
    expect(d.estimate).toBeCloseTo(3, 12);
    expect(d.low).toBeNull();
  });

  it('stratified difference: each set value against its own stratum (hand computed)', () => {
    // Stratum A: set 5, 7, 6 against others mean 1.5 -> e = 3.5, 5.5, 4.5; stratum B: 30, 26 against 21.4 -> 8.6, 4.6.
    // D = (3.5 + 5.5 + 4.5 + 8.6 + 4.6) / 5 = 5.34
    const strata = [
      { set: [5, 7, 6], others: [1, 2, 3, 0] },
      { set: [30, 26], others: [20, 22, 21, 25, 19] },
    ];
    const d = stratifiedDifference(strata);
    expect(d.estimate).toBeCloseTo(5.34, 12);
    expect(d.se).toBeCloseTo(1.04124924969961, 10);
    const i = stratifiedInterval(strata);
    expect(i.low! < 5.34 && i.high! > 5.34).toBe(true);
    // Pooling the strata would mix a low and a high region: the plain difference is far smaller.
    expect(welchDifference([5, 7, 6, 30, 26], [1, 2, 3, 0, 20, 22, 21, 25, 19]).estimate).toBeCloseTo(
      14.8 - 12.5555555555,
      6,
    );
  });

  it('one stratum is exactly Welch', () => {
    const a = [1, 2, 3, 4, 5.5];
    const b = [2, 8, -4, 10, 0, 6, 12];
    const s = stratifiedInterval([{ set: a, others: b }]);
    const w = welchDifference(a, b);
    expect(s.low).toBeCloseTo(w.low!, 9);
    expect(s.high).toBeCloseTo(w.high!, 9);
  });
});
