// /downloads/{family}/{key}.csv: the data behind a graphic (formula-safe CSV).
import { allGraphicKeys, graphic } from '../../../graphics/index';
import { toCsvFile } from '../../../lib/format/csv';
import { bulkRoute } from '../../../server/bulk-files';

export const { getStaticPaths, GET } = bulkRoute(
  '/downloads/[family]/[key].csv',
  () => allGraphicKeys().map(({ family, key }) => ({ params: { family, key } })),
  ({ params }) => {
    const { data } = graphic(params.family!, params.key!);
    return new Response(toCsvFile(data.columns, data.rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  },
);
