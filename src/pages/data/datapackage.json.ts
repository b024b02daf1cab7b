// /data/datapackage.json: the Frictionless Data Package describing every CSV on /data/ (resource paths are relative).
import type { APIRoute } from 'astro';
import { currentTable, dataVersion, sources } from '../../data/index';
import { changelog } from '../../data/changelog';
import { dataPackage } from '../../lib/publish/datapackage';
import { absolute } from '../../site/paths';

export const GET: APIRoute = ({ site }) => {
  const version = dataVersion();
  const pkg = dataPackage({
    version,
    homepage: absolute('data/', site),
    created: changelog().find((e) => e.version === version)?.date ?? null,
    sources: sources(),
    rows: (f) => currentTable(f).rows.length,
  });
  return new Response(`${JSON.stringify(pkg, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
