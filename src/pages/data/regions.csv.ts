// /data/regions.csv: the same metrics summed over regions, nations and the UK.
import { areaMetrics } from '../../data/index';
import { toCsv } from '../../lib/format/csv';
import { REGIONS_COLUMNS, regionsRows } from '../../lib/publish/tables';

export function GET(): Response {
  return new Response(toCsv(REGIONS_COLUMNS, regionsRows(areaMetrics())), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
