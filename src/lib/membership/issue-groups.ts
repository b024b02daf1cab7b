// Groups rejected rows by kind of problem so that 40 identical problems read as one message with a count and a fix.
import type { Issue, IssueGroup } from './types';

const SHOWN_LINES = 8;

/** How to fix each kind of problem, in the words of a spreadsheet user. */
export const FIXES: Record<string, string> = {
  'unclosed-quote': 'close the quoted value with a second " (or remove the stray ").',
  'too-many-fields': 'put names that contain a comma in double quotes, e.g. "Birmingham, Ladywood".',
  'too-few-fields': 'give every row a value (or an empty cell) for each column in the header.',
  'code-invalid':
    'use the ONS code, a letter and eight digits like E14000887, or leave ons_code empty and give the constituency name.',
  'code-unknown': 'check the code against the list of seats on the Data page (2024 seats in England start E14001).',
  'name-unknown': 'spell the name as on the list of seats, or give the ons_code instead.',
  'no-seat': 'give each row an ons_code or a constituency name.',
  'date-empty': 'give every row a date.',
  'date-format':
    'write dates as YYYY-MM-DD (2024-03-31) or DD/MM/YYYY (31/03/2024); in a spreadsheet, format the column as a date before saving as CSV.',
  'date-not-real': 'check the day and month; dates like 31/03/2024 are read day first (UK order).',
  'date-future': 'the counts must be for today or earlier; check the year.',
  'date-too-early': 'check the year: the counts must be from 1900 or later.',
  'count-empty': 'give the number of members on every row (at least 1).',
  'members-zero': 'a seat with no members has no row: remove the row, or give the number of members.',
  'members-too-many': "check the number: it is a count of one local party's members.",
  'count-negative': 'counts cannot be below 0.',
  'count-too-large': 'check the number; it is larger than any count can be.',
  'count-fraction': 'counts are whole numbers of people; remove the decimals.',
  'count-separator': 'remove the thousands separators (1039, not 1,039).',
  'count-not-number': 'write counts as digits only (1039 or 1,039), without words, spaces or symbols.',
  'code-other-set':
    'put 2010–2023 seats and 2024 seats in separate files, or choose the boundary set that matches the file.',
  'name-mismatch': 'the code and the name name different seats; correct one of them, or leave the name empty.',
  'name-both-sets': 'this name is used on both boundary sets: give the ons_code or choose the boundary set above.',
  'name-ambiguous': 'several seats have this name: give the ons_code.',
  'name-other-set': 'this seat is on the other boundary set: choose the boundary set that matches the file.',
  duplicate: 'give each seat one row per date; remove or merge the repeated rows.',
};

/** One group per kind of problem (the row's first problem), largest first, then by first line. */
export function groupIssues(rejected: readonly (Issue & { code?: string })[]): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const r of rejected) {
    const code = r.code ?? 'file';
    const key = `${code}|${r.field ?? ''}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        code,
        field: r.field,
        count: 0,
        lines: [],
        example: r.reason,
        fix: FIXES[code] ?? 'see the reason on each row.',
      };
      groups.set(key, g);
    }
    g.count++;
    if (g.lines.length < SHOWN_LINES && r.line !== null) g.lines.push(r.line);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || (a.lines[0] ?? 0) - (b.lines[0] ?? 0));
}

/** "40 rows (lines 2, 3, … 41) — date "31/13/2024" is not a real date. Fix: …" as plain words. */
export function describeGroup(g: IssueGroup): string {
  const rows =
    g.count === 1
      ? `Line ${g.lines[0]}`
      : `${g.count.toLocaleString('en-GB')} rows (line${g.lines.length > 1 ? 's' : ''} ${g.lines.join(', ')}${g.count > g.lines.length ? ', …' : ''})`;
  return `${rows}: ${g.count > 1 ? 'for example, ' : ''}${g.example}. Fix: ${g.fix}`;
}
