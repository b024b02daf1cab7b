// The published CSV tables (/data/results.csv, seats.csv, regions.csv): columns, and rows built from derived data.
// The metric columns of seats.csv and regions.csv come from the metric registry.
import { areaByCode } from '../geography';
import { CSV_PARTIES, type Metric, type MetricColumn } from '../metrics/metric';
import { metricById, METRICS } from '../metrics/registry';
import { isMissing, type Maybe } from '../missing';
import type { Party } from '../parties';
import type { AreaMetrics, SeatMetrics } from '../schema/metrics';
import type { SeatResult } from '../schema/result';
import type { CsvValue } from '../format/csv';
import { roundTo } from '../format/numbers';

const r2 = (v: number) => roundTo(v, 2);

function cell(v: Maybe<number> | number | null | undefined, notes: string[], name: string): CsvValue {
  if (v === null || v === undefined) return null;
  if (isMissing(v)) {
    notes.push(`${name}: ${v.missing}`);
    return null;
  }
  return r2(v);
}

export const RESULTS_COLUMNS = [
  'election',
  'ons_code',
  'constituency',
  'party',
  'votes',
  'share_pct',
  'estimated',
  'source',
] as const;

export function resultsRows(
  results: readonly SeatResult[],
  names: ReadonlyMap<string, string>,
): Record<string, CsvValue>[] {
  const out: Record<string, CsvValue>[] = [];
  for (const r of results) {
    for (const [party, votes] of Object.entries(r.votes) as [Party, number][]) {
      out.push({
        election: r.election,
        ons_code: r.code,
        constituency: names.get(r.code) ?? '',
        party,
        votes: r.estimated ? r2(votes) : votes,
        share_pct: r.validVotes > 0 ? r2((100 * votes) / r.validVotes) : null,
        estimated: r.estimated,
        source: r.sources[party] ?? r.sources.votes ?? r.sources['*'] ?? '',
      });
    }
  }
  return out;
}

/** In a layout, where the columns of registry metrics that the layout does not name go. */
const OTHER_METRICS = '*';

/** A fixed column of a metrics table and its cell. */
type Fixed<T> = readonly [column: string, cell: (x: T) => CsvValue];

/**
 * A slot of a table's layout: a fixed column with its cell, a registry metric's id (that metric's columns in the table,
 * per party con, lab, ld), OTHER_METRICS (the columns of metrics the layout does not name, in registry order), or
 * 'notes' (the reasons for empty metric cells).
 */
type Slot<T> = Fixed<T> | string;

const METRIC_COLUMNS = new Map<string, MetricColumn>(
  METRICS.flatMap((m) => m.columns.map((c) => [c.column, c] as const)),
);

/**
 * A metrics table from its layout. `cellOf` is a metric column's cell in this table, undefined when the table does
 * not have that column. A row's metric cells come from the registry (a missing value leaves the cell empty with a
 * note), the rest from the layout's fixed cells, notes last.
 */
function metricTable<T>(
  slots: readonly Slot<T>[],
  cellOf: (c: MetricColumn) => ((x: T) => Maybe<number> | null) | undefined,
): { columns: string[]; rows: (items: readonly T[]) => Record<string, CsvValue>[] } {
  const fixed = new Map(slots.filter((s): s is Fixed<T> => typeof s !== 'string'));
  const named = new Set(slots.filter((s) => typeof s === 'string' && metricById(s)));
  const metricColumns = (ms: readonly Metric[]) =>
    ms.flatMap((m) => m.columns.filter((c) => cellOf(c) !== undefined).map((c) => c.column));
  const columns = slots.flatMap((s) => {
    if (typeof s !== 'string') return [s[0]];
    if (s === OTHER_METRICS) return metricColumns(METRICS.filter((m) => !named.has(m.id)));
    const metric = metricById(s);
    return metric ? metricColumns([metric]) : [s];
  });
  const rowOf = (x: T): Record<string, CsvValue> => {
    const notes: string[] = [];
    const last: string[] = [];
    const row: Record<string, CsvValue> = {};
    for (const column of columns) {
      if (column === 'notes') continue;
      const c = METRIC_COLUMNS.get(column);
      row[column] = c ? cell(cellOf(c)?.(x), c.noteLast ? last : notes, column) : (fixed.get(column)?.(x) ?? null);
    }
    row.notes = [...new Set([...notes, ...last])].join('; ');
    return row;
  };
  return { columns, rows: (items) => items.map(rowOf) };
}

/** Valid votes as published: the 2019 notional estimates rounded to 2 decimals. */
const validVotes = (x: { estimated: boolean; election: string; validVotes: number }): number =>
  x.estimated && x.election === '2019N' ? r2(x.validVotes) : x.validVotes;

/** The last slots of seats.csv and regions.csv: the change since the previous election, other metrics, notes. */
const CHANGE_SLOTS: Slot<{ estimated: boolean }>[] = [
  'change',
  'swing',
  'steed',
  OTHER_METRICS,
  ['estimated', (x) => x.estimated],
  'notes',
];

export const { columns: SEATS_COLUMNS, rows: seatsRows } = metricTable<SeatMetrics>(
  [
    ['election', (m) => m.election],
    ['ons_code', (m) => m.code],
    ['constituency', (m) => m.name],
    ['region', (m) => areaByCode(m.region)?.name ?? m.region],
    ['nation', (m) => areaByCode(m.nation)?.name ?? m.nation],
    ['boundary_set', (m) => m.boundarySet],
    ['electorate', (m) => m.electorate],
    ['valid_votes', validVotes],
    'turnout',
    ['winner', (m) => m.winner],
    ['second', (m) => m.second],
    ['majority_votes', (m) => m.majorityVotes],
    'majority',
    'share',
    ['prev_election', (m) => m.prevElection],
    ['prev_winner', (m) => m.prevWinner],
    ...CHANGE_SLOTS,
  ],
  (c) => c.seat,
);

export const { columns: REGIONS_COLUMNS, rows: regionsRows } = metricTable<AreaMetrics>(
  [
    ['election', (a) => a.election],
    ['area_code', (a) => a.area],
    ['area', (a) => a.areaName],
    ['kind', (a) => a.kind],
    ['seats', (a) => a.seats],
    ['electorate', (a) => a.electorate],
    ['valid_votes', validVotes],
    'turnout',
    ...CSV_PARTIES.map((p): Fixed<AreaMetrics> => [`${p}_seats`, (a) => a.seatsWon[p] ?? 0]),
    'share',
    ['prev_election', (a) => a.prevElection],
    ...CHANGE_SLOTS,
  ],
  (c) => c.area,
);
