// Loads and checks the hand-curated data (seat-set registry in curated-registry.ts, organiser links, seat sets,
// membership; seat codes and names in curated-codes.ts), throwing DataError on any fault.
import { z } from 'zod';
import {
  MEMBERSHIP_COLUMNS,
  ORGANISER_COLUMNS,
  SEAT_SET_COLUMNS,
  SOURCE_SEPARATOR,
  membershipRowSchema,
  organiserRowSchema,
  seatSetRowSchema,
  type MembershipRow,
  type OrganiserRow,
  type SeatSetEntry,
  type SeatSetRow,
} from '../../src/lib/schema/curated';
import type { CuratedData, CuratedSet, UnresolvedPlace } from '../../src/lib/schema/curated-data';
import { readCsvRows, type CsvRow } from '../../src/lib/csv/read';
import { readCuratedText } from '../lib/curated-files';
import { DataError } from '../../src/lib/data-error';
import { checkCode, checkName, type CodeCheck } from './curated-codes';
import { CURATED_PATHS, checkEveryCsvRegistered, checkRowOwner, loadRegistry } from './curated-registry';

function readText(rootDir: string, file: string): string {
  return readCuratedText(rootDir, file);
}

/** A row's sources: as many titles as URLs, paired in order (pages link the first title to the first URL). */
function checkSourceTitles(file: string, line: number, row: { source_url: string; source_title: string }): void {
  const urls = row.source_url.split(SOURCE_SEPARATOR).length;
  const titles = row.source_title.split(SOURCE_SEPARATOR).length;
  if (urls === titles) return;
  const n = (k: number, what: string) => `${k} ${what}${k === 1 ? '' : 's'}`;
  throw new DataError(
    file,
    line,
    'source_title',
    `${n(titles, 'title')} for ${n(urls, 'source URL')}: give one title per URL, in the same order, separated by "${SOURCE_SEPARATOR}"`,
  );
}

function firstLineOf(seen: Map<string, number>, key: string, line: number): number | undefined {
  const prev = seen.get(key);
  if (prev === undefined) seen.set(key, line);
  return prev;
}

/** readCsvRows on a file under rootDir; what the reader noticed (e.g. a BOM) is added to `notes` as "file: note". */
function readNoted<T>(
  rootDir: string,
  file: string,
  schema: z.ZodType<T>,
  columns: readonly string[],
  notes: string[],
): CsvRow<T>[] {
  const read = readCsvRows(file, readText(rootDir, file), schema, columns);
  for (const n of read.notes) notes.push(`${file}: ${n}`);
  return read.rows;
}

function loadOrganiserFile(
  rootDir: string,
  file: string,
  entries: readonly SeatSetEntry[],
  codes: CodeCheck,
  notes: string[],
): CsvRow<OrganiserRow>[] {
  const rows = readNoted(rootDir, file, organiserRowSchema, ORGANISER_COLUMNS, notes);
  const seen = new Map<string, number>();
  for (const { line, value: r } of rows) {
    const entry = checkRowOwner(file, line, r.set_id, r.election, entries);
    checkSourceTitles(file, line, r);
    if (r.ons_code !== null) {
      checkCode(file, line, r.ons_code, entry, codes);
      checkName(file, line, r.ons_code, r.name_in_source, r.note, entry, codes);
      if (r.local_authority_code !== null)
        throw new DataError(
          file,
          line,
          'local_authority_code',
          'a row with a seat (ons_code) must leave local_authority_code empty: it is for places that are not one seat',
        );
    } else if (r.local_authority_code === null) {
      throw new DataError(
        file,
        line,
        'local_authority_code',
        'a place with no seat (ons_code empty) must give its local authority code, so its seats can be found',
      );
    }
    const place = r.ons_code ?? `unresolved:${r.name_in_source}`;
    const prev = firstLineOf(seen, [r.set_id, place, r.link_kind, r.source_url].join('|'), line);
    if (prev !== undefined) {
      throw new DataError(
        file,
        line,
        null,
        `duplicate row: same set_id, ons_code, link_kind and source_url as line ${prev}`,
      );
    }
  }
  return rows;
}

function loadSeatSetFile(rootDir: string, entry: SeatSetEntry, codes: CodeCheck, notes: string[]): SeatSetRow[] {
  const file = entry.file;
  const extra = Object.fromEntries(
    entry.attributes.map((a) => [
      a.column,
      z.string().refine((v) => a.values.includes(v), `must be one of: ${a.values.join(', ')}`),
    ]),
  );
  const schema = seatSetRowSchema.extend(extra);
  const columns = [...SEAT_SET_COLUMNS, ...entry.attributes.map((a) => a.column)];
  const rows = readNoted(rootDir, file, schema, columns, notes);
  const seen = new Map<string, number>();
  const out: SeatSetRow[] = [];
  for (const { line, value } of rows) {
    const base = seatSetRowSchema.parse(value);
    checkRowOwner(file, line, base.set_id, base.election, [entry]);
    checkSourceTitles(file, line, base);
    checkCode(file, line, base.ons_code, entry, codes);
    checkName(file, line, base.ons_code, base.name_in_source, base.note, entry, codes);
    const prev = firstLineOf(seen, `${base.set_id}|${base.ons_code}`, line);
    if (prev !== undefined)
      throw new DataError(file, line, 'ons_code', `duplicate row: ${base.ons_code} is already on line ${prev}`);
    const record = value as Record<string, unknown>;
    const attributes = Object.fromEntries(entry.attributes.map((a) => [a.column, String(record[a.column])]));
    out.push({ ...base, attributes });
  }
  return out;
}

function distinctCodes(codes: Iterable<string | null>): string[] {
  return [...new Set([...codes].filter((c): c is string => c !== null))].sort();
}

function loadMembershipFile(
  rootDir: string,
  file: string,
  today: string,
  onlyParty: string | null,
  notes: string[],
): MembershipRow[] {
  const rows = readNoted(rootDir, file, membershipRowSchema, MEMBERSHIP_COLUMNS, notes);
  const seen = new Map<string, number>();
  return rows.map(({ line, value: r }) => {
    checkSourceTitles(file, line, r);
    if (r.date > today) throw new DataError(file, line, 'date', `date ${r.date} is in the future (today is ${today})`);
    if (onlyParty !== null && r.party !== onlyParty) {
      throw new DataError(file, line, 'party', `this file holds only party ${onlyParty}`);
    }
    const prev = firstLineOf(seen, [r.date, r.party, r.kind, r.source_url].join('|'), line);
    if (prev !== undefined)
      throw new DataError(file, line, null, `duplicate row: same date, party, kind and source_url as line ${prev}`);
    return r;
  });
}

/** The curated data as read, before the seats of its unresolved places are found (steps/place-seats.ts). */
export type LoadedCurated = Omit<CuratedData, 'unresolvedOrganisers'> & {
  unresolvedOrganisers: Omit<UnresolvedPlace, 'seats'>[];
};

/**
 * Reads every hand-curated file under `rootDir` (the repository root). Seat codes on 2010-2023 boundaries must be in
 * `knownCodes2010`; sets about a 2024-boundary election also need `knownCodes2024`. `today` (YYYY-MM-DD) bounds
 * membership dates.
 */
export function loadCurated(
  rootDir: string,
  knownCodes2010: ReadonlySet<string>,
  today: string,
  knownCodes2024?: ReadonlySet<string>,
  names?: { '2010': ReadonlyMap<string, string>; '2024': ReadonlyMap<string, string> },
): LoadedCurated {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new RangeError(`today must be YYYY-MM-DD, got "${today}"`);
  const codes: CodeCheck = {
    knownCodes: (set) => {
      if (set === '2010') return knownCodes2010;
      if (!knownCodes2024)
        throw new RangeError('a seat set concerns a 2024-boundary election but no 2024 code set was given');
      return knownCodes2024;
    },
    names: names ? (set) => names[set] : undefined,
  };

  const notes: string[] = [];
  const registry = loadRegistry(rootDir);
  checkEveryCsvRegistered(rootDir, registry);

  const organiserFiles = [...new Set(registry.filter((e) => e.format === 'organisers').map((e) => e.file))];
  const organiserRows = organiserFiles.flatMap((file) =>
    loadOrganiserFile(
      rootDir,
      file,
      registry.filter((e) => e.file === file),
      codes,
      notes,
    ).map((r) => ({ file, ...r })),
  );

  const sets: CuratedSet[] = registry.map((entry) => {
    if (entry.format === 'organisers') {
      const rows = organiserRows.filter((r) => r.value.set_id === entry.id).map((r) => r.value);
      return { format: 'organisers', entry, rows, codes: distinctCodes(rows.map((r) => r.ons_code)) };
    }
    const rows = loadSeatSetFile(rootDir, entry, codes, notes);
    return { format: 'seat-set', entry, rows, codes: distinctCodes(rows.map((r) => r.ons_code)) };
  });
  for (const s of sets) {
    if (s.rows.length === 0) throw new DataError(s.entry.file, null, null, `no rows for set ${s.entry.id}`);
    const expected = s.entry.expectedSeats;
    if (expected !== null && s.codes.length !== expected) {
      throw new DataError(
        s.entry.file,
        null,
        null,
        `set ${s.entry.id} has ${s.codes.length} distinct seats but the registry expects ${expected}`,
      );
    }
  }

  return {
    registry,
    sets,
    organisers: organiserRows.map((r) => r.value),
    unresolvedOrganisers: organiserRows
      .filter((r) => r.value.ons_code === null)
      .map((r) => ({ file: r.file, line: r.line, row: r.value })),
    notes,
    membership: {
      labourYearEnd: loadMembershipFile(rootDir, CURATED_PATHS.labourYearEnd, today, 'lab', notes),
      parties: loadMembershipFile(rootDir, CURATED_PATHS.parties, today, null, notes),
      others: loadMembershipFile(rootDir, CURATED_PATHS.others, today, null, notes),
    },
  };
}

/** One line per unresolved organiser place, for the build log. */
export function describeUnresolved(data: LoadedCurated): string[] {
  return data.unresolvedOrganisers.map(
    (u) => `${u.file}:${u.line} "${u.row.name_in_source}" (${u.row.link_kind}) has no single seat: ${u.row.note}`,
  );
}
