// Bulk routes (src/server/bulk-files.ts): outside a build a route lists its paths as any endpoint; in a build it lists
// none to Astro and the integration writes every file where Astro would have (the route's path without its trailing
// slash), with the bytes its GET returns; a route that was never loaded, names another route, answers with HTML or
// fails stops the build instead of leaving files out.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IntegrationResolvedRoute } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { bulkFiles, bulkRoute } from '../../../src/server/bulk-files';

const FLAG = 'GROUNDWORK_BULK_FILES';
afterEach(() => {
  delete process.env[FLAG];
  (globalThis as Record<symbol, Map<string, unknown> | undefined>)[Symbol.for('groundwork.bulk-routes')]?.clear();
});

/** A project folder with route files at `entrypoints` (each calling bulkRoute when `bulk`). */
function project(entrypoints: Record<string, boolean>): string {
  const root = mkdtempSync(join(tmpdir(), 'bulk-files-'));
  for (const [e, bulk] of Object.entries(entrypoints)) {
    mkdirSync(join(root, e, '..'), { recursive: true });
    writeFileSync(join(root, e), bulk ? `export const { getStaticPaths, GET } = bulkRoute(...);\n` : `export {};\n`);
  }
  return root;
}

/** A resolved route as Astro gives it to integrations: `generate` puts the site's trailing slash on every path. */
function route(pattern: string, entrypoint: string, type: 'endpoint' | 'page' = 'endpoint'): IntegrationResolvedRoute {
  const generate = (params: Record<string, string>) =>
    `${pattern.replace(/\[(\w+)\]/g, (_, name: string) => params[name]!)}/`;
  return { pattern, entrypoint, type, generate } as unknown as IntegrationResolvedRoute;
}

type Hook = (options: unknown) => unknown;
/** Runs the integration's hooks as `astro build` would, for a project at `root` with `routes`; returns dist. */
async function build(root: string, routes: IntegrationResolvedRoute[]): Promise<{ dist: string; log: string[] }> {
  const hooks = bulkFiles().hooks as Record<string, Hook>;
  const dist = mkdtempSync(join(tmpdir(), 'bulk-files-dist-'));
  const log: string[] = [];
  await hooks['astro:config:done']!({ config: { site: 'https://example.org', root: pathToFileURL(`${root}/`) } });
  await hooks['astro:routes:resolved']!({ routes });
  await hooks['astro:build:start']!({});
  await hooks['astro:build:generated']!({
    dir: pathToFileURL(`${dist}/`),
    logger: { info: (l: string) => log.push(l) },
  });
  return { dist, log };
}

const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();

const csv = (text: string) => new Response(text, { headers: { 'Content-Type': 'text/csv' } });

describe('bulkRoute', () => {
  it('lists its paths outside a build (the dev server) and none to Astro once the build has started', async () => {
    const paths = () => [{ params: { key: 'a' } }, { params: { key: 'b' } }];
    const r = bulkRoute('/t/[key].csv', paths, ({ params }) => csv(params.key!));
    expect(r.getStaticPaths()).toEqual(paths());
    process.env[FLAG] = '1';
    expect(r.getStaticPaths()).toEqual([]);
    const res = await r.GET({ params: { key: 'a' } } as never);
    expect(await res.text()).toBe('a');
  });
});

describe('the bulk files integration', () => {
  it('writes each path of each bulk route where Astro writes an endpoint, with its bytes, and reports the count', async () => {
    const root = project({
      'src/pages/t/[key].csv.ts': true,
      'src/pages/og/[key].png.ts': true,
      'src/pages/p.astro': false,
    });
    bulkRoute(
      '/t/[key].csv',
      () => ['a', 'b'].map((key) => ({ params: { key } })),
      ({ params, site }) => csv(`${params.key},${site?.href}\n`),
    );
    bulkRoute(
      '/og/[key].png',
      () => [{ params: { key: 'c' } }],
      async () => {
        await new Promise((r) => setTimeout(r, 5));
        return new Response(new Uint8Array([137, 80, 78, 71]), { headers: { 'Content-Type': 'image/png' } });
      },
    );
    const { dist, log } = await build(root, [
      route('/og/[key].png', 'src/pages/og/[key].png.ts'),
      route('/p', 'src/pages/p.astro', 'page'),
      route('/t/[key].csv', 'src/pages/t/[key].csv.ts'),
    ]);
    expect(files(dist)).toEqual(['og/c.png', 't/a.csv', 't/b.csv']);
    expect(readFileSync(join(dist, 't/b.csv'), 'utf8')).toBe('b,https://example.org/\n');
    expect([...readFileSync(join(dist, 'og/c.png'))]).toEqual([137, 80, 78, 71]);
    // The social cards last, so their workers finish while the other files are written.
    expect(log.map((l) => l.replace(/ in [\d.]+ s$/, ''))).toEqual(['/t/[key].csv: 2 files', '/og/[key].png: 1 files']);
  });

  it('stops when a bulk route file was never loaded (its files would be missing)', async () => {
    const root = project({ 'src/pages/t/[key].csv.ts': true });
    await expect(build(root, [route('/t/[key].csv', 'src/pages/t/[key].csv.ts')])).rejects.toThrow(
      "src/pages/t/[key].csv.ts: no bulkRoute('/t/[key].csv') was loaded",
    );
  });

  it('stops when bulkRoute names a pattern other than its own route', async () => {
    const root = project({ 'src/pages/t/[key].csv.ts': true });
    bulkRoute(
      '/t/[key].csv',
      () => [],
      () => csv(''),
    );
    bulkRoute(
      '/t/[id].csv',
      () => [],
      () => csv(''),
    );
    await expect(build(root, [route('/t/[key].csv', 'src/pages/t/[key].csv.ts')])).rejects.toThrow(
      "bulkRoute('/t/[id].csv') does not name the route of the file that calls it",
    );
  });

  it('stops on an HTML answer (it would miss the page policy) and on a failed one', async () => {
    const root = project({ 'src/pages/t/[key].ts': true });
    const answers: Record<string, Response> = {
      html: new Response('<p>', { headers: { 'Content-Type': 'text/html' } }),
      gone: new Response('no', { status: 404, headers: { 'Content-Type': 'text/plain' } }),
    };
    for (const key of ['html', 'gone']) {
      bulkRoute(
        '/t/[key]',
        () => [{ params: { key } }],
        () => answers[key]!,
      );
      await expect(build(root, [route('/t/[key]', 'src/pages/t/[key].ts')])).rejects.toThrow(
        `src/pages/t/[key].ts: {"key":"${key}"} gave`,
      );
    }
  });
});
