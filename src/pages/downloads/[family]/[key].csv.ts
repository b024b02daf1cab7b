// /downloads/{family}/{key}.csv: the data behind a graphic (formula-safe CSV).
import type { APIRoute } from 'astro';
import { allGraphicKeys, graphic } from '../../../graphics/index';
import { toCsv } from '../../../lib/format/csv';

export function getStaticPaths() {
  return allGraphicKeys().map(({ family, key }) => ({ params: { family, key } }));
}

export const GET: APIRoute = ({ params }) => {
  const { data } = graphic(params.family!, params.key!);
  return new Response(toCsv(data.columns, data.rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
