// A minimal static file server for a built site, mounted at a base path (e.g. /groundwork/ as on GitHub Pages), with
// directory index files and the site's 404.html for anything missing.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** The base path a built site was built for: the path of its home page's canonical link ("/" when it has none). */
export function builtBase(dir: string): string {
  const home = join(dir, 'index.html');
  const href = existsSync(home)
    ? /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(home, 'utf8'))?.[1]
    : undefined;
  return href ? new URL(href).pathname : '/';
}

/**
 * Serves `dir` at http://127.0.0.1:<port><base> (port 0 picks a free port; the base defaults to the one the site was
 * built for). Resolves with the origin, the site's URL and the server.
 */
export function serveStatic(
  dir: string,
  opts: { base?: string; port?: number } = {},
): Promise<{ origin: string; url: string; server: Server }> {
  const base = opts.base ?? builtBase(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file: string | null = null;
    if (path.startsWith(base)) {
      const rel = normalize(path.slice(base.length)).replace(/^(\.\.(\/|$))+/, '');
      const full = join(dir, rel);
      if (existsSync(full) && statSync(full).isFile()) file = full;
      else if (existsSync(join(full, 'index.html'))) {
        if (!path.endsWith('/')) {
          res.writeHead(301, { location: `${path}/` }).end();
          return;
        }
        file = join(full, 'index.html');
      }
    }
    const status = file ? 200 : 404;
    file ??= join(dir, '404.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve({ origin, url: origin + base, server });
    });
  });
}
