// /postcodes/{DISTRICT}.json (e.g. SW15.json): the postcode lookup, one file per postcode district (one request per lookup).
import { siteFile, siteFiles } from '../../data/site-files';
import { bulkRoute } from '../../server/bulk-files';

export const { getStaticPaths, GET } = bulkRoute(
  '/postcodes/[file]',
  () => siteFiles('postcodes').map((file) => ({ params: { file } })),
  ({ params }) =>
    new Response(siteFile(`postcodes/${params.file}`), { headers: { 'Content-Type': 'application/json' } }),
);
