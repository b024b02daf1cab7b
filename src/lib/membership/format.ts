// The bring-your-own membership CSV format: its columns, limits and defaults, written once for the parser and the docs.

export const CODE_COLUMN = 'ons_code';
export const NAME_COLUMN = 'constituency';

export interface ColumnSpec {
  name: string;
  required: 'yes' | 'no' | 'one of ons_code / constituency';
  description: string;
}

export const COLUMNS: readonly ColumnSpec[] = [
  {
    name: 'ons_code',
    required: 'one of ons_code / constituency',
    description:
      'ONS constituency code, e.g. E14000887 (2010–2023 seats) or E14001434 (2024 seats). The code decides the boundary set.',
  },
  {
    name: 'constituency',
    required: 'one of ons_code / constituency',
    description:
      'Constituency name, used when ons_code is empty. Case, accents and punctuation do not matter; a name used on both boundary sets needs the code or a chosen boundary set.',
  },
  {
    name: 'date',
    required: 'yes',
    description:
      'The date the counts refer to, from 1900 and not in the future: YYYY-MM-DD, or DD/MM/YYYY as spreadsheets export it (read day first, UK order, unless the file shows month-first dates like 03/31/2024).',
  },
  {
    name: 'members',
    required: 'yes',
    description:
      "Members of the constituency party on that date: a whole number from 1 to 2,000,000; a spreadsheet's thousands separators (1,039) are accepted.",
  },
  {
    name: 'activists',
    required: 'no',
    description: 'Active members on that date (your own definition): a whole number, or empty.',
  },
  {
    name: 'trained',
    required: 'no',
    description: 'People trained (for example in organising) by that date: a whole number, or empty.',
  },
  {
    name: 'party',
    required: 'no',
    description: 'The party. One party per file: if the column is there, every non-empty value must be the same.',
  },
];

export const KNOWN_COLUMNS: readonly string[] = COLUMNS.map((c) => c.name);

/** Published (build-time) counts below this are shown as "fewer than 10". */
export const DEFAULT_THRESHOLD = 10;

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_ROWS = 200_000;
