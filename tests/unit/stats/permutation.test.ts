import { describe, expect, it } from 'vitest';
import { matchedSetPermutationTest, permutationTestMeanDifference } from '~/lib/stats/permutation';
import { createRng } from '~/lib/stats/random';

/** Exact two-sided p over every way of choosing the set's positions from all values. */
function exactP(set: number[], pool: number[]): number {
  const all = [...set, ...pool];
  const m = set.length;
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const observed = Math.abs(mean(set) - mean(pool));
  let extreme = 0;
  let total = 0;
  const choose = (start: number, picked: number[]) => {
    if (picked.length === m) {
      total++;
      const inSet = picked.map((i) => all[i]!);
      const rest = all.filter((_, i) => !picked.includes(i));
      if (Math.abs(mean(inSet) - mean(rest)) >= observed - 1e-9) extreme++;
      return;
    }
    for (let i = start; i < all.length; i++) choose(i + 1, [...picked, i]);
  };
  choose(0, []);
  return extreme / total;
}

describe('permutation test, set vs pool', () => {
  it('set {5, 6} vs pool {1, 2, 3, 4}: exact p = 2/15', () => {
    // Any pair with sum s has difference s/2 - (21 - s)/4 = (3s - 21)/4; observed s = 11 gives 3.
    // |3s - 21| >= 12 only for s = 11 ({5,6}) and s = 3 ({1,2}): 2 of the C(6,2) = 15 splits.
    expect(exactP([5, 6], [1, 2, 3, 4])).toBeCloseTo(2 / 15, 12);
    const r = permutationTestMeanDifference([5, 6], [1, 2, 3, 4], { rng: createRng(1), iterations: 20000 });
    expect(r.observed).toBe(3);
    expect(Math.abs(r.p - 2 / 15)).toBeLessThan(0.01);
    expect(r.p).toBe((r.extreme + 1) / (r.iterations + 1));
  });

  it('agrees with exact enumeration on a set larger than half the values', () => {
    const set = [2.5, 9, 4, 7.25];
    const pool = [1, 3];
    const r = permutationTestMeanDifference(set, pool, { rng: createRng(4), iterations: 20000 });
    expect(Math.abs(r.p - exactP(set, pool))).toBeLessThan(0.01);
  });

  it('identical values: every permutation ties, p = 1', () => {
    const r = permutationTestMeanDifference([2, 2], [2, 2, 2], { rng: createRng(1), iterations: 99 });
    expect(r.p).toBe(1);
  });

  it('the +1 correction keeps p above zero', () => {
    const r = permutationTestMeanDifference([100], [0, 0, 0, 0, 0, 0, 0, 0, 0], { rng: createRng(1), iterations: 9 });
    expect(r.p).toBeGreaterThanOrEqual(1 / 10);
  });

  it('is reproducible with a fixed seed', () => {
    const run = () => permutationTestMeanDifference([1, 4, 2], [0, 3, 1, 1, 2, 0], { rng: createRng(77) });
    expect(run()).toEqual(run());
    expect(run().iterations).toBe(5000);
  });

  it('rejects empty groups', () => {
    expect(() => permutationTestMeanDifference([], [1], { rng: createRng(1) })).toThrow();
  });
});

describe('permutation test within matched sets', () => {
  it('one control per set is the sign-flip test: differences 1, 2, 3 give p = 2/8', () => {
    // 8 sign patterns; |mean| >= 2 needs |sum| >= 6, i.e. all plus or all minus.
    const sets = [
      { treated: 1, controls: [0] },
      { treated: 5, controls: [3] },
      { treated: 3, controls: [0] },
    ];
    const r = matchedSetPermutationTest(sets, { rng: createRng(2), iterations: 20000 });
    expect(r.observed).toBe(2);
    expect(Math.abs(r.p - 0.25)).toBeLessThan(0.01);
  });

  it('two controls per set: exact p = 1/9 by enumeration', () => {
    // Set A [3 | 0, 0]: contrasts 3, -1.5, -1.5. Set B [2 | 1, 0]: contrasts 1.5, 0, -1.5.
    // Observed (3 + 1.5)/2 = 2.25; of the 9 relabellings only (3, 1.5) reaches |2.25|.
    const sets = [
      { treated: 3, controls: [0, 0] },
      { treated: 2, controls: [1, 0] },
    ];
    const r = matchedSetPermutationTest(sets, { rng: createRng(3), iterations: 20000 });
    expect(r.observed).toBe(2.25);
    expect(Math.abs(r.p - 1 / 9)).toBeLessThan(0.01);
  });

  it('rejects sets without controls', () => {
    expect(() => matchedSetPermutationTest([{ treated: 1, controls: [] }], { rng: createRng(1) })).toThrow(/no controls/);
    expect(() => matchedSetPermutationTest([], { rng: createRng(1) })).toThrow(/no matched sets/);
  });
});
