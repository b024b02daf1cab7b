// Build-time middleware: when a production build renders its first page, the seats' social cards
// (src/graphics/seat-card.ts) and the seats' charts (src/graphics/seat-history.ts) start drawing on worker threads, so
// that work overlaps the pages instead of following them. Every HTML page then gets its last step
// (src/server/page-policy.ts): each inline style once, and a policy of its own hashes.
import { defineMiddleware } from 'astro:middleware';
import { startSeatCards } from './graphics/seat-card';
import { startSeatHistoryDrawings } from './graphics/seat-history';
import { finishPage } from './server/page-policy';

export const onRequest = defineMiddleware(async (context, next) => {
  if (import.meta.env.PROD) {
    startSeatHistoryDrawings();
    startSeatCards(context.site);
  }
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(finishPage(await response.text()), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
