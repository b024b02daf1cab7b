// Build step: reads constituency-party membership files a site owner placed in data/membership/local/, validates them
// exactly as the browser tool does (any rejected row stops the build), and suppresses small counts for publication.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sidecarSchema, type Sidecar } from '../../src/lib/schema/local-membership';
import { publishedDataset } from '../../src/lib/membership/dataset';
import { seatDirectory } from '../../src/lib/membership/directory';
import { DEFAULT_THRESHOLD } from '../../src/lib/membership/format';
import { parseMembershipCsv } from '../../src/lib/membership/parse';
import type { PublishedFile, PublishedMembership } from '../../src/lib/membership/published';
import type { BoundarySet, SeatName } from '../../src/lib/membership/types';
import { DataError } from '../../src/lib/data-error';
import { readCuratedText } from '../lib/curated-files';

export const LOCAL_MEMBERSHIP_DIR = 'data/membership/local';

export { sidecarSchema, type Sidecar };

const IGNORED = new Set(['README.md', '.gitkeep']);
const ID = /^[a-z0-9][a-z0-9-]*$/;

function readSidecar(rootDir: string, file: string): Sidecar {
  if (!existsSync(join(rootDir, file)))
    throw new DataError(
      file,
      null,
      null,
      'missing sidecar: every CSV here needs a .json file of the same name giving source, party, licence and permission',
    );
  let json: unknown;
  try {
    json = JSON.parse(readCuratedText(rootDir, file));
  } catch (e) {
    throw new DataError(file, null, null, `invalid JSON: ${(e as Error).message}`);
  }
  const parsed = sidecarSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DataError(file, null, issue.path.join('.') || null, issue.message);
  }
  return parsed.data;
}

function seatNames(
  knownOld: ReadonlySet<string>,
  knownNew: ReadonlySet<string>,
  seats: readonly SeatName[] | undefined,
): SeatName[] {
  if (seats) return seats.filter((s) => (s.boundarySet === '2010' ? knownOld : knownNew).has(s.code));
  // Without the seat list only codes can be matched: names resolve to nothing.
  const bare =
    (set: BoundarySet) =>
    (code: string): SeatName => ({ code, name: '', boundarySet: set });
  return [...[...knownOld].map(bare('2010')), ...[...knownNew].map(bare('2024'))];
}

function loadFile(rootDir: string, name: string, known: SeatName[], today: string, withNames: boolean): PublishedFile {
  const file = `${LOCAL_MEMBERSHIP_DIR}/${name}`;
  const id = name.replace(/\.csv$/, '');
  if (!ID.test(id))
    throw new DataError(
      file,
      null,
      null,
      'file name must be lower-case letters, digits and hyphens, ending .csv (it becomes part of a URL)',
    );
  const sidecar = readSidecar(rootDir, `${LOCAL_MEMBERSHIP_DIR}/${id}.json`);
  const result = parseMembershipCsv(readCuratedText(rootDir, file), {
    seats: seatDirectory(known),
    today,
    boundarySet: sidecar.boundary_set ?? null,
  });
  const problems = [...result.fileErrors, ...result.rejected];
  const first = problems[0];
  if (first) {
    const rest = problems
      .slice(1)
      .map((p) => p.line)
      .filter((l): l is number => l !== null);
    const more =
      problems.length > 1
        ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''}${rest.length ? ` on line${rest.length > 1 ? 's' : ''} ${rest.slice(0, 10).join(', ')}${rest.length > 10 ? ', …' : ''}` : ''})`
        : '';
    const hint =
      !withNames && first.field === 'constituency'
        ? ' (no seat list was given to the build step, so only ons_code can be matched)'
        : '';
    throw new DataError(file, first.line, first.field, `${first.reason}${hint}${more}`);
  }
  if (result.party && result.party.toLowerCase() !== sidecar.party.toLowerCase()) {
    throw new DataError(
      file,
      null,
      'party',
      `the party column says "${result.party}" but ${id}.json says "${sidecar.party}"`,
    );
  }
  const threshold = sidecar.threshold ?? DEFAULT_THRESHOLD;
  const dataset = publishedDataset(result, {
    id,
    threshold,
    party: sidecar.party,
    source: {
      title: sidecar.title ?? `${sidecar.party} constituency-party figures (${sidecar.source})`,
      source: sidecar.source,
      sourceUrl: sidecar.source_url ?? null,
      licence: sidecar.licence,
      permission: sidecar.permission,
    },
  });
  return {
    ...dataset,
    published: true,
    file,
    rowsRead: result.rowsRead,
    rowsUsed: result.records.length,
    notes: [
      result.boundarySetReason,
      ...result.notes.map((n) => `${n.line === null ? '' : `line ${n.line}: `}${n.message}`),
    ],
  };
}

/**
 * Every `*.csv` in data/membership/local/ with its sidecar, validated against the 2010-2023 (`knownOld`) and 2024
 * (`knownNew`) seat codes; `today` (YYYY-MM-DD) bounds the dates. Pass `seats` (code, name, boundary set) to let
 * files name seats instead of giving codes. An absent or empty folder publishes nothing.
 */
export function loadLocalMembership(
  rootDir: string,
  knownOld: ReadonlySet<string>,
  knownNew: ReadonlySet<string>,
  today: string,
  seats?: readonly SeatName[],
): PublishedMembership {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new RangeError(`today must be YYYY-MM-DD, got "${today}"`);
  const dir = join(rootDir, LOCAL_MEMBERSHIP_DIR);
  if (!existsSync(dir)) return { files: [] };
  const names = readdirSync(dir).sort();
  for (const n of names) {
    if (IGNORED.has(n) || n.endsWith('.csv')) continue;
    if (n.endsWith('.json') && names.includes(`${n.slice(0, -5)}.csv`)) continue;
    throw new DataError(
      `${LOCAL_MEMBERSHIP_DIR}/${n}`,
      null,
      null,
      n.endsWith('.json')
        ? 'sidecar without a CSV file of the same name'
        : 'only .csv files, their .json sidecars, README.md and .gitkeep belong in this folder',
    );
  }
  const known = seatNames(knownOld, knownNew, seats);
  return {
    files: names.filter((n) => n.endsWith('.csv')).map((n) => loadFile(rootDir, n, known, today, seats !== undefined)),
  };
}

/** One log line per published file, and its notes. */
export function describeLocalMembership(data: PublishedMembership): string[] {
  return data.files.flatMap((f) => [
    `${f.file}: ${f.rowsUsed} of ${f.rowsRead} rows published (${f.party ?? 'party not given'}, ${f.boundarySet} seats, counts under ${f.threshold} suppressed)`,
    ...f.notes.map((n) => `${f.file}: ${n}`),
  ]);
}
