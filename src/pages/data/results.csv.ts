// /data/results.csv: votes and share per election, seat and party.
import { results, seats } from '../../data/index';
import { toCsv } from '../../lib/format/csv';
import { RESULTS_COLUMNS, resultsRows } from '../../lib/publish/tables';

export function GET(): Response {
  const names = new Map(seats().map((s) => [s.code, s.name]));
  return new Response(toCsv(RESULTS_COLUMNS, resultsRows(results(), names)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
