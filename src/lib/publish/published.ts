// Every published table (/data/{file}) as columns and rows, built from the derived data: one builder serves the
// current downloads, the versioned archive and the data package.
import type { CuratedData } from '../schema/curated-data';
import type { CsvValue } from '../format/csv';
import type { Lineage } from '../schema/lineage';
import type { AreaMetrics, SeatContext, SeatMetrics } from '../schema/metrics';
import type { NotionalSeat } from '../schema/notional';
import type { SeatResult } from '../schema/result';
import type { Seat } from '../schema/seat';
import {
  CONTEXT_COLUMNS,
  LINEAGE_COLUMNS,
  MEMBERSHIP_CSV_COLUMNS,
  NOTIONAL_COLUMNS,
  ORGANISERS_COLUMNS,
  SEAT_SETS_COLUMNS,
  contextRows,
  lineageRows,
  membershipRows,
  notionalRows,
  organisersRows,
  seatSetsRows,
} from './curated-tables';
import { DICTIONARY } from './dictionary';
import { REGIONS_COLUMNS, RESULTS_COLUMNS, SEATS_COLUMNS, regionsRows, resultsRows, seatsRows } from './tables';

export interface PublishInput {
  seats: readonly Seat[];
  results: readonly SeatResult[];
  seatMetrics: readonly SeatMetrics[];
  areaMetrics: readonly AreaMetrics[];
  lineage: readonly Lineage[];
  notional: readonly NotionalSeat[];
  context: readonly SeatContext[];
  curated: CuratedData;
}

export interface PublishedTable {
  file: string;
  columns: readonly string[];
  rows: Record<string, CsvValue>[];
}

type Builder = (d: PublishInput) => PublishedTable['rows'];

/** Names of seats keyed by code (2024 name wins for the few codes in both sets) and by "set:code". */
function names(d: PublishInput) {
  const byCode = new Map<string, string>();
  const bySet = new Map<string, string>();
  for (const s of d.seats) {
    if (!byCode.has(s.code) || s.boundarySet === '2024') byCode.set(s.code, s.name);
    bySet.set(`${s.boundarySet}:${s.code}`, s.name);
  }
  return { byCode, bySet };
}

const BUILDERS: Record<string, { columns: readonly string[]; rows: Builder }> = {
  'results.csv': { columns: RESULTS_COLUMNS, rows: (d) => resultsRows(d.results, names(d).byCode) },
  'seats.csv': { columns: SEATS_COLUMNS, rows: (d) => seatsRows(d.seatMetrics) },
  'regions.csv': { columns: REGIONS_COLUMNS, rows: (d) => regionsRows(d.areaMetrics) },
  'organisers.csv': { columns: ORGANISERS_COLUMNS, rows: (d) => organisersRows(d.curated, names(d).bySet) },
  'seat-sets.csv': { columns: SEAT_SETS_COLUMNS, rows: (d) => seatSetsRows(d.curated, names(d).bySet) },
  'membership.csv': { columns: MEMBERSHIP_CSV_COLUMNS, rows: (d) => membershipRows(d.curated) },
  'context.csv': { columns: CONTEXT_COLUMNS, rows: (d) => contextRows(d.context, names(d).bySet) },
  'lineage.csv': { columns: LINEAGE_COLUMNS, rows: (d) => lineageRows(d.lineage, names(d).bySet) },
  'notional-2019.csv': { columns: NOTIONAL_COLUMNS, rows: (d) => notionalRows(d.notional, names(d).bySet) },
};

export const PUBLISHED_FILES: readonly string[] = DICTIONARY.map((t) => t.file);

export function publishedTable(d: PublishInput, file: string): PublishedTable {
  const b = BUILDERS[file];
  if (!b) throw new Error(`no builder for published table ${file}`);
  return { file, columns: b.columns, rows: b.rows(d) };
}

export function publishedTables(d: PublishInput): PublishedTable[] {
  return PUBLISHED_FILES.map((f) => publishedTable(d, f));
}
