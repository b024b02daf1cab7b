import { describe, expect, it } from 'vitest';
import { placeboPair } from '~/lib/compare/placebo';

describe('placeboPair', () => {
  it('steps back one election on the same boundaries', () => {
    expect(placeboPair({ before: '2017', after: '2019' })).toEqual({ before: '2015', after: '2017' });
    expect(placeboPair({ before: '2015', after: '2017' })).toEqual({ before: '2010', after: '2015' });
  });

  it('has none for the first pair of a boundary set', () => {
    expect(placeboPair({ before: '2010', after: '2015' })).toBeNull();
    expect(placeboPair({ before: '2019N', after: '2024' })).toBeNull();
  });

  it('rejects a pair that is not in the data', () => {
    expect(() => placeboPair({ before: '2015', after: '2019' })).toThrow(/not a pair/);
    expect(() => placeboPair({ before: '2019', after: '2024' })).toThrow(/2019N/);
  });
});
