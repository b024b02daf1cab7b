// Sorting the table beside the map: stable ties, seats without a value last in either direction; which cells are numbers.
import { describe, expect, it } from 'vitest';
import { firstDirection, isNumericCell, isNumericColumn, sortRows, type MapRow } from '~/lib/maps/values-table';

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

describe('isNumericColumn: a column of numbers is right-aligned whole', () => {
  it('a rise written with a plus is a number, and a column with any number takes its dashes along', () => {
    expect(isNumericCell({ sort: 20.1, cell: '+20.1' })).toBe(true);
    expect(
      isNumericColumn([
        { sort: 20.1, cell: '+20.1' },
        { sort: null, cell: '–' },
      ]),
    ).toBe(true);
    expect(
      isNumericColumn([
        { sort: 0, cell: "Named in the unit's own report" },
        { sort: null, cell: '–' },
      ]),
    ).toBe(false);
  });
});

describe('isNumericCell', () => {
  it('right-aligns numbers, not the categories of a seat-set layer sorted by their legend order', () => {
    expect(isNumericCell({ sort: 45.1, cell: '45.1%' })).toBe(true);
    expect(isNumericCell({ sort: -3.2, cell: '−3.2' })).toBe(true);
    expect(isNumericCell({ sort: 3.2, cell: '3.2 Con → Lab' })).toBe(true);
    expect(isNumericCell({ sort: 0, cell: "Named in the unit's own report" })).toBe(false);
    expect(isNumericCell({ sort: 5, cell: 'In a place the sources name, no seat named' })).toBe(false);
    expect(isNumericCell({ sort: null, cell: '–' })).toBe(false);
    expect(isNumericCell({ sort: 'Labour', cell: 'Labour' })).toBe(false);
  });
});
