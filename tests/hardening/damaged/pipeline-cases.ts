// Catalogue cases on the full pipeline: a temp copy of the raw mirror (and of data/) with real files damaged.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileLedger } from '../../../pipeline/lib/ledger';
import { damagedMirror, editRow, fileOf, lineOfRow, originalText, ROOT, type DamagedMirror } from '../support/mirror';
import type { Expected } from './case';

export interface PipelineCase {
  damage: string;
  fixture: string;
  expected: Expected;
  mirror: () => DamagedMirror;
  /** For accepted input: the part of data/derived/report.json that shows the damage. */
  report?: (outDir: string) => unknown;
}

const text = (b: Buffer) => b.toString('utf8');

/** Appends `,value` to every line of a CSV (header gets `name`), keeping its line endings. */
function addColumn(csv: string, name: string, value: string): string {
  return csv.replace(
    /^(.+?)(\r?)$/gm,
    (_, line: string, cr: string, offset: number) => `${line},${offset === 0 ? name : value}${cr}`,
  );
}

export function reportEntries(
  outDir: string,
  ids: string[],
): Record<string, Pick<FileLedger, 'rowsRead' | 'rowsUsed' | 'notes'> | null> {
  const report = JSON.parse(readFileSync(join(outDir, 'report.json'), 'utf8')) as { files: FileLedger[] };
  return Object.fromEntries(
    ids.map((id) => {
      const f = report.files.find((x) => x.source === id);
      return [id, f ? { rowsRead: f.rowsRead, rowsUsed: f.rowsUsed, notes: f.notes } : null];
    }),
  );
}

// Bexhill and Battle (E14000557) in 2015: a line break inside its quoted name.
const BEXHILL = 'E14000557';
const bexhillLine = () => lineOfRow(originalText('hoc-ge2015'), BEXHILL);
const EAST_2015_2017 = 'region name "East" is read as East of England (E12000006) (58 rows)';

const LABOUR = 'data/membership/labour-year-end.csv';
const labourLines = () => readFileSync(join(ROOT, LABOUR), 'utf8').trimEnd().split('\n');
const futureLine = () => labourLines().length + 1;

export const USABLE_MIRROR = () =>
  damagedMirror({
    'hoc-ge2015': (b) => editRow(text(b), BEXHILL, (l) => l.replace(',Bexhill and Battle,', ',"Bexhill and\nBattle",')),
    'hoc-ge2017': (b) => addColumn(text(b), 'checked_by', 'TEST'),
    'hoc-ge2024': (b) => text(b).replaceAll(',East of England,', ',Eastern,'),
    'hoc-ge2019': (b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]),
    'pc-districts-2024': (b) => text(b).replace(/^((?:[^\n]*\n){3})/, '$1\n'),
  });

export const PIPELINE_CASES: PipelineCase[] = [
  {
    damage: 'quoted newline in a seat name (HoC 2015, Bexhill and Battle)',
    fixture: 'temp mirror: hoc-ge2015 with "Bexhill and\\nBattle"',
    mirror: USABLE_MIRROR,
    expected: {
      accepted: {
        'hoc-ge2015': {
          rowsRead: 650,
          rowsUsed: 650,
          notes: [`line ${bexhillLine()} field "constituency_name": a quoted value runs over 2 lines`, EAST_2015_2017],
        },
      },
    },
    report: (out) => reportEntries(out, ['hoc-ge2015']),
  },
  {
    damage: 'extra column (HoC 2017, "checked_by" added to every row)',
    fixture: 'temp mirror: hoc-ge2017 with an extra last column',
    mirror: USABLE_MIRROR,
    expected: {
      accepted: {
        'hoc-ge2017': {
          rowsRead: 650,
          rowsUsed: 650,
          notes: ['column "checked_by" is not in the expected layout and is not used', EAST_2015_2017],
        },
      },
    },
    report: (out) => reportEntries(out, ['hoc-ge2017']),
  },
  {
    damage: 'region name variant (HoC 2024, "Eastern" for East of England)',
    fixture: 'temp mirror: hoc-ge2024 with "Eastern"',
    mirror: USABLE_MIRROR,
    expected: {
      accepted: {
        'hoc-ge2024': {
          rowsRead: 650,
          rowsUsed: 650,
          notes: ['region name "Eastern" is read as East of England (E12000006) (61 rows)'],
        },
      },
    },
    report: (out) => reportEntries(out, ['hoc-ge2024']),
  },
  {
    damage: 'blank line inside the postcode districts file (after its line 3)',
    fixture: 'temp mirror: pc-districts-2024 with an empty line 4',
    mirror: USABLE_MIRROR,
    expected: {
      // As the parser reads it: the blank line is no district (it was counted as one, skipped as Great Britain's).
      accepted: { 'pc-districts-2024': { rowsRead: 6054, rowsUsed: 162, notes: [] } },
    },
    report: (out) => reportEntries(out, ['pc-districts-2024']),
  },
  {
    damage: 'seat missing from one election (HoC 2017 without Putney)',
    fixture: 'temp mirror: hoc-ge2017 without E14000887',
    mirror: () => damagedMirror({ 'hoc-ge2017': (b) => text(b).replace(/^E14000887,.*\r?\n/m, '') }),
    expected: {
      rejected: `${fileOf('hoc-ge2017')} field "ons_id": constituency E14000887 is missing (expected all 650 seats)`,
    },
  },
  {
    damage: 'boundary file with a seat missing (Dec 2022 boundaries without their first feature)',
    fixture: 'temp mirror: boundaries-2010 with features[0] removed',
    mirror: () =>
      damagedMirror({
        'boundaries-2010': (b) => {
          const g = JSON.parse(text(b)) as { features: unknown[] };
          return JSON.stringify({ ...g, features: g.features.slice(1) });
        },
      }),
    expected: { rejected: `${fileOf('boundaries-2010')} field "PCON22CD": 649 constituencies, expected 650` },
  },
  {
    damage: 'hex file with two seats in one cell (2024 hexes: Barnsley South moved onto Barnsley North)',
    fixture: 'temp mirror: hex-2024 with E14001075 at q=57, r=-23',
    mirror: () =>
      damagedMirror({
        'hex-2024': (b) =>
          text(b).replace(
            '"E14001075":{"n":"Barnsley South","r":-23,"q":58',
            '"E14001075":{"n":"Barnsley South","r":-23,"q":57',
          ),
      }),
    expected: {
      rejected: `${fileOf('hex-2024')}:6 field "q,r": hexes "E14001074" and "E14001075" are both at q=57, r=-23`,
    },
  },
  {
    damage: 'membership file with a date in the future (copy of data/membership/labour-year-end.csv)',
    fixture: 'temp data/: labour-year-end.csv with a 2099-12-31 row appended',
    mirror: () =>
      damagedMirror(
        {},
        {
          [LABOUR]: `${labourLines().join('\n')}\n2099-12-31,day,lab,1,year-end-accounts,https://example.org/test,TEST DATA,low,A test row dated in the future.\n`,
        },
      ),
    expected: {
      rejected: `data/membership/labour-year-end.csv:${futureLine()} field "date": date 2099-12-31 is in the future (today is 2026-01-01)`,
    },
  },
  {
    damage: 'party label spelled out in full (HoC 2024, "Labour" for "Lab" as Aberafan Maesteg\'s First party)',
    fixture: 'temp mirror: hoc-ge2024 with First party "Labour" on W07000081',
    mirror: () =>
      damagedMirror({
        'hoc-ge2024': (b) =>
          editRow(text(b), 'W07000081', (l) => l.replace(',Lab hold,Lab,RUK,', ',Lab hold,Labour,RUK,')),
      }),
    expected: {
      rejected: `${fileOf('hoc-ge2024')}:2 field "First party": unknown party label "Labour": not one of the short labels the results files use (Con, Lab, LD, SNP, PC, Green, …) nor a declared small party; add it to pipeline/lib/labels.ts if it is real`,
    },
  },
  {
    damage: 'a Welsh seat given the London region (HoC 2024, Aberafan Maesteg)',
    fixture: 'temp mirror: hoc-ge2024 with W07000081 in E12000007 London',
    mirror: () =>
      damagedMirror({
        'hoc-ge2024': (b) =>
          editRow(text(b), 'W07000081', (l) =>
            l.replace(',W92000004,Aberafan Maesteg,,Wales,', ',E12000007,Aberafan Maesteg,,London,'),
          ),
      }),
    expected: {
      rejected: `${fileOf('hoc-ge2024')}:2 field "ONS region ID": region E12000007 (London) is not in the nation of W07000081 (W92000004, from the code's prefix)`,
    },
  },
  {
    damage: 'a seat dropped from the Leave file (2010-2023 seats, E14000530)',
    fixture: 'temp mirror: leave-2010 without E14000530',
    mirror: () => damagedMirror({ 'leave-2010': (b) => text(b).replace(/^E14000530,.*\r?\n/m, '') }),
    expected: {
      rejected: `${fileOf('leave-2010')} field "PCON11CD": constituency missing from the file: E14000530 (the file should cover it; no "Figure to use" would be shown)`,
    },
  },
  {
    damage: 'a seat dropped from the deprivation file',
    fixture: 'temp mirror: imd without its first data row',
    mirror: () => damagedMirror({ imd: (b) => text(b).replace(/\n[^\n]*\n/, '\n') }),
    expected: {
      rejected: `${fileOf('imd')} field "gss-code": constituency missing from the file: N06000004 (the file should cover it; no "pcon-deprivation-score" would be shown)`,
    },
  },
  {
    damage: 'official notional turnout above 100% (Liverpool Riverside valid votes 812,345)',
    fixture: 'temp mirror: notional-2019-json with valid_votes 812345 for E14001338',
    mirror: () =>
      damagedMirror({
        'notional-2019-json': (b) =>
          text(b).replace('"majority": 32800, "valid_votes": 42416', '"majority": 32800, "valid_votes": 812345'),
      }),
    expected: {
      rejected: `${fileOf('notional-2019-json')} field "item 1.valid_votes": E14001338: 812345 valid votes exceed the electorate 70157 (${fileOf('notional-2019-csv')} line 277); turnout would be 1158%`,
    },
  },
  {
    damage: "organisers row whose code is another seat than its name (Putney's code on the Hastings row)",
    fixture: 'temp data/: organisers.csv with E14000887 on the Hastings row',
    mirror: () =>
      damagedMirror(
        {},
        {
          'data/organisers.csv': readFileSync(join(ROOT, 'data/organisers.csv'), 'utf8').replace(
            'cou-2019,E14000735,,Hastings,',
            'cou-2019,E14000887,,Hastings,',
          ),
        },
      ),
    expected: {
      rejected: `data/organisers.csv:${
        readFileSync(join(ROOT, 'data/organisers.csv'), 'utf8')
          .split('\n')
          .findIndex((l) => l.startsWith('cou-2019,E14000735,,Hastings,')) + 1
      } field "name_in_source": "Hastings" is not the name of E14000887 ("Putney"); if the source names this seat differently, say so in the note, naming "Putney"`,
    },
  },
  {
    damage: 'a postcode regex nested 5,000 groups deep (would exhaust the stack)',
    fixture: "temp mirror: pc-old-a with E14000739's regex as 5,000 nested groups",
    mirror: () =>
      damagedMirror({
        'pc-old-a': (b) => {
          const json = JSON.parse(text(b)) as Record<string, string>;
          json.E14000739 = `^${'(?:A'.repeat(5000)}${')'.repeat(5000)}$`;
          return JSON.stringify(json);
        },
      }),
    expected: {
      rejected: `${fileOf('pc-old-a')} field "E14000739": regex nested 5000 groups deep (more than 40); not a postcode pattern`,
    },
  },
];
