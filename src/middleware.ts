// Build-time middleware: when a production build renders its first page, the seats' social cards start drawing on
// worker threads (src/graphics/seat-card.ts), so that work overlaps the pages instead of following them.
import { defineMiddleware } from 'astro:middleware';
import { startSeatCards } from './graphics/seat-card';

export const onRequest = defineMiddleware((context, next) => {
  if (import.meta.env.PROD) startSeatCards(context.site);
  return next();
});
