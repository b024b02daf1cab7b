import { describe, expect, it } from 'vitest';
import { matchedSetPermutationTest, stratifiedPermutationTest } from '~/lib/stats/permutation';
import { createRng } from '~/lib/stats/random';

// Exact p-values below were counted independently in Python (scipy's Welch t over every arrangement).
describe('studentised (Welch) permutation test, set against others', () => {
  it('exact enumeration of C(12, 5) = 792 arrangements: p = 7/792', () => {
    const r = stratifiedPermutationTest([{ set: [9, 3, 10, 8, 12], others: [1, 2, 3, 4, 0, 5, 2.5] }], {
      rng: createRng(1),
    });
    expect(r.exact).toBe(true);
    expect(r.draws).toBe(792);
    expect(r.p).toBeCloseTo(7 / 792, 12);
    expect(r.observed).toBeCloseTo(3.6062419941054724, 9);
    expect(r.mcError).toBe(0);
  });

  it('stratified by region: labels move only within each stratum; exact 1/735', () => {
    const strata = [
      { set: [5, 7, 6], others: [1, 2, 3, 0] },
      { set: [30, 26], others: [20, 22, 21, 25, 19] },
    ];
    const r = stratifiedPermutationTest(strata, { rng: createRng(1) });
    expect(r.exact).toBe(true);
    expect(r.draws).toBe(35 * 21);
    expect(r.p).toBeCloseTo(1 / 735, 12);
  });

  it('n = 2 against 3: exact over C(5, 2) = 10 arrangements, so p can never be below 0.1 (why the site shows none)', () => {
    const r = stratifiedPermutationTest([{ set: [100, 101], others: [1, 2, 3] }], { rng: createRng(1) });
    expect(r.draws).toBe(10);
    expect(r.p).toBeCloseTo(0.1, 12);
  });

  it('Monte Carlo draws in batches until 5% is settled, and reports its error', () => {
    const others = Array.from({ length: 200 }, (_, i) => Math.sin(i) * 5);
    const r = stratifiedPermutationTest([{ set: [4, 6, 5, 7, 3, 6], others }], { rng: createRng(7) });
    expect(r.exact).toBe(false);
    expect(r.settled).toBe(true);
    expect(Math.abs(r.p - 0.05)).toBeGreaterThan(3.29 * r.mcError);
    // Same seed, same answer.
    expect(stratifiedPermutationTest([{ set: [4, 6, 5, 7, 3, 6], others }], { rng: createRng(7) }).p).toBe(r.p);
  });

  it('unequal variances: a tight set inside a wide pool is not flagged (the raw mean difference test would be)', () => {
    const others = [-30, 28, -25, 22, -18, 35, -27, 31, -22, 26, 0, 1, -1, 2, -2, 3, 20, -20, 15, -15];
    const r = stratifiedPermutationTest([{ set: [1.2, 1.0, 1.4, 0.9, 1.1], others }], {
      rng: createRng(3),
      maxDraws: 20000,
    });
    expect(r.p).toBeGreaterThan(0.05);
  });
});

describe('matched-set permutation test (studentised)', () => {
  it('exact over 4^5 = 1024 relabellings: p = 222/1024', () => {
    const sets = [
      { treated: 5, controls: [1, 2, 3] },
      { treated: 4, controls: [4, 6, 5] },
      { treated: 9, controls: [2, 3, 1] },
      { treated: 0, controls: [1, -1, 2] },
      { treated: 7, controls: [3, 3, 4] },
    ];
    const r = matchedSetPermutationTest(sets, { rng: createRng(1) });
    expect(r.exact).toBe(true);
    expect(r.draws).toBe(1024);
    expect(r.p).toBeCloseTo(222 / 1024, 12);
    expect(r.observed).toBeCloseTo(1.6164477182409742, 9);
  });

  it('refuses a single matched set', () => {
    expect(() => matchedSetPermutationTest([{ treated: 1, controls: [0] }], { rng: createRng(1) })).toThrow(
      /at least 2/,
    );
  });
});
