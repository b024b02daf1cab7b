// /data/v/{version}/{table}.csv: a table exactly as published in that data version; the address never changes. A
// table a version published unchanged is served from the folder of the version it first appeared in (its home,
// src/lib/publish/table-home.ts), not again here.
import type { APIRoute } from 'astro';
import { dataVersions, versionCsv } from '../../../../views/data-versions';

export function getStaticPaths() {
  return dataVersions().flatMap((v) =>
    v.files
      .filter((f) => f.home === v.version)
      .map((f) => ({ params: { version: v.version, table: f.file.replace(/\.csv$/, '') } })),
  );
}

export const GET: APIRoute = ({ params }) =>
  new Response(versionCsv(params.version!, `${params.table}.csv`), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
