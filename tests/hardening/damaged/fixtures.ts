// Reads the damaged-input fixtures (TEST DATA, invented seats E14900001-3) and pads HoC fixtures to the 650 seats the parser insists on.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HEADER as HOC_2019_HEADER } from '../../fixtures/pipeline/hoc-2019';

const DIR = fileURLToPath(new URL('../../fixtures/damaged/', import.meta.url));

export const fixtureText = (path: string): string => readFileSync(DIR + path, 'utf8');
export const fixtureBytes = (path: string): Uint8Array => new Uint8Array(readFileSync(DIR + path));

/** The three invented seats of the HoC fixtures and their names (as a boundary file would give them). */
export const SEAT_NAMES = new Map([
  ['E14900001', 'Test Seat A'],
  ['E14900002', 'Test Seat B'],
  ['E14900003', 'Test Seat C'],
]);
export const THREE = new Set(SEAT_NAMES.keys());

const fillerCode = (i: number) => `E149${String(i).padStart(5, '0')}`;
/** The 650 codes a padded fixture covers: the three seats plus filler seats E14900004...E14900650. */
export const ALL_650 = new Set([...THREE, ...Array.from({ length: 647 }, (_, i) => fillerCode(i + 4))]);
export const NAMES_650 = new Map([
  ...SEAT_NAMES,
  ...Array.from({ length: 647 }, (_, i): [string, string] => [fillerCode(i + 4), `Filler Seat ${i + 4}`]),
]);

/** The vote columns the filler seats leave at 0: every column of the 2019 layout after Labour's. */
const PARTY_COLUMNS = HOC_2019_HEADER.slice(HOC_2019_HEADER.indexOf('LD'));
const FILLER: Record<string, string> = {
  'ONS region ID': 'E12000008',
  'Region name': 'South East',
  'First party': 'Con',
  'Second party': 'Lab',
  Electorate: '1000',
  'Valid votes': '500',
  Majority: '100',
  Con: '300',
  Lab: '200',
  ...Object.fromEntries(PARTY_COLUMNS.map((c) => [c, '0'])),
};

/** Appends 647 plain invented seats after the fixture's own rows, cell for cell in the fixture's header order. */
export function padTo650(text: string): string {
  const header = text
    .replace(/^\ufeff/, '')
    .split('\n', 1)[0]!
    .split(',');
  const rows = Array.from({ length: 647 }, (_, i) =>
    header
      .map((h) => {
        if (h === 'ONS ID') return fillerCode(i + 4);
        if (h === 'Constituency name') return `Filler Seat ${i + 4}`;
        return FILLER[h] ?? '';
      })
      .join(','),
  );
  return `${text}${rows.join('\n')}\n`;
}
