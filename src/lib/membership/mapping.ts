// Which column of a reader's file holds which field (date, members, seat code or name, ...) and how its dates are
// written: a guess from the header and the first rows, what is still missing, and the header renamed for the parser.
import { CODE_COLUMN, NAME_COLUMN } from './format';

export const MAPPED_FIELDS = ['date', 'members', CODE_COLUMN, NAME_COLUMN, 'activists', 'trained', 'party'] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];

/** auto: YYYY-MM-DD, or slash dates read day first unless the file shows month first. */
export const DATE_FORMATS = ['auto', 'dmy', 'ymd', 'mdy'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

export interface ColumnMapping {
  /** Column index (0-based) of each field, or null when the file has none. */
  columns: Record<MappedField, number | null>;
  dateFormat: DateFormat;
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Header names (normalised: lower case, letters and digits only) taken to mean each field. */
const NAMES: Record<MappedField, readonly string[]> = {
  ons_code: [
    'onscode',
    'code',
    'onsid',
    'pcon',
    'pconcode',
    'pcon10cd',
    'pcon17cd',
    'pcon24cd',
    'pcon25cd',
    'pconcd',
    'constituencycode',
    'seatcode',
    'gsscode',
    'onsconstituencycode',
    'areacode',
  ],
  constituency: [
    'constituency',
    'constituencyname',
    'seat',
    'seatname',
    'name',
    'pconname',
    'pconnm',
    'pcon10nm',
    'pcon17nm',
    'pcon24nm',
    'clp',
    'clpname',
    'area',
    'areaname',
  ],
  date: [
    'date',
    'asat',
    'asof',
    'asatdate',
    'asofdate',
    'month',
    'week',
    'day',
    'snapshot',
    'snapshotdate',
    'reportdate',
    'period',
    'datecounted',
    'countdate',
  ],
  members: [
    'members',
    'membership',
    'membercount',
    'memberscount',
    'totalmembers',
    'memberstotal',
    'totalmembership',
    'nummembers',
    'numberofmembers',
    'noofmembers',
    'headcount',
    'count',
    'total',
  ],
  activists: ['activists', 'activist', 'active', 'activemembers', 'activistcount', 'volunteers'],
  trained: ['trained', 'numbertrained', 'trainedcount', 'peopletrained', 'trainedmembers'],
  party: ['party', 'partyname'],
};

/** Words that, inside a longer header, point at a field (tried after the exact names). */
const HINTS: [MappedField, RegExp][] = [
  [CODE_COLUMN, /code|gss|pcon.*cd/],
  ['date', /date|asat|asof/],
  ['activists', /activ|volunt/],
  ['trained', /train/],
  ['members', /member/],
  [NAME_COLUMN, /constituency|seat|clp/],
  ['party', /party/],
];

const SEAT_CODE = /^[ENSW]\d{8}$/i;
const ISO_DATE = /^\d{4}-\d{1,2}-\d{1,2}$/;
const SLASH_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const COUNT = /^\d{1,3}(,\d{3})+$|^\d+$/;

function mostly(values: readonly string[], test: (v: string) => boolean): boolean {
  const given = values.map((v) => v.trim()).filter((v) => v !== '');
  return given.length > 0 && given.filter(test).length >= given.length * 0.8;
}

/** How the date cells are written: ymd when all are YYYY-MM-DD, mdy when a middle number is above 12, else dmy or auto. */
export function guessDateFormat(values: readonly string[]): DateFormat {
  const given = values.map((v) => v.trim()).filter((v) => v !== '');
  if (!given.length) return 'auto';
  if (given.every((v) => ISO_DATE.test(v))) return 'ymd';
  let dayFirst = false;
  let monthFirst = false;
  for (const v of given) {
    const m = SLASH_DATE.exec(v);
    if (!m) return 'auto';
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12) monthFirst = true;
  }
  if (dayFirst === monthFirst) return dayFirst ? 'auto' : 'dmy';
  return monthFirst ? 'mdy' : 'dmy';
}

/** The likeliest mapping for a file with this header and these first rows. */
export function guessMapping(header: readonly string[], samples: readonly (readonly string[])[]): ColumnMapping {
  const names = header.map(norm);
  const column = (i: number) => samples.map((r) => r[i] ?? '');
  const columns = Object.fromEntries(MAPPED_FIELDS.map((f) => [f, null])) as Record<MappedField, number | null>;
  const used = new Set<number>();
  const take = (field: MappedField, i: number) => {
    if (columns[field] !== null || used.has(i) || i < 0) return;
    columns[field] = i;
    used.add(i);
  };
  for (const field of MAPPED_FIELDS) {
    const i = names.findIndex((n, at) => !used.has(at) && NAMES[field].includes(n));
    take(field, i);
  }
  for (const [field, hint] of HINTS)
    take(
      field,
      names.findIndex((n, at) => !used.has(at) && hint.test(n)),
    );
  // Still nothing: look at the values.
  const free = header.map((_, i) => i).filter((i) => !used.has(i));
  take(
    CODE_COLUMN,
    free.find((i) => columns[CODE_COLUMN] === null && mostly(column(i), (v) => SEAT_CODE.test(v))) ?? -1,
  );
  take(
    'date',
    free.find((i) => !used.has(i) && mostly(column(i), (v) => ISO_DATE.test(v) || SLASH_DATE.test(v))) ?? -1,
  );
  if (columns[CODE_COLUMN] === null && columns[NAME_COLUMN] === null) {
    take(NAME_COLUMN, free.find((i) => !used.has(i) && mostly(column(i), (v) => /[a-z]/i.test(v))) ?? -1);
  }
  take('members', free.find((i) => !used.has(i) && mostly(column(i), (v) => COUNT.test(v))) ?? -1);
  const dates = columns.date === null ? [] : column(columns.date);
  return { columns, dateFormat: guessDateFormat(dates) };
}

/** What stops a column choice being read, each with the fields it concerns (to mark those controls). */
export function mappingIssues(m: ColumnMapping): { message: string; fields: MappedField[] }[] {
  const out: { message: string; fields: MappedField[] }[] = [];
  if (m.columns.date === null) out.push({ message: 'choose the column with the date', fields: ['date'] });
  if (m.columns.members === null)
    out.push({ message: 'choose the column with the members count', fields: ['members'] });
  if (m.columns[CODE_COLUMN] === null && m.columns[NAME_COLUMN] === null)
    out.push({ message: 'choose the column with the seat code or the seat name', fields: [CODE_COLUMN, NAME_COLUMN] });
  const seen = new Map<number, MappedField>();
  for (const f of MAPPED_FIELDS) {
    const i = m.columns[f];
    if (i === null) continue;
    const other = seen.get(i);
    if (other) out.push({ message: `the same column is chosen for ${other} and ${f}`, fields: [other, f] });
    seen.set(i, f);
  }
  return out;
}

/** What stops the mapping being read, in words; empty when it can be. */
export function mappingProblems(m: ColumnMapping): string[] {
  return mappingIssues(m).map((i) => i.message);
}

/** True when every field sits in the column of its own name (a file in the documented format). */
export function isDocumentedFormat(header: readonly string[], m: ColumnMapping): boolean {
  const names = header.map((h) => h.trim().toLowerCase());
  return MAPPED_FIELDS.every((f) => (m.columns[f] === null ? !names.includes(f) : names[m.columns[f]!] === f));
}

/**
 * The header as the parser reads it: each mapped column renamed to its field, and any other column that carries a
 * field's name renamed so it is not read as that field.
 */
export function mappedHeader(header: readonly string[], m: ColumnMapping): string[] {
  const fieldAt = new Map<number, MappedField>();
  for (const f of MAPPED_FIELDS) if (m.columns[f] !== null) fieldAt.set(m.columns[f]!, f);
  return header.map((h, i) => {
    const field = fieldAt.get(i);
    if (field) return field;
    const name = h.trim().toLowerCase();
    return (MAPPED_FIELDS as readonly string[]).includes(name) ? `${name} (not used)` : name;
  });
}

/** Words for a date format, for the select and the notes. */
export const DATE_FORMAT_LABELS: Record<DateFormat, string> = {
  auto: 'Work it out from the file',
  dmy: 'dd/mm/yyyy (day first, UK)',
  ymd: 'yyyy-mm-dd',
  mdy: 'mm/dd/yyyy (month first, US)',
};

/** Words for each field, for the mapping form's labels. */
export const FIELD_LABELS: Record<MappedField, string> = {
  date: 'Date of the figures',
  members: 'Members count',
  ons_code: 'Seat code (ONS)',
  constituency: 'Seat name',
  activists: 'Activists (optional)',
  trained: 'Trained (optional)',
  party: 'Party (optional)',
};
