// Astro configuration: a fully static site. BASE_PATH lets the site be served from a sub-path.
import { defineConfig } from 'astro/config';

const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'https://groundwork.example.org';

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  vite: { resolve: { alias: { '~': new URL('./src', import.meta.url).pathname } } },
});
