// The validate phase for the hand-curated files under data/: each checked against its schema, loaded, and its rows
// recorded in the ledger (the loader stops on any bad row).
import type { CuratedData } from '../../src/lib/schema/curated-data';
import { checkCuratedFiles } from '../lib/curated-files';
import type { Ledger } from '../lib/ledger';
import { describeUnresolved, loadCurated } from './curated';
import { withPlaceSeats } from './place-seats';
import type { AuthoritySeats } from './postcode-districts';

export function validateCurated(
  opts: { root: string; today?: string; log: (line: string) => void },
  ledger: Ledger,
  knownOld: Set<string>,
  knownNew: Set<string>,
  names: { '2010': Map<string, string>; '2024': Map<string, string> },
  authorities: AuthoritySeats,
): CuratedData {
  const curatedFiles = checkCuratedFiles(opts.root);
  opts.log(
    `validate curated files      ${curatedFiles.length} files under data/ checked against pipeline/lib/curated-files.ts`,
  );
  const curated = withPlaceSeats(
    loadCurated(opts.root, knownOld, opts.today ?? new Date().toISOString().slice(0, 10), knownNew, names),
    authorities,
  );
  for (const line of describeUnresolved(curated)) opts.log(`curated unresolved: ${line}`);
  for (const u of curated.unresolvedOrganisers)
    opts.log(
      `curated place: "${u.row.name_in_source}" (${u.row.local_authority_code}) covers ${u.seats.map((s) => `${s.code} (${Math.round(s.share * 100)}% of its postcodes)`).join(', ')}`,
    );
  for (const n of curated.notes) ledger.note('curated', n.split(': ')[0] ?? 'data', n);
  // The curated loader stops on any bad row, so every row it returns was read and kept (unresolved places included).
  for (const set of curated.sets) {
    if (set.format === 'organisers') continue;
    ledger.read(`curated:${set.entry.id}`, set.entry.file, set.rows.length);
    ledger.used(`curated:${set.entry.id}`, set.entry.file, set.rows.length);
  }
  ledger.read('curated:organisers', 'data/organisers.csv', curated.organisers.length);
  ledger.used('curated:organisers', 'data/organisers.csv', curated.organisers.length);
  if (curated.unresolvedOrganisers.length)
    ledger.note(
      'curated:organisers',
      'data/organisers.csv',
      `${curated.unresolvedOrganisers.length} places named too loosely for one seat are kept, reported and left out of comparisons`,
    );
  for (const [key, rows] of [
    ['labour-year-end', curated.membership.labourYearEnd],
    ['parties-hocl', curated.membership.parties],
    ['parties-reported', curated.membership.others],
  ] as const) {
    ledger.read(`curated:${key}`, `data/membership/${key}.csv`, rows.length);
    ledger.used(`curated:${key}`, `data/membership/${key}.csv`, rows.length);
  }
  opts.log(
    `validate curated            ${curated.sets.length} seat sets, ${curated.organisers.length} organiser rows (${curated.unresolvedOrganisers.length} unresolved places, reported), ${curated.membership.labourYearEnd.length + curated.membership.parties.length + curated.membership.others.length} membership rows`,
  );
  return curated;
}
