// Catalogue cases on the hand-curated files: a temp copy of the repository's data/ folder with one file damaged,
// checked by checkCuratedFiles (the registry of curated files) as `npm run data` does.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCuratedFiles } from '../../../pipeline/lib/curated-files';
import { ROOT } from '../support/mirror';
import type { DamageCase } from './case';

const real = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** checkCuratedFiles on a copy of data/ (without raw/ and derived/) where `edit` has changed some files. */
export function curatedFilesWith(edit: (root: string) => void): number {
  const root = mkdtempSync(join(tmpdir(), 'groundwork-curated-files-'));
  try {
    cpSync(join(ROOT, 'data'), join(root, 'data'), {
      recursive: true,
      filter: (src) => !/\/data\/(raw|derived)([./-]|$)/.test(src.slice(ROOT.length)),
    });
    edit(root);
    return checkCuratedFiles(root).length;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const write = (path: string, content: string | Buffer) => (root: string) => writeFileSync(join(root, path), content);
const RLO = '\u202e';

function curatedCase(damage: string, fixture: string, rejected: string, edit: (root: string) => void): DamageCase {
  return { damage, fixture, step: 'checkCuratedFiles', expected: { rejected }, run: () => curatedFilesWith(edit) };
}

/** organisers.csv as Excel saves it on Windows: Windows-1252, with an accented letter in a note. */
const cp1252Organisers = () =>
  Buffer.from(
    real('data/organisers.csv').replace('Corroborated by PoliticsHome.', 'Corroborated by PoliticsHome (café).'),
    'latin1',
  );
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

export const CURATED_CASES: DamageCase[] = [
  curatedCase(
    'organisers.csv saved by Excel in Windows-1252',
    'temp data/: organisers.csv re-encoded as Windows-1252 with "café" in a note',
    'data/organisers.csv: not valid UTF-8 (line 2, byte 0xE9): looks like Windows-1252 (as Excel saves CSV), where that byte is "é"; save the file as UTF-8',
    write('data/organisers.csv', cp1252Organisers()),
  ),
  curatedCase(
    'organisers.csv saved as UTF-16',
    'temp data/: organisers.csv as UTF-16LE with a byte-order mark',
    'data/organisers.csv: the file is UTF-16LE text, not UTF-8; save it as UTF-8',
    write(
      'data/organisers.csv',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(real('data/organisers.csv'), 'utf16le')]),
    ),
  ),
  curatedCase(
    'organisers.csv with old-Mac (CR-only) line endings',
    'temp data/: organisers.csv with every \\n replaced by \\r',
    'data/organisers.csv: line endings are CR only (old Mac style), so the file reads as one line; save it with LF or CRLF line endings',
    write('data/organisers.csv', real('data/organisers.csv').replaceAll('\n', '\r')),
  ),
  curatedCase(
    'right-to-left override in a seat-set title (sets.json)',
    'temp data/: U+202E in the first title of seat-sets/sets.json',
    `data/seat-sets/sets.json:${lineOf(real('data/seat-sets/sets.json'), '"title"')}: invisible U+202E: a bidirectional control character, which can make text display in another order than it is stored`,
    write('data/seat-sets/sets.json', real('data/seat-sets/sets.json').replace('"title": "', `"title": "${RLO}`)),
  ),
  curatedCase(
    'right-to-left override in a claim heading (claims.json)',
    'temp data/: U+202E in the first title of claims.json',
    `data/claims.json:${lineOf(real('data/claims.json'), '"title"')}: invisible U+202E: a bidirectional control character, which can make text display in another order than it is stored`,
    write('data/claims.json', real('data/claims.json').replace('"title": "', `"title": "${RLO}`)),
  ),
  curatedCase(
    'right-to-left override in the changelog',
    'temp data/: U+202E in data/changelog.json',
    `data/changelog.json:${lineOf(real('data/changelog.json'), '"summary"')}: invisible U+202E: a bidirectional control character, which can make text display in another order than it is stored`,
    write('data/changelog.json', real('data/changelog.json').replace('"summary": "', `"summary": "${RLO}`)),
  ),
  curatedCase(
    'right-to-left override written as a \\u escape in a claim heading (claims.json)',
    'temp data/: "\\u202E" (six ASCII characters) in the first title of claims.json',
    `data/claims.json:${lineOf(real('data/claims.json'), '"title"')}: invisible U+202E (written as an escape): a bidirectional control character, which can make text display in another order than it is stored`,
    write('data/claims.json', real('data/claims.json').replace('"title": "', '"title": "\\u202E')),
  ),
  curatedCase(
    'a key written twice in one object (claims.json)',
    'temp data/: a second "title" in the first claim',
    `data/claims.json:${lineOf(real('data/claims.json'), '"title"') + 1} field "title": key written twice in one object (JSON keeps only the last value)`,
    write('data/claims.json', real('data/claims.json').replace(/("title": "[^"]*",\n)/, '$1    "title": "Another",\n')),
  ),
  curatedCase(
    'a title of spaces only (claims.json)',
    'temp data/: the first claim title is " "',
    `data/claims.json:${lineOf(real('data/claims.json'), '"title"')}: a value of spaces only: give the text, or leave it out where it is optional`,
    write('data/claims.json', real('data/claims.json').replace(/"title": "[^"]*"/, '"title": " "')),
  ),
  curatedCase(
    'zero-width space after a place name (organisers.csv)',
    "temp data/: U+200B after the first row's name_in_source",
    'data/organisers.csv:2: invisible U+200B: a zero-width or bidirectional mark, which hand-written data does not need (it can make two names look alike)',
    write('data/organisers.csv', real('data/organisers.csv').replace(/^([^\n]*\n[^,]*,[^,]*,[^,]*)/, '$1\u200b')),
  ),
  curatedCase(
    'misspelt optional key in claims.json ("notes" for "note")',
    'temp data/: the first claim\'s quote has "notes" instead of "note"',
    `data/claims.json:${lineOf(real('data/claims.json'), '"note"')} field "0.claim.notes": unknown key (misspelt?); known keys here: text, who, where, url, title`,
    write('data/claims.json', real('data/claims.json').replace('"note":', '"notes":')),
  ),
  curatedCase(
    'misspelt key in sets.json ("expected_seats")',
    'temp data/: an extra "expected_seats" key on the first seat set',
    `data/seat-sets/sets.json:3 field "0.expected_seats": unknown key (misspelt?); known keys here: id, title, description, format, file, election, compare, outcomes, completeness, expectedSeats, attributes, claim, caveat`,
    write(
      'data/seat-sets/sets.json',
      real('data/seat-sets/sets.json').replace('[\n  {\n', '[\n  {\n    "expected_seats": 13,\n'),
    ),
  ),
  curatedCase(
    'a file in data/ that no registry line covers',
    'temp data/: data/targets.csv',
    'data/targets.csv: not a known curated file: add a line for it (path and zod schema) to CURATED_FILES in pipeline/lib/curated-files.ts, or move it out of data/',
    write('data/targets.csv', 'ons_code,name\nE14000887,Putney\n'),
  ),
  curatedCase(
    'a named pipe in data/',
    'temp data/: data/seat-sets/extra.csv is a FIFO',
    'data/seat-sets/extra.csv: not a regular file (a named pipe); curated data must be plain files in the repository',
    (root) => {
      execFileSync('mkfifo', [join(root, 'data/seat-sets/extra.csv')]);
    },
  ),
];
