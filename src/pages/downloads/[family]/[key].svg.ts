// /downloads/{family}/{key}.svg: the graphic as shown, with title, legend, source line and data version, in fixed colours.
import { allGraphicKeys } from '../../../graphics/index';
import { exportFor } from '../../../graphics/published';
import { bulkRoute } from '../../../server/bulk-files';

export const { getStaticPaths, GET } = bulkRoute(
  '/downloads/[family]/[key].svg',
  () => allGraphicKeys().map(({ family, key }) => ({ params: { family, key } })),
  ({ params, site }) =>
    new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${exportFor(params.family!, params.key!, site).svg}\n`, {
      headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
    }),
);
