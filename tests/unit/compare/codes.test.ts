import { describe, expect, it } from 'vitest';
import { boundarySetsOfCode } from '~/lib/compare/codes';

describe('boundarySetsOfCode', () => {
  it('uses the ONS code ranges of the two boundary sets', () => {
    expect(boundarySetsOfCode('E14000530')).toEqual(['2010']);
    expect(boundarySetsOfCode('E14001062')).toEqual(['2010']);
    expect(boundarySetsOfCode('E14001063')).toEqual(['2024']);
    expect(boundarySetsOfCode('W07000080')).toEqual(['2010']);
    expect(boundarySetsOfCode('W07000081')).toEqual(['2024']);
    expect(boundarySetsOfCode('S14000059')).toEqual(['2010']);
    expect(boundarySetsOfCode('S14000060')).toEqual(['2024']);
    expect(boundarySetsOfCode('N06000001')).toEqual(['2010']);
    expect(boundarySetsOfCode('N05000001')).toEqual(['2024']);
  });

  it('five unchanged Scottish seats are in both; non-codes in neither', () => {
    expect(boundarySetsOfCode('S14000027')).toEqual(['2010', '2024']);
    expect(boundarySetsOfCode('Putney')).toEqual([]);
  });
});
