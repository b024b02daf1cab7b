// /oembed/{family}/{key}.json: static oEmbed (rich) response for each registered graphic.
import { allGraphicKeys, graphic } from '../../../graphics/index';
import { oembedFor } from '../../../graphics/published';
import { bulkRoute } from '../../../server/bulk-files';

export const { getStaticPaths, GET } = bulkRoute(
  '/oembed/[family]/[key].json',
  () => allGraphicKeys().map(({ family, key }) => ({ params: { family, key } })),
  ({ params, site }) =>
    new Response(`${JSON.stringify(oembedFor(graphic(params.family!, params.key!), site), null, 2)}\n`, {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    }),
);
