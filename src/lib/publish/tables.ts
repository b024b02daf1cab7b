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

const r2 = (v: number) => Math.round(v * 100) / 100;

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

/**
 * A table's columns from its layout: a registry metric's id stands for that metric's columns in the table (per party,
 * con, lab, ld), fixed columns are named as they are, and the columns of metrics the layout does not name go at
 * OTHER_METRICS, in registry order.
 */
function columnsOf(slots: readonly string[], inTable: (c: MetricColumn) => boolean): string[] {
  const named = new Set(slots.filter((s) => metricById(s)));
  const columns = (ms: readonly Metric[]) => ms.flatMap((m) => m.columns.filter(inTable).map((c) => c.column));
  return slots.flatMap((s) => {
    if (s === OTHER_METRICS) return columns(METRICS.filter((m) => !named.has(m.id)));
    const metric = metricById(s);
    return metric ? columns([metric]) : [s];
  });
}

const METRIC_COLUMNS = new Map<string, MetricColumn>(
  METRICS.flatMap((m) => m.columns.map((c) => [c.column, c] as const)),
);

/**
 * A row in column order: metric cells from the registry (a missing value leaves the cell empty with a note), the rest
 * from `fixed`, notes last.
 */
function rowOf(
  columns: readonly string[],
  fixed: Record<string, CsvValue>,
  value: (c: MetricColumn) => Maybe<number> | null | undefined,
): Record<string, CsvValue> {
  const notes: string[] = [];
  const last: string[] = [];
  const row: Record<string, CsvValue> = {};
  for (const column of columns) {
    if (column === 'notes') continue;
    const c = METRIC_COLUMNS.get(column);
    row[column] = c ? cell(value(c), c.noteLast ? last : notes, column) : (fixed[column] ?? null);
  }
  row.notes = [...new Set([...notes, ...last])].join('; ');
  return row;
}

/** The last slots of seats.csv and regions.csv: the change since the previous election, other metrics, notes. */
const CHANGE_SLOTS = ['change', 'swing', 'steed', OTHER_METRICS, 'estimated', 'notes'];

/** Valid votes as published: the 2019 notional estimates rounded to 2 decimals. */
const validVotes = (x: { estimated: boolean; election: string; validVotes: number }): number =>
  x.estimated && x.election === '2019N' ? r2(x.validVotes) : x.validVotes;

export const SEATS_COLUMNS = columnsOf(
  [
    'election',
    'ons_code',
    'constituency',
    'region',
    'nation',
    'boundary_set',
    'electorate',
    'valid_votes',
    'turnout',
    'winner',
    'second',
    'majority_votes',
    'majority',
    'share',
    'prev_election',
    'prev_winner',
    ...CHANGE_SLOTS,
  ],
  (c) => c.seat !== undefined,
);

export function seatsRows(metrics: readonly SeatMetrics[]): Record<string, CsvValue>[] {
  return metrics.map((m) =>
    rowOf(
      SEATS_COLUMNS,
      {
        election: m.election,
        ons_code: m.code,
        constituency: m.name,
        region: areaByCode(m.region)?.name ?? m.region,
        nation: areaByCode(m.nation)?.name ?? m.nation,
        boundary_set: m.boundarySet,
        electorate: m.electorate,
        valid_votes: validVotes(m),
        winner: m.winner,
        second: m.second,
        majority_votes: m.majorityVotes,
        prev_election: m.prevElection,
        prev_winner: m.prevWinner,
        estimated: m.estimated,
      },
      (c) => c.seat?.(m),
    ),
  );
}

export const REGIONS_COLUMNS = columnsOf(
  [
    'election',
    'area_code',
    'area',
    'kind',
    'seats',
    'electorate',
    'valid_votes',
    'turnout',
    ...CSV_PARTIES.map((p) => `${p}_seats`),
    'share',
    'prev_election',
    ...CHANGE_SLOTS,
  ],
  (c) => c.area !== undefined,
);

export function regionsRows(areas: readonly AreaMetrics[]): Record<string, CsvValue>[] {
  return areas.map((a) =>
    rowOf(
      REGIONS_COLUMNS,
      {
        election: a.election,
        area_code: a.area,
        area: a.areaName,
        kind: a.kind,
        seats: a.seats,
        electorate: a.electorate,
        valid_votes: validVotes(a),
        ...Object.fromEntries(CSV_PARTIES.map((p) => [`${p}_seats`, a.seatsWon[p] ?? 0])),
        prev_election: a.prevElection,
        estimated: a.estimated,
      },
      (c) => c.area?.(a),
    ),
  );
}
