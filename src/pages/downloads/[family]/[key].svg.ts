// /downloads/{family}/{key}.svg: the graphic as shown, with title, legend, source line and data version, in fixed colours.
import type { APIRoute } from 'astro';
import { allGraphicKeys } from '../../../graphics/index';
import { exportFor } from '../../../graphics/published';

export function getStaticPaths() {
  return allGraphicKeys().map(({ family, key }) => ({ params: { family, key } }));
}

export const GET: APIRoute = ({ params, site }) =>
  new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${exportFor(params.family!, params.key!, site).svg}\n`, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
