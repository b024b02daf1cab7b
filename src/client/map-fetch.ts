// Same-origin JSON for the map script: refuses other origins, fetches each URL once, forgets failures so a retry can work.
const cache = new Map<string, Promise<unknown>>();

export function fetchJson<T>(base: string, path: string): Promise<T> {
  const url = new URL(`${base}${path}`, window.location.href);
  if (url.origin !== window.location.origin) return Promise.reject(new Error(`not on this site: ${url.href}`));
  let p = cache.get(url.href);
  if (!p) {
    p = fetch(url.href, { mode: 'same-origin', credentials: 'same-origin' }).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status} for ${url.pathname}`);
      return r.json() as Promise<unknown>;
    });
    p.catch(() => cache.delete(url.href));
    cache.set(url.href, p);
  }
  return p as Promise<T>;
}
