// The CSV of a map view: one row per seat in the map's table, in the same columns whether the build publishes it
// (/downloads/map/{key}.csv) or the reader's browser makes it for a view the site does not publish.
import type { ElectionId } from '../elections';
import type { MapRow } from './values-table';

export const MAP_CSV_COLUMNS = [
  'ons_code',
  'constituency',
  'region',
  'election',
  'winner',
  'measure',
  'value',
  'value_text',
] as const;

export type MapCsvRow = Record<(typeof MAP_CSV_COLUMNS)[number], string | number | null>;

/** `measure` is the table's value heading ("Labour share (%)"); a view without a number (winners, sets) gives none. */
export function mapCsvRows(rows: readonly MapRow[], election: ElectionId, measure: string): MapCsvRow[] {
  return rows.map((r) => ({
    ons_code: r.code,
    constituency: r.name,
    region: r.region,
    election,
    winner: r.winner,
    measure,
    value: typeof r.sort === 'number' ? r.sort : null,
    value_text: r.cell,
  }));
}
