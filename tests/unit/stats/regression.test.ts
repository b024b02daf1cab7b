import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coefficient, ols } from '~/lib/stats/regression';

describe('OLS', () => {
  it('y = 1 + 2x exactly: coefficients 1 and 2, R² = 1', () => {
    const r = ols({ y: [1, 3, 5, 7, 9], numeric: { x: [0, 1, 2, 3, 4] } });
    expect(coefficient(r, '(intercept)').estimate).toBeCloseTo(1, 12);
    expect(coefficient(r, 'x').estimate).toBeCloseTo(2, 12);
    expect(r.r2).toBeCloseTo(1, 12);
    expect([r.n, r.df, r.parameters]).toEqual([5, 3, 2]);
  });

  it('six rows, one numeric predictor and one dummy, worked by hand', () => {
    // x = -1,0,1 in each group, so x is orthogonal to the intercept and the dummy:
    // b_x = Σxy / Σx² = (-1+4-4+7)/4 = 1.5; intercept = mean of group a = 7/3; dummy = 17/3 - 7/3 = 10/3.
    // Residuals ±1/6, ∓1/3: SSR = 1/3, df = 3, σ² = 1/9. (X'X)^-1 diagonal: 1/3 (intercept), 1/4 (x), 2/3 (dummy).
    // SE: sqrt(1/27), 1/6, sqrt(2/27). SST = 26, so R² = 1 - (1/3)/26 = 77/78.
    const r = ols({
      y: [1, 2, 4, 4, 6, 7],
      numeric: { x: [-1, 0, 1, -1, 0, 1] },
      categorical: { group: ['a', 'a', 'a', 'b', 'b', 'b'] },
    });
    const b0 = coefficient(r, '(intercept)');
    const bx = coefficient(r, 'x');
    const bd = coefficient(r, 'group=b');
    expect(b0.estimate).toBeCloseTo(7 / 3, 12);
    expect(bx.estimate).toBeCloseTo(1.5, 12);
    expect(bd.estimate).toBeCloseTo(10 / 3, 12);
    expect(b0.se).toBeCloseTo(Math.sqrt(1 / 27), 12);
    expect(bx.se).toBeCloseTo(1 / 6, 12);
    expect(bd.se).toBeCloseTo(Math.sqrt(2 / 27), 12);
    expect(bx.t).toBeCloseTo(9, 10);
    // t(0.975, 3) = 3.182446: interval 1.5 ± 3.182446/6
    expect(bx.low).toBeCloseTo(1.5 - 3.182446 / 6, 6);
    expect(bx.high).toBeCloseTo(1.5 + 3.182446 / 6, 6);
    // df = 3 closed form: F(t) = 1/2 + (1/π)(t / (√3 (1 + t²/3)) + atan(t/√3)); two-sided p = 2(1 - F(9))
    const F = 0.5 + (9 / (Math.sqrt(3) * 28) + Math.atan(9 / Math.sqrt(3))) / Math.PI;
    expect(bx.p).toBeCloseTo(2 * (1 - F), 10);
    expect(r.r2).toBeCloseTo(77 / 78, 12);
    expect(r.sigma).toBeCloseTo(1 / 3, 12);
    expect(r.df).toBe(3);
    expect(r.references).toEqual({ group: 'a' });
    expect(r.coefficients.map((c) => c.name)).toEqual(['(intercept)', 'x', 'group=b']);
  });

  it('region-style fixed effects: first sorted level is the reference', () => {
    const r = ols({ y: [1, 2, 3, 5, 6, 8, 9], categorical: { region: ['N', 'S', 'N', 'S', 'E', 'E', 'E'] } });
    expect(r.references).toEqual({ region: 'E' });
    // Group means E = 23/3, N = 2, S = 3.5
    expect(coefficient(r, '(intercept)').estimate).toBeCloseTo(23 / 3, 12);
    expect(coefficient(r, 'region=N').estimate).toBeCloseTo(2 - 23 / 3, 12);
    expect(coefficient(r, 'region=S').estimate).toBeCloseTo(3.5 - 23 / 3, 12);
  });

  it('throws clearly on a singular design or too few rows', () => {
    expect(() => ols({ y: [1, 2, 3, 5], numeric: { x: [1, 2, 3, 4], twice: [2, 4, 6, 8] } })).toThrow(
      /singular.*twice/,
    );
    expect(() => ols({ y: [1, 2, 3, 5], numeric: { one: [1, 1, 1, 1] } })).toThrow(/singular/);
    expect(() => ols({ y: [1, 2], numeric: { x: [1, 2] } })).toThrow(/more observations than parameters/);
    expect(() => ols({ y: [1, 2, 3], numeric: { x: [1, 2] } })).toThrow(/2 values/);
    expect(() => coefficient(ols({ y: [1, 3, 2], numeric: { x: [1, 2, 3] } }), 'z')).toThrow(/No coefficient "z"/);
  });

  it('property: recovers exact coefficients from noiseless linear data', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 0.5, noNaN: true }), fc.double({ min: 0, max: 0.5, noNaN: true })), {
          minLength: 6,
          maxLength: 30,
        }),
        (b0, b1, b2, b3, jitter) => {
          const x1 = jitter.map(([u], i) => i + u);
          const x2 = jitter.map(([, v], i) => ((i * i) % 5) + v);
          const g = jitter.map((_, i) => (i % 3 === 0 ? 'p' : 'q'));
          const y = x1.map((x, i) => b0 + b1 * x + b2 * x2[i]! + (g[i] === 'q' ? b3 : 0));
          const r = ols({ y, numeric: { x1, x2 }, categorical: { g } });
          expect(coefficient(r, '(intercept)').estimate).toBeCloseTo(b0, 6);
          expect(coefficient(r, 'x1').estimate).toBeCloseTo(b1, 6);
          expect(coefficient(r, 'x2').estimate).toBeCloseTo(b2, 6);
          expect(coefficient(r, 'g=q').estimate).toBeCloseTo(b3, 6);
        },
      ),
      { numRuns: 200 },
    );
  });
});
