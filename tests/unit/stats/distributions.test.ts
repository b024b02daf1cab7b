import { describe, expect, it } from 'vitest';
import {
  incompleteBeta,
  logGamma,
  normalQuantile,
  studentTCdf,
  studentTQuantile,
  studentTTwoSided,
} from '~/lib/stats/distributions';

describe('distributions', () => {
  it('t quantiles from printed tables', () => {
    for (const [p, df, t] of [
      [0.975, 10, 2.228],
      [0.975, 1, 12.706],
      [0.975, 3, 3.182],
      [0.95, 20, 1.725],
      [0.025, 5, -2.571],
    ] as const) {
      expect(studentTQuantile(p, df)).toBeCloseTo(t, 3);
    }
    expect(studentTQuantile(0.5, 7)).toBe(0);
  });

  it('t CDF: df = 1 is the Cauchy, 1/2 + atan(t)/pi', () => {
    for (const t of [-3, -0.5, 0, 1, 4]) expect(studentTCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 12);
  });

  it('t CDF: df = 2 closed form, 1/2 + t / (2 sqrt(2 + t^2))', () => {
    for (const t of [-2, 0.3, 5]) expect(studentTCdf(t, 2)).toBeCloseTo(0.5 + t / (2 * Math.sqrt(2 + t * t)), 12);
  });

  it('two-sided p equals twice the tail', () => {
    expect(studentTTwoSided(2, 10)).toBeCloseTo(2 * (1 - studentTCdf(2, 10)), 12);
    expect(studentTTwoSided(Infinity, 4)).toBe(0);
  });

  it('incomplete beta and log gamma', () => {
    expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    // I_x(2, 1) = x^2
    expect(incompleteBeta(0.4, 2, 1)).toBeCloseTo(0.16, 12);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 10);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 10);
  });

  it('normal quantile', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 6);
  });

  it('rejects bad arguments', () => {
    expect(() => studentTQuantile(1, 3)).toThrow();
    expect(() => studentTCdf(1, 0)).toThrow(/degrees of freedom/);
  });
});
