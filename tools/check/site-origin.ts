// Where the built site says it lives: the origin of absolute URLs (SITE_URL, as astro.config.mjs reads it) and the base path.
export const SITE_ORIGIN = new URL(process.env.SITE_URL ?? 'https://groundwork.example.org').origin;
export const BASE = process.env.BASE_PATH ?? '/';
