// Packed figures (what the worker posts back): seats and dates once each, rows by seat then date, suppressed counts
// kept, and lookups by seat and date (TEST DATA).
import { describe, expect, it } from 'vitest';
import {
  allRecords,
  decodeCount,
  encodeCount,
  packFigures,
  recordOn,
  rowCount,
  seriesOf,
} from '../../../src/lib/membership/figures';
import type { DatasetRecord } from '../../../src/lib/membership/types';

const rec = (
  code: string,
  date: string,
  members: DatasetRecord['members'],
  activists: DatasetRecord['activists'] = null,
): DatasetRecord => ({ code, date, members, activists, trained: null });
const records = [
  rec('E2', '2019-11-01', 30),
  rec('E1', '2019-11-01', 150, 12),
  rec('E1', '2017-06-01', { under: 10 }),
  rec('E2', '2015-05-01', 0),
];

describe('packed figures', () => {
  const f = packFigures(records);

  it('lists seats and dates once, sorted, and rows by seat then date', () => {
    expect(f.seats).toEqual(['E1', 'E2']);
    expect(f.dates).toEqual(['2015-05-01', '2017-06-01', '2019-11-01']);
    expect([...f.start]).toEqual([0, 2, 4]);
    expect([...f.date]).toEqual([1, 2, 0, 2]);
    expect(rowCount(f)).toBe(4);
  });

  it('gives back every record as it was, suppressed counts and empty fields included', () => {
    expect([...allRecords(f)]).toEqual([records[2], records[1], records[3], records[0]]);
    expect(seriesOf(f, 'E2')).toEqual([records[3], records[0]]);
    expect(seriesOf(f, 'E9')).toEqual([]);
  });

  it('finds a seat on a date, or null', () => {
    expect(recordOn(f, 'E1', '2019-11-01')).toEqual(records[1]);
    expect(recordOn(f, 'E1', '2017-06-01')!.members).toEqual({ under: 10 });
    expect(recordOn(f, 'E1', '2015-05-01')).toBeNull();
    expect(recordOn(f, 'E3', '2019-11-01')).toBeNull();
  });

  it('encodes a count as a number and back', () => {
    for (const c of [0, 1039, { under: 10 }, null]) expect(decodeCount(encodeCount(c))).toEqual(c);
  });
});
