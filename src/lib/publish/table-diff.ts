// What changed in one published table between two data versions: rows added, removed and changed (matched on the
// table's primary key), columns added and removed, and a few examples of each, from the two versions' CSV text.
import { csvTable, rowObject, stripBom } from '../csv/read';

export interface TableDiff {
  file: string;
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  rowsBefore: number;
  rowsAfter: number;
  added: number;
  removed: number;
  changed: number;
  /** Columns added or removed between the two versions. */
  columnsAdded: string[];
  columnsRemoved: string[];
  /** Up to `limit` examples of each kind: the row key, and for changes the cells that differ. */
  examples: {
    kind: 'added' | 'removed' | 'changed';
    key: string;
    cells?: { column: string; before: string; after: string }[];
  }[];
}

function parse(text: string): { columns: string[]; rows: Record<string, string>[] } {
  const { header, rows } = csvTable(stripBom(text));
  const columns = header?.cells ?? [];
  return { columns, rows: rows.map((r) => rowObject(columns, r.cells)) };
}

/** A table of `rows` rows whose text did not change between two versions. */
export function unchangedTable(file: string, rows: number): TableDiff {
  return {
    file,
    status: 'unchanged',
    rowsBefore: rows,
    rowsAfter: rows,
    added: 0,
    removed: 0,
    changed: 0,
    columnsAdded: [],
    columnsRemoved: [],
    examples: [],
  };
}

/** Row-by-row differences of one table between two versions, matching rows on the table's primary key. */
export function diffTable(
  file: string,
  before: string | null,
  after: string | null,
  key: readonly string[],
  limit = 5,
): TableDiff {
  const b = before === null ? null : parse(before);
  // The same text is the same table: read once (most tables are unchanged from one version to the next).
  const a = after === null ? null : after === before ? b : parse(after);
  const keyOf = (r: Record<string, string>) => key.map((k) => r[k] ?? '').join(' · ');
  const bm = new Map((b?.rows ?? []).map((r) => [keyOf(r), r]));
  const am = new Map((a?.rows ?? []).map((r) => [keyOf(r), r]));
  const d: TableDiff = {
    ...unchangedTable(file, 0),
    status: !b ? 'added' : !a ? 'removed' : 'unchanged',
    rowsBefore: bm.size,
    rowsAfter: am.size,
    columnsAdded: a && b ? a.columns.filter((c) => !b.columns.includes(c)) : [],
    columnsRemoved: a && b ? b.columns.filter((c) => !a.columns.includes(c)) : [],
  };
  const example = (e: TableDiff['examples'][number]) => {
    if (d.examples.filter((x) => x.kind === e.kind).length < limit) d.examples.push(e);
  };
  for (const [k, r] of am) {
    const old = bm.get(k);
    if (!old) {
      d.added++;
      if (b) example({ kind: 'added', key: k });
      continue;
    }
    const cells = (a?.columns ?? [])
      .filter((c) => (b?.columns ?? []).includes(c) && (old[c] ?? '') !== (r[c] ?? ''))
      .map((c) => ({ column: c, before: old[c] ?? '', after: r[c] ?? '' }));
    if (cells.length) {
      d.changed++;
      example({ kind: 'changed', key: k, cells });
    }
  }
  for (const k of bm.keys()) {
    if (!am.has(k)) {
      d.removed++;
      if (a) example({ kind: 'removed', key: k });
    }
  }
  if (a && b && (d.added || d.removed || d.changed || d.columnsAdded.length || d.columnsRemoved.length))
    d.status = 'changed';
  return d;
}
