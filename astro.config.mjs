// Astro configuration: a fully static site. BASE_PATH lets the site be served from a sub-path.
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'https://groundwork.example.org';

/** Observable Plot puts one constant <style> element in every chart (built pages and browser-drawn charts): allow exactly it. */
function plotStyleHash() {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const css = Plot.plot({ document, marks: [] }).querySelector('style').textContent;
  return `sha256-${createHash('sha256').update(css).digest('base64')}`;
}

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  // The site stylesheet (~14 KB) is one shared, cacheable file rather than a copy in each of 2,200 pages (~30 MB of
  // dist); stylesheets under 4 KB (the embeds') stay inline. Four pages are generated at a time, so one page's file
  // writes overlap the next one's rendering (the main thread otherwise waits on the disk for about a fifth of the
  // build); output is the same bytes (tools/compare-dist.ts).
  build: { format: 'directory', inlineStylesheets: 'auto', concurrency: 4 },
  // Scoped component styles mark their elements with a class (astro-xxxxxxxx, the same specificity as the attribute)
  // instead of a data-astro-cid-xxxxxxxx attribute: 2.3 MB less dist (12.7 MB of attributes, 354 on a seat page).
  scopedStyleStrategy: 'class',
  devToolbar: { enabled: false },
  // Name aliases (/seat/putney/) redirect to code permalinks and embeds are not pages to index.
  integrations: [sitemap({ filter: (page) => !/\/seat\/[a-z0-9-]+\/$/.test(page) && !page.includes('/embed/') })],
  vite: { resolve: { alias: { '~': new URL('./src', import.meta.url).pathname } } },
  // Content-Security-Policy <meta> on every page: only the site's own scripts and styles (Astro adds the hashes of the
  // ones it inlines; Plot's chart style is hashed above), and nothing loaded from another origin. No 'unsafe-inline':
  // style="" attributes and inline event handlers do not apply.
  experimental: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      styleDirective: { resources: ["'self'"], hashes: [plotStyleHash()] },
    },
  },
});
