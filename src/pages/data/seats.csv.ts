// /data/seats.csv: one row per election and seat with every seat metric.
import { seatMetrics } from '../../data/index';
import { toCsv } from '../../lib/format/csv';
import { SEATS_COLUMNS, seatsRows } from '../../lib/publish/tables';

export function GET(): Response {
  return new Response(toCsv(SEATS_COLUMNS, seatsRows(seatMetrics())), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
