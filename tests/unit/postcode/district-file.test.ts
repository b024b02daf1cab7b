// The district file encoding on hand-worked values: sector bitmaps, positions of postcodes, runs.
import { describe, expect, it } from 'vitest';
import {
  decodeBitmap,
  encodeBitmap,
  inwardCodes,
  inwardSlot,
  ordinalOf,
  postcodeCount,
  postcodeDistrictPath,
  runAt,
  runTotals,
  slotInward,
  toRuns,
} from '../../../src/lib/postcode/district-file';
import { SW15 } from '../../fixtures/postcode/invented-districts';

describe('district file encoding', () => {
  it('places inward codes in a 400-slot sector map by the 20 letters postcodes use', () => {
    expect(inwardSlot('1AA')).toEqual({ sector: '1', slot: 0 });
    expect(inwardSlot('1AD')).toEqual({ sector: '1', slot: 2 }); // no C
    expect(inwardSlot('9BA')).toEqual({ sector: '9', slot: 20 });
    expect(inwardSlot('0ZZ')).toEqual({ sector: '0', slot: 399 });
    expect(inwardSlot('1AC')).toBeNull();
    expect(inwardSlot('AAA')).toBeNull();
    expect(slotInward('4', 399)).toBe('4ZZ');
    expect(slotInward('1', 2)).toBe('1AD');
  });

  it('writes 50-byte bitmaps as base64: slots 0-2 are the low bits of the first byte', () => {
    const first = decodeBitmap(encodeBitmap([0, 1, 2]));
    expect(first.length).toBe(50);
    expect([...first.slice(0, 2)]).toEqual([7, 0]);
    expect(decodeBitmap(encodeBitmap([399]))[49]).toBe(128);
    expect(encodeBitmap([])).toBe(`${'A'.repeat(67)}=`);
    expect(() => encodeBitmap([400])).toThrow('slot 400 out of range');
  });

  it('finds a postcode’s position among the district’s postcodes, or -1', () => {
    expect(inwardCodes(SW15)).toEqual(['1AA', '1AB', '1AD', '2AA', '2AB', '3AA']);
    expect(postcodeCount(SW15)).toBe(6);
    expect(['1AA', '1AD', '2AA', '2AB', '3AA'].map((i) => ordinalOf(SW15, i))).toEqual([0, 2, 3, 4, 5]);
    expect(ordinalOf(SW15, '1AE')).toBe(-1);
    expect(ordinalOf(SW15, '4AA')).toBe(-1);
    expect(ordinalOf(SW15, '1AC')).toBe(-1);
  });

  it('runs: built from values, read at a position, totalled', () => {
    expect(toRuns([0, 0, 0, 1, -1, 0])).toEqual([0, 3, 1, 1, -1, 1, 0, 1]);
    expect([0, 2, 3, 4, 5, 6].map((k) => runAt(SW15.newRuns, k))).toEqual([0, 0, 1, -1, 0, -1]);
    expect([...runTotals(SW15.newRuns)]).toEqual([
      [0, 4],
      [1, 1],
      [-1, 1],
    ]);
  });

  it('district paths', () => {
    expect(postcodeDistrictPath('SW1A')).toBe('postcodes/SW1A.json');
    expect(postcodeDistrictPath('M1')).toBe('postcodes/M1.json');
    expect(() => postcodeDistrictPath('../x')).toThrow('not a postcode district');
  });
});
