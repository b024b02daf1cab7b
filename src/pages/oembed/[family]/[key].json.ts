// /oembed/{family}/{key}.json: static oEmbed (rich) response for each registered graphic.
import type { APIRoute } from 'astro';
import { allGraphicKeys, graphic } from '../../../graphics/index';
import { oembedFor } from '../../../graphics/published';

export function getStaticPaths() {
  return allGraphicKeys().map(({ family, key }) => ({ params: { family, key } }));
}

export const GET: APIRoute = ({ params, site }) => {
  const g = graphic(params.family!, params.key!);
  return new Response(`${JSON.stringify(oembedFor(g, site), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
