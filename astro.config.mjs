// Astro configuration: a fully static site. BASE_PATH lets the site be served from a sub-path.
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { bulkFiles } from './src/server/bulk-files.ts';
import { PARTY_SWATCH_MARKER, partySwatchCss } from './src/lib/party-swatch.ts';

const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'https://groundwork.example.org';

export default defineConfig({
  site,
  base,
  output: 'static',
  // Page URLs end in a slash. `astro dev` then answered 404 to every data file (/maps/uk/values/2019.json,
  // /downloads/….csv), so maps, postcode search and downloads failed in development only; it takes both forms there.
  trailingSlash: process.argv.includes('dev') ? 'ignore' : 'always',
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
  // Endpoints made with bulkRoute (postcode shards, chart downloads, oEmbed, social cards) are written by bulkFiles in
  // one loop after the pages, not one by one through Astro's route machinery (src/server/bulk-files.ts).
  integrations: [
    bulkFiles(),
    sitemap({ filter: (page) => !/\/seat\/[a-z0-9-]+\/$/.test(page) && !page.includes('/embed/') }),
  ],
  // Stylesheets of 1 KB or more are files, not inline: the embeds' shared stylesheet (1.5 KB) is then one cached file
  // instead of a copy in each of 1,355 embed pages (2 MB of dist).
  vite: {
    resolve: { alias: { '~': new URL('./src', import.meta.url).pathname } },
    // Scripts are always files: the few small ones run on over a thousand pages each (the table scroll boxes'), where
    // an inline copy in every page would cost more than one cached file.
    build: { assetsInlineLimit: (file, content) => !file.endsWith('.js') && content.length < 1024 },
    // The server bundle Astro builds to render the pages runs once and is thrown away: tree-shaking it took Rollup
    // about 0.5 s of each build (3.1 -> 2.6 s) and removed nothing the output depends on (dist is the same bytes).
    // The browser bundle is shaken as before.
    plugins: [
      // The party colours' classes (src/lib/party-swatch.ts), in place of src/styles/parties.css's marker.
      {
        name: 'groundwork:party-swatches',
        transform: (code, id) =>
          /\.css($|\?)/.test(id) && code.includes(PARTY_SWATCH_MARKER)
            ? code.replace(PARTY_SWATCH_MARKER, partySwatchCss())
            : undefined,
      },
      {
        name: 'groundwork:server-bundle-unshaken',
        config(_c, env) {
          if (env.isSsrBuild) return { build: { rollupOptions: { treeshake: false } } };
        },
      },
    ],
  },
  // Content-Security-Policy <meta> on every page: only the site's own scripts and styles, and nothing loaded from
  // another origin. Astro lists the hashes of every style and script it inlines anywhere; the
  // middleware then cuts each page's list to that page's own (src/server/page-policy.ts). No 'unsafe-inline': style=""
  // attributes and inline event handlers do not apply.
  experimental: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      styleDirective: { resources: ["'self'"] },
    },
  },
});
