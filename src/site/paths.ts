// Site URLs: every internal link goes through here so the site works from a sub-path (e.g. /groundwork/).
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

export function url(path: string): string {
  return BASE + path.replace(/^\/+/, '');
}

export function seatUrl(code: string): string {
  return url(`seat/${code}/`);
}

export function regionUrl(slug: string): string {
  return url(`region/${slug}/`);
}

export function absolute(path: string, site: URL | undefined): string {
  return new URL(url(path), site ?? 'https://groundwork.example.org').href;
}
