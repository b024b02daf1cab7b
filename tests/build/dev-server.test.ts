// `npm run dev` serves what the site links to: the data files its maps, postcode search and download links fetch are
// at the same paths as in the built site (no trailing slash), and pages with or without one. With the built site's
// trailingSlash 'always', Astro's dev server answered 404 to /downloads/…csv and /maps/…json, so a newcomer's map,
// postcode search and download links all failed in development only.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../../tools/check/site-copy';

let server: ChildProcess | undefined;
let base = '';
let output = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    [join(REPO, 'node_modules/astro/astro.js'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: REPO,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  for (const s of [server.stdout!, server.stderr!]) s.on('data', (b: Buffer) => (output += b.toString()));
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null) throw new Error(`astro dev stopped:\n${output.slice(-2000)}`);
    const up = await fetch(`${base}/robots.txt`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`astro dev did not answer in 120 s:\n${output.slice(-2000)}`);
}, 180_000);

afterAll(() => {
  server?.kill();
});

const get = async (path: string) => {
  const r = await fetch(`${base}${path}`);
  return { status: r.status, type: r.headers.get('content-type') ?? '', text: await r.text() };
};

describe('the dev server (npm run dev)', () => {
  it.each([
    [
      '/downloads/seat-history/E14000887.csv',
      'text/csv',
      /^ons_code,constituency,election,party,stood_as,share_pct,estimated\n/,
    ],
    ['/downloads/seat-history/E14000887.svg', 'image/svg+xml', /^<\?xml[^]*Putney/],
    ['/oembed/seat-history/E14000887.json', 'application/json', /"type": "rich"/],
    ['/postcodes/SW15.json', 'application/json', /^\{"v":2,"district":"SW15"/],
    ['/maps/uk/values/2019.json', 'application/json', /E14000887/],
  ])(
    'serves %s as the built site does (no trailing slash)',
    async (path, type, body) => {
      const r = await get(path);
      expect(r.status, output.slice(-1000)).toBe(200);
      expect(r.type).toContain(type);
      expect(r.text).toMatch(body);
    },
    120_000,
  );

  it.each(['/seat/E14000887/', '/seat/E14000887'])(
    'serves the seat page at %s',
    async (path) => {
      const r = await get(path);
      expect(r.status).toBe(200);
      expect(r.text).toContain('<h1');
      expect(r.text).toContain('Putney');
    },
    120_000,
  );
});
