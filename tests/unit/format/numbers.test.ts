import { describe, expect, it } from 'vitest';
import { count, decimal, pct, pp, roundTo } from '../../../src/lib/format/numbers';
import { swingWords } from '../../../src/lib/format/swing';

describe('number formatting', () => {
  it('formats counts with thousands separators', () => {
    expect(count(22780)).toBe('22,780');
    expect(count(4774.4)).toBe('4,774');
  });
  it('formats percentages and missing values', () => {
    expect(pct(9.4596)).toBe('9.5%');
    expect(pct({ missing: 'no-electorate' })).toBe('–');
    expect(pct(null)).toBe('–');
  });
  it('signs point changes with a true minus and no sign for zero', () => {
    expect(pp(4.35)).toBe('+4.4');
    expect(pp(-8.42)).toBe('−8.4');
    expect(pp(-0.04)).toBe('0.0');
    expect(pp({ missing: 'speaker-seat' })).toBe('–');
  });
  it('writes a correlation with a true minus, no plus, and the one rounding', () => {
    expect(decimal(-0.0449, 2)).toBe('−0.04');
    expect(decimal(0.345, 2)).toBe('0.35');
    expect((0.345).toFixed(2)).toBe('0.34');
    expect(decimal(-0.004, 2)).toBe('0.00');
  });
  it('rounds published numbers with halves away from zero, as pages show them', () => {
    expect(roundTo(-2.195, 2)).toBe(-2.2);
    expect(roundTo(2.195, 2)).toBe(2.2);
    expect(roundTo(4.35, 1)).toBe(4.4);
    expect(roundTo(-4.35, 1)).toBe(-4.4);
    expect(roundTo(0.12344, 4)).toBe(0.1234);
    expect(Object.is(roundTo(-0.001, 2), 0)).toBe(true);
    expect(String(roundTo(-0.004, 2))).toBe('0');
  });
  it('says which way a Butler swing went', () => {
    expect(swingWords(-6.39)).toBe('6.4 points from Conservative to Labour');
    expect(swingWords(6.39)).toBe('6.4 points from Labour to Conservative');
    expect(swingWords({ missing: 'speaker-seat' })).toBe(
      'The Speaker stood at one or both of the two elections, so the main parties did not both stand',
    );
  });
});
