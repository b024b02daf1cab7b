// JSON from this site only, for every browser script that loads the site's data files (maps, seat search, compare):
// mode same-origin refuses any other origin, each URL is fetched once, a failure is forgotten so that a retry can
// work, and with `missingIsNull` a 404 gives null.
const cache = new Map<string, Promise<unknown>>();

export function fetchJson<T>(base: string, path: string, missingIsNull = false): Promise<T> {
  const url = new URL(`${base}${path}`, window.location.href);
  if (url.origin !== window.location.origin) return Promise.reject(new Error(`not on this site: ${url.href}`));
  const key = `${missingIsNull ? '404-is-null ' : ''}${url.href}`;
  let p = cache.get(key);
  if (!p) {
    p = fetch(url.href, { mode: 'same-origin', credentials: 'same-origin' }).then((r) => {
      if (missingIsNull && r.status === 404) return null;
      if (!r.ok) throw new Error(`HTTP ${r.status} for ${url.pathname}`);
      return r.json() as Promise<unknown>;
    });
    p.catch(() => cache.delete(key));
    cache.set(key, p);
  }
  return p as Promise<T>;
}
