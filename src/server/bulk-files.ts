// Endpoints that each publish a file per seat or per graphic (postcode shards, chart downloads, oEmbed, social cards):
// about 8,300 files. Astro's static build spends half a millisecond of its one thread on every file it generates,
// whatever the file (a Request, middleware, the Response read back, a folder check, a write): 5 s of a 21 s build here.
// A route made with `bulkRoute` lists no paths for Astro in a production build; the integration calls the route's own
// paths and GET for each file and writes them all in one loop once the pages are done (the social cards meanwhile
// drawing on their workers). The route file stays each file's one definition, and the dev server serves it as any
// endpoint. Middleware does not run for these files: the site's (src/middleware.ts) only rewrites HTML.
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { APIContext, APIRoute, AstroIntegration, IntegrationResolvedRoute } from 'astro';

type Params = Record<string, string>;

/** What a bulk route's GET may use of Astro's context. */
export type BulkContext = Pick<APIContext, 'params' | 'site'>;
type BulkGet = (context: BulkContext) => Response | Promise<Response>;

interface Registered {
  paths: () => { params: Params }[];
  GET: BulkGet;
}

/** Set while the integration builds: the routes then list no paths for Astro. */
const ACTIVE = 'GROUNDWORK_BULK_FILES';
/** Routes register when Astro imports their (bundled) module; the integration reads them from the same process. */
const REGISTRY = Symbol.for('groundwork.bulk-routes');
function registry(): Map<string, Registered> {
  const g = globalThis as Record<symbol, Map<string, Registered> | undefined>;
  return (g[REGISTRY] ??= new Map());
}

/**
 * The getStaticPaths and GET of the route at `pattern` (its path under src/pages, e.g. "/postcodes/[file]"; the
 * build checks it names the file that calls it).
 */
export function bulkRoute(
  pattern: string,
  paths: () => { params: Params }[],
  GET: BulkGet,
): { getStaticPaths: () => { params: Params }[]; GET: APIRoute } {
  registry().set(pattern, { paths, GET });
  return { getStaticPaths: () => (process.env[ACTIVE] === '1' ? [] : paths()), GET };
}

/** Files in flight at once: enough to keep every PNG worker busy. */
const IN_FLIGHT = 16;

async function writeAll(outDir: string, site: URL | undefined, route: IntegrationResolvedRoute, r: Registered) {
  const paths = r.paths();
  // Asynchronous writes: libuv's threads open and write the files while this thread makes the next ones.
  const folders = new Map<string, Promise<unknown>>();
  const folder = (d: string) => folders.get(d) ?? folders.set(d, mkdir(d, { recursive: true })).get(d)!;
  let next = 0;
  let failed = false;
  const one = async () => {
    for (let i = next++; i < paths.length && !failed; i = next++) {
      const { params } = paths[i]!;
      const response = await r.GET({ params, site });
      const type = response.headers.get('content-type') ?? '';
      if (!response.ok || type.startsWith('text/html'))
        throw new Error(`${route.entrypoint}: ${JSON.stringify(params)} gave ${response.status} ${type}`);
      // As Astro names an endpoint's file: its path, without the trailing slash the site's URLs take.
      const file = join(outDir, route.generate(params).replace(/\/+$/, ''));
      const bytes = new Uint8Array(await response.arrayBuffer());
      await folder(dirname(file));
      await writeFile(file, bytes);
    }
  };
  // The first failure stops every loop (a GET that throws does too).
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, () =>
      one().catch((e: unknown) => {
        failed = true;
        throw e;
      }),
    ),
  );
  return paths.length;
}

/** The integration that writes the bulk routes' files (astro.config.mjs). */
export function bulkFiles(): AstroIntegration {
  let routes: IntegrationResolvedRoute[] = [];
  let site: URL | undefined;
  let root = '';
  return {
    name: 'groundwork:bulk-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        root = fileURLToPath(config.root);
      },
      'astro:routes:resolved': (o) => {
        routes = o.routes;
      },
      'astro:build:start': () => {
        process.env[ACTIVE] = '1';
      },
      'astro:build:generated': async ({ dir, logger }) => {
        const registered = registry();
        const bulk = routes.filter(
          (r) =>
            r.entrypoint.startsWith('src/pages/') &&
            readFileSync(join(root, r.entrypoint), 'utf8').includes('bulkRoute('),
        );
        for (const route of bulk)
          if (!registered.has(route.pattern) || route.type !== 'endpoint')
            throw new Error(
              `${route.entrypoint}: no bulkRoute('${route.pattern}') was loaded, so its files would be missing`,
            );
        for (const pattern of registered.keys())
          if (!bulk.some((r) => r.pattern === pattern))
            throw new Error(`bulkRoute('${pattern}') does not name the route of the file that calls it`);
        // The social cards last: their workers have drawn since the first page, and finish while the rest are written.
        const last = (r: IntegrationResolvedRoute) => Number(r.pattern.endsWith('.png'));
        for (const route of bulk.sort((a, b) => last(a) - last(b))) {
          const started = performance.now();
          const files = await writeAll(fileURLToPath(dir), site, route, registered.get(route.pattern)!);
          logger.info(`${route.pattern}: ${files} files in ${((performance.now() - started) / 1000).toFixed(2)} s`);
        }
      },
    },
  };
}
