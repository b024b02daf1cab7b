// The seat-set registry (data/seat-sets/sets.json) checked, every seat-set CSV listed in it, and a row's set_id and
// election checked against its entry.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { election } from '../../src/lib/elections';
import { SEAT_SET_COLUMNS, seatSetRegistrySchema, type SeatSetEntry } from '../../src/lib/schema/curated';
import { checkCuratedJson, readCuratedText } from '../lib/curated-files';
import { DataError } from '../../src/lib/data-error';

export const CURATED_PATHS = {
  registry: 'data/seat-sets/sets.json',
  seatSetDir: 'data/seat-sets',
  labourYearEnd: 'data/membership/labour-year-end.csv',
  parties: 'data/membership/parties-hocl.csv',
  others: 'data/membership/parties-reported.csv',
} as const;

export function loadRegistry(rootDir: string): SeatSetEntry[] {
  const file = CURATED_PATHS.registry;
  const entries = checkCuratedJson(file, readCuratedText(rootDir, file), seatSetRegistrySchema) as SeatSetEntry[];
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    const at = (field: string) => `${i}.${field}`;
    if (seen.has(e.id)) throw new DataError(file, null, at('id'), `duplicate set id "${e.id}"`);
    seen.add(e.id);
    const before = election(e.compare.before);
    const after = election(e.compare.after);
    if (before.boundarySet !== after.boundarySet || before.date >= after.date) {
      throw new DataError(
        file,
        null,
        at('compare'),
        `${before.id} -> ${after.id} is not an earlier-to-later pair on one boundary set`,
      );
    }
    // The derived data hold each election's changes from the one before it, and /compare/ offers only those pairs.
    if (after.previous !== before.id) {
      throw new DataError(
        file,
        null,
        at('compare'),
        `${before.id} -> ${after.id} is not an election and the one before it on the same boundaries (${after.id} follows ${after.previous})`,
      );
    }
    const own = election(e.election);
    if (own.boundarySet !== before.boundarySet) {
      const span = (set: string) => (set === '2010' ? '2010-2023 boundaries' : '2024 boundaries');
      throw new DataError(
        file,
        null,
        at('election'),
        `the set's seats are coded for ${own.id} (${span(own.boundarySet)}) but it compares ${before.id} -> ${after.id} (${span(before.boundarySet)})`,
      );
    }
    if (e.completeness === 'complete' && e.expectedSeats === null) {
      throw new DataError(file, null, at('expectedSeats'), 'a complete set must give expectedSeats');
    }
    if (e.format === 'organisers' && e.attributes.length > 0) {
      throw new DataError(file, null, at('attributes'), 'organiser-format sets take no extra columns');
    }
    for (const a of e.attributes) {
      if (SEAT_SET_COLUMNS.includes(a.column))
        throw new DataError(file, null, at('attributes'), `"${a.column}" is already a standard column`);
    }
    const sharing = entries.filter((o) => o.file === e.file);
    if (sharing.some((o) => o.format !== e.format) || (e.format === 'seat-set' && sharing.length > 1)) {
      throw new DataError(
        file,
        null,
        at('file'),
        `${e.file} is listed by more than one set; only organiser-format sets may share a file`,
      );
    }
  });
  return entries;
}

export function checkEveryCsvRegistered(rootDir: string, registry: readonly SeatSetEntry[]): void {
  const dir = CURATED_PATHS.seatSetDir;
  if (!existsSync(join(rootDir, dir))) return;
  const listed = new Set(registry.map((e) => e.file));
  for (const name of readdirSync(join(rootDir, dir)).sort()) {
    const file = `${dir}/${name}`;
    if (name.endsWith('.csv') && !listed.has(file)) {
      throw new DataError(file, null, null, `not listed in ${CURATED_PATHS.registry}`);
    }
  }
}

export function checkRowOwner(
  file: string,
  line: number,
  setId: string,
  rowElection: string,
  entries: readonly SeatSetEntry[],
): SeatSetEntry {
  const entry = entries.find((e) => e.id === setId);
  if (!entry)
    throw new DataError(
      file,
      line,
      'set_id',
      `set_id "${setId}" is not registered for this file in ${CURATED_PATHS.registry}`,
    );
  if (rowElection !== entry.election) {
    throw new DataError(
      file,
      line,
      'election',
      `election ${rowElection} differs from the registry's ${entry.election} for ${entry.id}`,
    );
  }
  return entry;
}
