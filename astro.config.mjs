// Astro configuration: a fully static site. BASE_PATH lets the site be served from a sub-path.
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'https://groundwork.example.org';

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // Name aliases (/seat/putney/) redirect to code permalinks and embeds are not pages to index.
  integrations: [sitemap({ filter: (page) => !/\/seat\/[a-z0-9-]+\/$/.test(page) && !page.includes('/embed/') })],
  vite: { resolve: { alias: { '~': new URL('./src', import.meta.url).pathname } } },
});
