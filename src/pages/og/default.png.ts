// /og/default.png: the social card for pages without their own.
import type { APIRoute } from 'astro';
import { cardFooter } from '../../graphics/card-footer';
import { defaultCardSvg } from '../../lib/export/og-card';
import { cachedPng } from '../../server/png-cache';

export const GET: APIRoute = async ({ site }) =>
  new Response(await cachedPng(defaultCardSvg(cardFooter('', site))), { headers: { 'Content-Type': 'image/png' } });
