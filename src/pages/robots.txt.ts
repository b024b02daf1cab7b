// /robots.txt: everything may be indexed; points crawlers at the sitemap.
import type { APIRoute } from 'astro';
import { absolute } from '../site/paths';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\nSitemap: ${absolute('sitemap-index.xml', site)}\n`, {
    headers: { 'Content-Type': 'text/plain' },
  });
