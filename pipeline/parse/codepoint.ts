// Parser for one OS Code-Point Open CSV (one postcode area, no header): the live postcodes and their country,
// checked for shape, area and country (duplicates are caught when the district files are built).
import { DataError } from '../../src/lib/data-error';
import { normalisePostcode } from '../../src/lib/postcode/format';

const COUNTRIES: Record<string, 'E' | 'S' | 'W'> = { '"E92000001"': 'E', '"S92000003"': 'S', '"W92000004"': 'W' };
const FIELDS = 10;
const QUOTED = /^"[A-Z0-9]{2,4} [0-9][A-Z]{2}"$/;

function nthComma(row: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) at = row.indexOf(',', at + 1);
  return at;
}

export interface CodePointRow {
  /** Space-free upper case: "SW151AA". */
  postcode: string;
  line: number;
  /** Nation from Country_code: England, Scotland or Wales. */
  country: 'E' | 'S' | 'W';
}

/** Rows of `text` (the file for postcode area `area`, e.g. "SW" for sw.csv) in file order. */
export function parseCodePoint(file: string, area: string, text: string): CodePointRow[] {
  const out: CodePointRow[] = [];
  let line = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    line++;
    const row = text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    start = end + 1;
    if (row === '') throw new DataError(file, line, null, 'empty line');
    let commas = 0;
    for (let i = row.indexOf(','); i >= 0; i = row.indexOf(',', i + 1)) commas++;
    if (commas !== FIELDS - 1)
      throw new DataError(file, line, null, `row has ${commas + 1} fields, expected ${FIELDS}`);
    const quoted = row.slice(0, row.indexOf(','));
    const spaced = quoted.slice(1, -1);
    const postcode = QUOTED.test(quoted) ? normalisePostcode(spaced) : null;
    if (postcode === null)
      throw new DataError(file, line, 'Postcode', `${JSON.stringify(quoted.slice(0, 20))} is not a quoted UK postcode`);
    if (!postcode.startsWith(area) || !/[0-9]/.test(postcode.charAt(area.length)))
      throw new DataError(file, line, 'Postcode', `${quoted} is not in postcode area ${area}`);
    const countryField = row.slice(nthComma(row, 4) + 1, nthComma(row, 5));
    const country = COUNTRIES[countryField];
    if (!country) throw new DataError(file, line, 'Country_code', `${countryField} is not England, Scotland or Wales`);
    out.push({ postcode, line, country });
  }
  if (out.length === 0) throw new DataError(file, null, null, 'no postcodes');
  return out;
}
