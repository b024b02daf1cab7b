// /og/seat/{code}.png: a seat page's social card with its latest result, majority and a bar of vote shares.
import { cardCodes, seatCardPng } from '../../../graphics/seat-card';
import { bulkRoute } from '../../../server/bulk-files';

export const { getStaticPaths, GET } = bulkRoute(
  '/og/seat/[code].png',
  () => cardCodes().map((code) => ({ params: { code } })),
  async ({ params, site }) =>
    new Response(await seatCardPng(params.code!, site), { headers: { 'Content-Type': 'image/png' } }),
);
