// /og/seat/{code}.png: a seat page's social card with its latest result, majority and a bar of vote shares.
import type { APIRoute } from 'astro';
import { cardCodes, seatCardPng } from '../../../graphics/seat-card';

export function getStaticPaths() {
  return cardCodes().map((code) => ({ params: { code } }));
}

export const GET: APIRoute = async ({ params, site }) =>
  new Response(await seatCardPng(params.code!, site), { headers: { 'Content-Type': 'image/png' } });
