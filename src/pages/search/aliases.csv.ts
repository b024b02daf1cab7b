// /search/aliases.csv: the curated other names the search knows, with source and confidence, as downloadable data.
import { seats } from '../../data/index';
import { toCsvFile } from '../../lib/format/csv';
import { ALIAS_COLUMNS } from '../../lib/search/aliases';
import { seatAliases } from '../../data/seat-aliases';

export function GET(): Response {
  const rows = seatAliases(seats()).map((a) => ({
    alias: a.alias,
    ons_code: a.code,
    boundary_set: a.boundarySet,
    source_url: a.sourceUrl,
    confidence: a.confidence,
    note: a.note,
  }));
  return new Response(toCsvFile(ALIAS_COLUMNS, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
