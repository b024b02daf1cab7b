// /downloads/{family}/{key}.png: the downloadable SVG rasterised at build time (2x, or 1x for large families).
import type { APIRoute } from 'astro';
import { allGraphicKeys } from '../../../graphics/index';
import { pngFor } from '../../../graphics/published';

export function getStaticPaths() {
  return allGraphicKeys().map(({ family, key }) => ({ params: { family, key } }));
}

export const GET: APIRoute = async ({ params, site }) => new Response(await pngFor(params.family!, params.key!, site), { headers: { 'Content-Type': 'image/png' } });
