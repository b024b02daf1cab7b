// Parser for one OS Code-Point Open CSV (one postcode area, no header): the live postcodes, their country and their
// local authority, checked for shape, area, country and code (duplicates are caught when the district files are built).
import { DataError } from '../../src/lib/data-error';
import { isCompactPostcode } from '../../src/lib/postcode/format';

const COUNTRIES = [
  ['"E92000001"', 'E'],
  ['"S92000003"', 'S'],
  ['"W92000004"', 'W'],
] as const;
const FIELDS = 10;
const QUOTED = /^"[A-Z0-9]{2,4} [0-9][A-Z]{2}"$/;
/** A quoted local authority code (Admin_district_code): English unitary, district, metropolitan or London, Scottish, Welsh. */
const AUTHORITY = /^"(E0[6789]|S12|W06)[0-9]{6}"$/;

/** Counts the commas in text[from, to), keeping the positions of the first ones in `at`. */
function findCommas(text: string, from: number, to: number, at: Int32Array): number {
  let n = 0;
  for (let i = text.indexOf(',', from); i >= 0 && i < to; i = text.indexOf(',', i + 1)) {
    if (n < at.length) at[n] = i;
    n++;
  }
  return n;
}

/** The nation whose quoted country code is text[from, to), or undefined. */
function countryAt(text: string, from: number, to: number): CodePointRow['country'] | undefined {
  for (const [code, nation] of COUNTRIES) if (to - from === code.length && text.startsWith(code, from)) return nation;
  return undefined;
}

export interface CodePointRow {
  /** Space-free upper case: "SW151AA". */
  postcode: string;
  line: number;
  /** Nation from Country_code: England, Scotland or Wales. */
  country: 'E' | 'S' | 'W';
  /** The local authority's ONS code (Admin_district_code), e.g. "E09000032"; null where Code-Point gives none. */
  localAuthority: string | null;
}

/** Rows of `text` (the file for postcode area `area`, e.g. "SW" for sw.csv) in file order. */
export function parseCodePoint(file: string, area: string, text: string): CodePointRow[] {
  const out: CodePointRow[] = [];
  const commaAt = new Int32Array(FIELDS - 1);
  // One string per local authority, shared by its rows.
  const authorities = new Map<string, string>();
  let line = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    line++;
    const rowEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const rowStart = start;
    start = end + 1;
    if (rowEnd === rowStart) throw new DataError(file, line, null, 'empty line');
    const commas = findCommas(text, rowStart, rowEnd, commaAt);
    if (commas !== FIELDS - 1)
      throw new DataError(file, line, null, `row has ${commas + 1} fields, expected ${FIELDS}`);
    const quoted = text.slice(rowStart, commaAt[0]);
    // '"SW15 1AA"' -> "SW151AA" (the pattern allows no other space, nor lower case)
    const compact = QUOTED.test(quoted) ? quoted.slice(1, -5) + quoted.slice(-4, -1) : null;
    const postcode = compact !== null && isCompactPostcode(compact) ? compact : null;
    if (postcode === null)
      throw new DataError(file, line, 'Postcode', `${JSON.stringify(quoted.slice(0, 20))} is not a quoted UK postcode`);
    const afterArea = postcode.charCodeAt(area.length);
    if (!postcode.startsWith(area) || !(afterArea >= 48 && afterArea <= 57))
      throw new DataError(file, line, 'Postcode', `${quoted} is not in postcode area ${area}`);
    const country = countryAt(text, commaAt[3]! + 1, commaAt[4]!);
    if (!country)
      throw new DataError(
        file,
        line,
        'Country_code',
        `${text.slice(commaAt[3]! + 1, commaAt[4])} is not England, Scotland or Wales`,
      );
    const quotedAuthority = text.slice(commaAt[7]! + 1, commaAt[8]);
    let localAuthority: string | null = null;
    if (quotedAuthority !== '""') {
      localAuthority = authorities.get(quotedAuthority) ?? null;
      if (localAuthority === null) {
        if (!AUTHORITY.test(quotedAuthority))
          throw new DataError(
            file,
            line,
            'Admin_district_code',
            `${quotedAuthority.slice(0, 20)} is not a local authority code (E06, E07, E08, E09, S12 or W06 and 6 digits)`,
          );
        localAuthority = quotedAuthority.slice(1, -1);
        authorities.set(quotedAuthority, localAuthority);
      }
    }
    out.push({ postcode, line, country, localAuthority });
  }
  if (out.length === 0) throw new DataError(file, null, null, 'no postcodes');
  return out;
}
