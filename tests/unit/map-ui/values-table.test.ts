// Sorting the table beside the map: stable ties, seats without a value last in either direction.
import { describe, expect, it } from 'vitest';
import { firstDirection, sortRows, type MapRow } from '~/lib/maps/values-table';

const row = (code: string, name: string, region: string, sort: number | string | null): MapRow => ({
  code,
  name,
  href: `/seat/${code}/`,
  region,
  winner: 'Labour',
  cell: String(sort),
  sort,
});
const rows = [
  row('D', 'Delta', 'Wales', null),
  row('B', 'bravo', 'London', 3),
  row('C', 'Charlie', 'London', 10),
  row('A', 'Alpha', 'Wales', 3),
];

describe('sortRows', () => {
  it('sorts values high to low, ties by name, missing last', () => {
    expect(sortRows(rows, 'value', 'descending').map((r) => r.code)).toEqual(['C', 'A', 'B', 'D']);
    expect(sortRows(rows, 'value', 'ascending').map((r) => r.code)).toEqual(['A', 'B', 'C', 'D']);
  });
  it('sorts text without regard to case', () => {
    expect(sortRows(rows, 'name', 'ascending').map((r) => r.name)).toEqual(['Alpha', 'bravo', 'Charlie', 'Delta']);
    expect(sortRows(rows, 'region', 'descending').map((r) => r.code)).toEqual(['A', 'D', 'B', 'C']);
  });
  it('does not change its input', () => {
    sortRows(rows, 'name', 'ascending');
    expect(rows.map((r) => r.code)).toEqual(['D', 'B', 'C', 'A']);
  });
  it('starts values high to low and text A to Z', () => {
    expect(firstDirection('value')).toBe('descending');
    expect(firstDirection('name')).toBe('ascending');
  });
});
