// /og/graphics/{family}/{key}.png: the social card of a page whose headline is a chart (families with socialCard).
import type { APIRoute } from 'astro';
import { cardFooter } from '../../../../graphics/card-footer';
import { families, graphic } from '../../../../graphics/index';
import { graphicCardSvg } from '../../../../lib/export/og-card';
import { cachedPng } from '../../../../server/png-cache';

export function getStaticPaths() {
  return families
    .filter((f) => f.socialCard)
    .flatMap((f) => f.keys().map((key) => ({ params: { family: f.family, key } })));
}

export const GET: APIRoute = async ({ params, site }) => {
  const g = graphic(params.family!, params.key!);
  const drawing = g.card ?? { svg: g.exportSvg ?? g.svg, width: g.width, height: g.height };
  const card = graphicCardSvg({ title: g.title, ...drawing }, cardFooter(g.permalink.split('#')[0]!, site));
  return new Response(await cachedPng(card), { headers: { 'Content-Type': 'image/png' } });
};
