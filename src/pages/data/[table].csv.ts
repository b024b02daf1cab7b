// /data/{table}.csv: every published table of the current data version (UTF-8 with a byte-order mark, formula-safe).
import type { APIRoute } from 'astro';
import { currentTable } from '../../data/index';
import { toCsvFile } from '../../lib/format/csv';
import { PUBLISHED_FILES } from '../../lib/publish/published';

export function getStaticPaths() {
  return PUBLISHED_FILES.map((f) => ({ params: { table: f.replace(/\.csv$/, '') } }));
}

export const GET: APIRoute = ({ params }) => {
  const t = currentTable(`${params.table}.csv`);
  return new Response(toCsvFile(t.columns, t.rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
