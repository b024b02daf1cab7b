// A cited membership figure's date in words, as precisely as its source gives it.
import { describe, expect, it } from 'vitest';
import { citedDate, longDate } from '../../../src/lib/membership/wording';

describe('citedDate', () => {
  it('writes a day, a month or a year', () => {
    expect(citedDate('2024-12-31', 'day')).toBe('31 December 2024');
    expect(citedDate('2013-09-01', 'month')).toBe('September 2013');
    expect(citedDate('2010-01-01', 'year')).toBe('2010');
    expect(longDate('2025-01-01')).toBe('1 January 2025');
  });
});
