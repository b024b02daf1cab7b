// /postcodes/{AREA}.json and /postcodes/areas.json: the postcode lookup, split by postcode area (one request per lookup).
import type { APIRoute } from 'astro';
import { siteFile, siteFiles } from '../../data/site-files';

export function getStaticPaths() {
  return siteFiles('postcodes').map((file) => ({ params: { file } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(siteFile(`postcodes/${params.file}`), { headers: { 'Content-Type': 'application/json' } });
