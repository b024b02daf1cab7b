// Test helper: the 650 + 650 real seat names and regions from the House of Commons Library result files, and the
// curated other names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { slugify } from '../../../src/lib/geography';
import { ALIASES_FILE, parseAliases, type SeatAlias } from '../../../src/lib/search/aliases';
import type { SearchSeat } from '../../../src/lib/search/seat-index';
import { readRaw } from '../../support/raw-files';

const FILES = {
  '2010': 'ge_results_2015_2019_hoc/HoC-GE2019-results-by-constituency.csv',
  '2024': 'ge2024_results_hoc/HoC-GE2024-results-by-constituency.csv',
} as const;

export function realSeats(): SearchSeat[] {
  return (['2024', '2010'] as const).flatMap((boundarySet) =>
    Papa.parse<Record<string, string>>(readRaw(FILES[boundarySet]), {
      header: true,
      skipEmptyLines: true,
    }).data.map((r) => ({
      code: r['ONS ID'] as string,
      name: r['Constituency name'] as string,
      boundarySet,
      slug:
        boundarySet === '2024'
          ? slugify(r['Constituency name'] as string)
          : `2010/${slugify(r['Constituency name'] as string)}`,
      region: r['Region name'] as string,
    })),
  );
}

/** The curated other names (data/seat-aliases.csv), checked against the real seats. */
export function realAliases(): SeatAlias[] {
  const known = new Set(realSeats().map((s) => `${s.boundarySet}:${s.code}`));
  return parseAliases(readFileSync(join(process.cwd(), ALIASES_FILE), 'utf8'), known);
}
