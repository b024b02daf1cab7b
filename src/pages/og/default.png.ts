// /og/default.png: the social card for pages without their own.
import type { APIRoute } from 'astro';
import { cardFooter } from '../../graphics/card-footer';
import { defaultCardSvg } from '../../lib/export/og-card';
import { svgToPng } from '../../lib/export/png';

export const GET: APIRoute = ({ site }) => new Response(svgToPng(defaultCardSvg(cardFooter('', site))), { headers: { 'Content-Type': 'image/png' } });
