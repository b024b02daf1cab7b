// /membership/local-{id}.csv: a published constituency-party file, counts under its threshold suppressed, with its source.
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetOf } from '../../lib/membership/dataset';
import { seatFiguresCsv } from '../../lib/membership/export-csv';
import { publishedMembership, reference } from '../../views/membership-local';

export const getStaticPaths: GetStaticPaths = () => publishedMembership().files.map((f) => ({ params: { id: f.id } }));

export const GET: APIRoute = ({ params }) => {
  const f = publishedMembership().files.find((x) => x.id === params.id);
  if (!f) return new Response('not found', { status: 404 });
  return new Response(seatFiguresCsv(datasetOf(f), reference(f.boundarySet)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
