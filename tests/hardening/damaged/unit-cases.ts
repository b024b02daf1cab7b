// Catalogue cases that drive the real parsers and steps on small damaged fixtures (TEST DATA under tests/fixtures/damaged).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ledger } from '../../../pipeline/lib/ledger';
import { BOM_NOTE } from '../../../src/lib/text';
import { decodeText } from '../../../src/lib/text';
import { LAYOUTS, parseHocResults } from '../../../pipeline/parse/hoc-results';
import { loadCurated } from '../../../pipeline/steps/curated';
import { buildMapGeometry } from '../../../pipeline/steps/geometry';
import type { DamageCase, Expected } from './case';
import { ALL_650, fixtureBytes, fixtureText, NAMES_650, padTo650, SEAT_NAMES, THREE } from './fixtures';

/** Parses a 2019-layout HoC fixture; padded fixtures get 647 filler seats so a usable file can be accepted. */
function hoc(name: string, pad = false) {
  const file = `hoc/${name}.csv`;
  const text = pad ? padTo650(fixtureText(file)) : fixtureText(file);
  const ledger = new Ledger();
  const parsed = parseHocResults(
    {
      source: 'hoc-fixture',
      file,
      text,
      election: '2019',
      layout: LAYOUTS['2019'],
      knownCodes: pad ? ALL_650 : THREE,
      knownNames: pad ? NAMES_650 : SEAT_NAMES,
    },
    ledger,
  );
  const [entry] = ledger.entries();
  return {
    rowsRead: entry!.rowsRead,
    rowsUsed: entry!.rowsUsed,
    skipped: entry!.skipped,
    notes: entry!.notes,
    seatB: parsed.seats[1],
    output: { results: parsed.results, seats: parsed.seats },
  };
}

/** What the undamaged fixture gives: accepted damage must give exactly this output, or it is silently wrong. */
const cleanHoc = () => hoc('valid', true).output;

const SEAT_B = { code: 'E14900002', name: 'Test Seat B', region: 'E12000006', nation: 'E92000001' };
const accepted = (notes: string[], seatB = SEAT_B) => ({
  accepted: { rowsRead: 650, rowsUsed: 650, skipped: [], notes, seatB },
});
const HOC = 'parseHocResults (2019 layout)';

function hocCase(damage: string, name: string, expected: Expected): DamageCase {
  return {
    damage,
    fixture: `hoc/${name}.csv`,
    step: HOC,
    expected,
    run: () => hoc(name, 'accepted' in expected),
    clean: cleanHoc,
  };
}

const CURATED_VALID = fileURLToPath(new URL('../../fixtures/curated/valid/', import.meta.url));
const CURATED_CODES = new Set(['E14000001', 'E14000002', 'E14000003', 'W07000001']);

/** loadCurated on a copy of the curated test root with `target` replaced by a damaged fixture. */
function curatedWith(target: string, fixture: string) {
  const root = mkdtempSync(join(tmpdir(), 'groundwork-curated-'));
  try {
    cpSync(CURATED_VALID, root, { recursive: true });
    cpSync(fileURLToPath(new URL(`../../fixtures/damaged/${fixture}`, import.meta.url)), join(root, target));
    const data = loadCurated(root, CURATED_CODES, '2026-01-15');
    return {
      organisers: data.organisers.length,
      labourYearEnd: data.membership.labourYearEnd.length,
      notes: data.notes,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function geometry(name: string, kind: 'geo' | 'hex') {
  const file = `geometry/${name}`;
  const g = buildMapGeometry({ file, text: fixtureText(file), set: '2010', kind, knownCodes: THREE });
  return { seats: g.seats.length, windingFixedInput: g.report.windingFixedInput };
}

/** A damaged map file under geometry/, read by buildMapGeometry as a boundary (.geojson) or hex (.hexjson) map. */
function geometryCase(damage: string, name: string, expected: Expected): DamageCase {
  const kind = name.endsWith('.hexjson') ? 'hex' : 'geo';
  return {
    damage,
    fixture: `geometry/${name}`,
    step: `buildMapGeometry (${kind})`,
    expected,
    run: () => geometry(name, kind),
  };
}

const LABOUR_YEAR_END = 'data/membership/labour-year-end.csv';
const ORGANISERS = 'data/organisers.csv';

/** A damaged hand-curated file under curated/, standing in for `target` when loadCurated reads the curated root. */
function curatedCase(damage: string, name: string, target: string, expected: Expected): DamageCase {
  return {
    damage,
    fixture: `curated/${name}`,
    step: 'loadCurated',
    expected,
    run: () => curatedWith(target, `curated/${name}`),
  };
}

export const UNIT_CASES: DamageCase[] = [
  hocCase('empty file', 'empty', { rejected: 'hoc/empty.csv: file is empty' }),
  hocCase('header only', 'header-only', {
    rejected: 'hoc/header-only.csv field "ONS ID": constituency E14900001 is missing (expected all 650 seats)',
  }),
  hocCase('missing column (Lab deleted)', 'missing-column', {
    rejected: 'hoc/missing-column.csv:1 field "Lab": missing column',
  }),
  hocCase('renamed column ("Valid Votes")', 'renamed-column', {
    rejected: 'hoc/renamed-column.csv:1 field "Valid votes": missing column',
  }),
  hocCase(
    'extra column ("Notes")',
    'extra-column',
    accepted(['column "Notes" is not in the expected layout and is not used']),
  ),
  hocCase('extra field in one row', 'extra-field', {
    rejected: 'hoc/extra-field.csv:3: row has 24 fields, header has 23',
  }),
  hocCase('byte-order mark', 'bom', accepted([BOM_NOTE])),
  hocCase('truncated last line', 'truncated-last-line', {
    rejected: 'hoc/truncated-last-line.csv:4 field "BRX": row has 12 fields, header has 23 (truncated row?)',
  }),
  hocCase('truncated inside a quoted value', 'truncated-in-quote', {
    rejected: 'hoc/truncated-in-quote.csv: malformed CSV: hoc/truncated-in-quote.csv:4: Quoted field unterminated',
  }),
  hocCase(
    'quoted newline in a name',
    'quoted-newline',
    accepted(['line 3 field "Constituency name": a quoted value runs over 2 lines']),
  ),
  hocCase('duplicate seat', 'duplicate-seat', {
    rejected: 'hoc/duplicate-seat.csv:4 field "ONS ID": duplicate constituency code E14900001 (first on line 2)',
  }),
  hocCase('unknown code', 'unknown-code', {
    rejected:
      'hoc/unknown-code.csv:3 field "ONS ID": unknown constituency code "E14999999" (not in the 2010-2023 boundary set)',
  }),
  hocCase('code and name disagreeing (names of two seats swapped)', 'code-name-disagree', {
    rejected:
      'hoc/code-name-disagree.csv:2 field "Constituency name": "Test Seat B" is not the name the boundary file gives E14900001 ("Test Seat A")',
  }),
  hocCase('votes negative', 'votes-negative', { rejected: 'hoc/votes-negative.csv:3 field "BRX": negative count -50' }),
  hocCase('votes fractional', 'votes-fractional', {
    rejected: 'hoc/votes-fractional.csv:4 field "Lab": "400.5" is not a whole number',
  }),
  hocCase('votes non-numeric (thousands separator)', 'votes-non-numeric', {
    rejected: 'hoc/votes-non-numeric.csv:4 field "Con": "1,450" is not a whole number',
  }),
  hocCase('votes huge', 'votes-huge', {
    rejected: 'hoc/votes-huge.csv:4 field "Lab": implausibly large count 25000000',
  }),
  hocCase('votes not summing to valid votes', 'votes-not-summing', {
    rejected: 'hoc/votes-not-summing.csv:4 field "Valid votes": party votes sum to 1000, not the 999 valid votes',
  }),
  hocCase('valid votes above electorate', 'valid-above-electorate', {
    rejected: 'hoc/valid-above-electorate.csv:4 field "Valid votes": valid votes 1000 exceed the electorate 950',
  }),
  hocCase(
    'region name variant ("East")',
    'region-name-variant',
    accepted(['region name "East" is read as East of England (E12000006) (1 row)']),
  ),
  hocCase('region code and name disagreeing', 'region-code-name-disagree', {
    rejected:
      'hoc/region-code-name-disagree.csv:4 field "Region name": region name "Scotland" disagrees with the region code E12000007 (London)',
  }),
  hocCase('seat missing from one election', 'seat-missing', {
    rejected: 'hoc/seat-missing.csv field "ONS ID": constituency E14900003 is missing (expected all 650 seats)',
  }),
  hocCase('party label spelled out ("Conservative" for "Con")', 'first-party-spelled-out', {
    rejected:
      'hoc/first-party-spelled-out.csv:3 field "First party": unknown party label "Conservative": not one of the short labels the results files use (Con, Lab, LD, SNP, PC, Green, …) nor a declared small party; add it to pipeline/lib/labels.ts if it is real',
  }),
  hocCase('majority larger than the vote (236%)', 'majority-above-vote', {
    rejected: 'hoc/majority-above-vote.csv:4 field "Majority": majority 2360 is more than the 1000 valid votes',
  }),
  hocCase('region in another nation (English seat given Wales)', 'region-wrong-nation', {
    rejected:
      'hoc/region-wrong-nation.csv:4 field "ONS region ID": region W92000004 (Wales) is not in the nation of E14900003 (E92000001, from the code\'s prefix)',
  }),
  {
    damage: 'Windows-1252 text read as UTF-8',
    fixture: 'text/cp1252-read-as-utf8.csv',
    step: 'decodeText (utf-8)',
    expected: {
      rejected:
        'text/cp1252-read-as-utf8.csv: not valid UTF-8 (line 3, byte 0xF4): looks like Windows-1252 (as Excel saves CSV), where that byte is "ô"; save the file as UTF-8',
    },
    run: () => decodeText('text/cp1252-read-as-utf8.csv', fixtureBytes('text/cp1252-read-as-utf8.csv'), 'utf-8'),
  },
  {
    damage: 'UTF-8 text read as Windows-1252 (mojibake)',
    fixture: 'text/utf8-read-as-cp1252.csv',
    step: 'decodeText (windows-1252)',
    expected: {
      rejected:
        'text/utf8-read-as-cp1252.csv:3: encoding damage: "Ã´" looks like text decoded with the wrong character set',
    },
    run: () => decodeText('text/utf8-read-as-cp1252.csv', fixtureBytes('text/utf8-read-as-cp1252.csv'), 'windows-1252'),
  },
  {
    damage: 'bidirectional override control in a name',
    fixture: 'text/bidi-override.csv',
    step: 'decodeText (utf-8)',
    expected: {
      rejected:
        'text/bidi-override.csv:3: invisible U+202E: a bidirectional control character, which can make text display in another order than it is stored',
    },
    run: () => decodeText('text/bidi-override.csv', fixtureBytes('text/bidi-override.csv'), 'utf-8'),
  },
  {
    damage: 'old-Mac (CR-only) line endings',
    fixture: 'text/cr-only.csv',
    step: 'decodeText (utf-8)',
    expected: {
      rejected:
        'text/cr-only.csv: line endings are CR only (old Mac style), so the file reads as one line; save it with LF or CRLF line endings',
    },
    run: () => decodeText('text/cr-only.csv', fixtureBytes('text/cr-only.csv'), 'utf-8'),
  },
  {
    damage: 'UTF-16 text (no byte-order mark) where UTF-8 is expected',
    fixture: 'text/utf16le.csv',
    step: 'decodeText (utf-8)',
    expected: { rejected: 'text/utf16le.csv: the file is UTF-16LE text, not utf-8' },
    run: () => decodeText('text/utf16le.csv', fixtureBytes('text/utf16le.csv'), 'utf-8'),
  },
  {
    damage: 'a 5 MB cell (a vote count) echoed in the message',
    fixture: 'hoc/valid.csv with Test Seat B\'s Con cell replaced by 5,000,000 "9x"',
    step: HOC,
    expected: {
      rejected: `hoc/huge-cell.csv:3 field "Con": "${'9x'.repeat(29)}9… [5,000,002 characters] is not a whole number`,
    },
    run: () => {
      const text = fixtureText('hoc/valid.csv').replace(
        ',1800,900,100,400,',
        `,1800,900,100,${'9x'.repeat(2_500_000)},`,
      );
      return parseHocResults(
        {
          source: 'hoc-fixture',
          file: 'hoc/huge-cell.csv',
          text,
          election: '2019',
          layout: LAYOUTS['2019'],
          knownCodes: THREE,
          knownNames: SEAT_NAMES,
        },
        new Ledger(),
      );
    },
  },
  geometryCase('boundary file with a seat missing', 'seat-missing.geojson', {
    rejected: 'geometry/seat-missing.geojson field "PCON22CD": known code is missing from the file: "E14900003"',
  }),
  geometryCase('boundary ring wound the wrong way', 'wrong-winding.geojson', {
    accepted: { seats: 3, windingFixedInput: 1 },
  }),
  geometryCase('hex file with two seats in one cell', 'two-in-one-cell.hexjson', {
    rejected: 'geometry/two-in-one-cell.hexjson:6 field "q,r": hexes "E14900001" and "E14900002" are both at q=0, r=0',
  }),
  ...(
    [
      [
        'a seat with longitude and latitude swapped',
        'lonlat-swapped.geojson',
        'geometry/lonlat-swapped.geojson:4 field "geometry.coordinates": feature 2 ("E14900003"): position [53, -1] is outside the UK (longitude -11 to 3, latitude 49 to 61.5); longitude and latitude look swapped',
      ],
      [
        'a seat at 0,0',
        'at-origin.geojson',
        'geometry/at-origin.geojson:4 field "geometry.coordinates": feature 2 ("E14900003"): position [0, 0] is outside the UK (longitude -11 to 3, latitude 49 to 61.5)',
      ],
      [
        'an empty MultiPolygon',
        'empty-multipolygon.geojson',
        'geometry/empty-multipolygon.geojson:4 field "geometry.coordinates": feature 2 ("E14900003") is a MultiPolygon with no polygons (an empty shape)',
      ],
      [
        'a hex at q=100000',
        'hex-far-away.hexjson',
        'geometry/hex-far-away.hexjson:6 field "q": hex "E14900002" at q=100000, r=0 is outside the layout: the hexes would span more than 120 columns (most are near q=1, r=0)',
      ],
    ] as const
  ).map(([damage, name, rejected]) => geometryCase(damage, name, { rejected })),
  ...(
    [
      [
        'membership of 10^20',
        'membership-huge.csv',
        'data/membership/labour-year-end.csv:3 field "members": 100000000000000000000 members is outside 1 to 2,000,000 (a national party\'s plausible range)',
      ],
      [
        'zero members',
        'membership-zero.csv',
        'data/membership/labour-year-end.csv:3 field "members": 0 members is outside 1 to 2,000,000 (a national party\'s plausible range)',
      ],
      [
        'a membership date of 0001-01-01',
        'membership-ancient-date.csv',
        'data/membership/labour-year-end.csv:3 field "date": 0001-01-01 is before 1900-01-01, outside the period covered',
      ],
      [
        'membership file with a date in the future',
        'labour-year-end-future-date.csv',
        'data/membership/labour-year-end.csv:3 field "date": date 2099-12-31 is in the future (today is 2026-01-15)',
      ],
    ] as const
  ).map(([damage, name, rejected]) => curatedCase(damage, name, LABOUR_YEAR_END, { rejected })),
  curatedCase('extra column in a hand-curated file', 'organisers-extra-column.csv', ORGANISERS, {
    rejected:
      'data/organisers.csv:1 field "comment": unexpected column: the file should have exactly set_id, ons_code, local_authority_code, name_in_source, election, link_kind, source_url, source_title, confidence, note',
  }),
  curatedCase('control character in a hand-curated file', 'organisers-control-char.csv', ORGANISERS, {
    rejected: 'data/organisers.csv:2: invisible U+0000: a control character',
  }),
];

/** A hand-curated file with a byte-order mark: accepted, and the mark is noted for the report. */
export const curatedBom = () => curatedWith(ORGANISERS, 'curated/organisers-bom.csv');
