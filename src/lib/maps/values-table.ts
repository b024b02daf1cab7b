// Rows of the table beside a map and their sort order (names A-Z; values high to low, seats without a value last).
export interface MapRow {
  code: string;
  name: string;
  href: string;
  region: string;
  winner: string;
  cell: string;
  /** Sort key of the value column; null sorts last whichever the direction. */
  sort: number | string | null;
}

export type SortColumn = 'name' | 'region' | 'winner' | 'value';

/** A value cell that shows a number, set right-aligned; a category sorted by its legend order is text. */
export function isNumericCell(r: Pick<MapRow, 'sort' | 'cell'>): boolean {
  return typeof r.sort === 'number' && /^[−+-]?\d/.test(r.cell);
}

/** A value column of numbers: every cell of it, a missing value's dash and its heading included, is set right-aligned. */
export function isNumericColumn(rows: readonly Pick<MapRow, 'sort' | 'cell'>[]): boolean {
  return rows.some(isNumericCell);
}
export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

function compareKeys(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** A sorted copy; ties are broken by seat name, then code, so the order never depends on the input order. */
export function sortRows(rows: readonly MapRow[], column: SortColumn, direction: SortDirection): MapRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const key = (r: MapRow): number | string | null => (column === 'value' ? r.sort : r[column]);
  return [...rows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === null || kb === null) {
      if (ka !== kb) return ka === null ? 1 : -1;
    } else {
      const c = compareKeys(ka, kb);
      if (c !== 0) return sign * c;
    }
    return collator.compare(a.name, b.name) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  });
}

/** The direction a column starts in when first chosen: text A-Z, values high to low. */
export function firstDirection(column: SortColumn): SortDirection {
  return column === 'value' ? 'descending' : 'ascending';
}
