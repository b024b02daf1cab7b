// The page figures of `npm run bench`: first-load bytes (gzip) by kind in Chromium and Lighthouse mobile scores for
// each page, served by astro preview or by a small gzip static server of its own.
import { createReadStream, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync, createGzip } from 'node:zlib';
import { signalGroup, spawnGroup } from './process-group';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS } from '../tests/support/chrome';
import { BASE, CHROME, CPU, DIST, OUT, PORT, ROOT, RUNS, env } from './bench-settings';

export type Kind = 'html' | 'css' | 'js' | 'data' | 'images' | 'fonts' | 'other';
export const KINDS: Kind[] = ['html', 'css', 'js', 'data', 'images', 'fonts', 'other'];

export interface PageResult {
  path: string;
  requests: number;
  gzip: Record<Kind, number>;
  totalGzip: number;
  /** Bytes of inline <style> in the HTML (already counted under html), gzip. */
  inlineCssGzip: number;
  performance: number | null;
  accessibility: number | null;
  /** Every run's scores and the host's Lighthouse benchmarkIndex, for the spread. */
  runs: LighthouseRun[];
}

export interface LighthouseRun {
  performance: number | null;
  accessibility: number | null;
  benchmarkIndex: number | null;
}

export function median(xs: readonly (number | null)[]): number | null {
  const v = xs.filter((x): x is number => x !== null).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid]! : Math.round((v[mid - 1]! + v[mid]!) / 2);
}

export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.ico': 'image/x-icon',
};

/** A static server for .bench/dist that gzips text, as a production host would (an alternative to astro preview). */
export function gzipServer(): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', BASE).pathname);
    let file = resolve(DIST, `.${path}`);
    if (!file.startsWith(DIST)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const compress = /gzip/.test(String(req.headers['accept-encoding'])) && !/^image\/png/.test(type);
    res.writeHead(200, {
      'Content-Type': type,
      ...(compress ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    const stream = createReadStream(file);
    (compress ? stream.pipe(createGzip()) : stream).pipe(res);
  });
  return new Promise((ok) => server.listen(PORT, '127.0.0.1', () => ok(server)));
}

export async function waitFor(url: string, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`no answer from ${url}`);
}

export function kindOf(resourceType: string): Kind {
  switch (resourceType) {
    case 'document':
      return 'html';
    case 'stylesheet':
      return 'css';
    case 'script':
      return 'js';
    case 'fetch':
    case 'xhr':
      return 'data';
    case 'image':
      return 'images';
    case 'font':
      return 'fonts';
    default:
      return 'other';
  }
}

/** Loads each page once in a fresh Chromium context and sums the gzip size of every response body by kind. */
export async function transfer(
  paths: readonly string[],
): Promise<Omit<PageResult, 'performance' | 'accessibility' | 'runs'>[]> {
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS });
  const out = [];
  for (const path of paths) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const pending: Promise<void>[] = [];
    const gzip = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
    let requests = 0;
    let inlineCssGzip = 0;
    page.on('response', (res) => {
      pending.push(
        res.body().then(
          (body) => {
            requests++;
            const kind = kindOf(res.request().resourceType());
            const isPng = /\.png$/.test(new URL(res.url()).pathname);
            gzip[kind] += isPng ? body.length : gzipSync(body).length;
            if (kind === 'html') {
              const css = [...body.toString('utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)]
                .map((m) => m[1])
                .join('');
              inlineCssGzip += css ? gzipSync(css).length : 0;
            }
          },
          () => undefined,
        ),
      );
    });
    await page.goto(BASE + path, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    out.push({ path, requests, gzip, totalGzip: KINDS.reduce((s, k) => s + gzip[k], 0), inlineCssGzip });
    await context.close();
  }
  await browser.close();
  return out;
}

/** Runs a command in its own process group and kills the whole group (Chromium included) if it overruns. */
export function runGroup(
  cmd: string,
  argv: string[],
  timeoutMs: number,
): Promise<{ status: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawnGroup(cmd, argv, { env: { ...env, CHROME_PATH: CHROME }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      stderr += `\ntimed out after ${timeoutMs / 1000} s`;
      signalGroup(child, 'SIGKILL');
    }, timeoutMs);
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ status, stderr });
    });
  });
}

/** Lighthouse 12 (mobile, simulated throttling) for performance and accessibility; null when it could not run. */
export async function lighthouseOnce(path: string): Promise<LighthouseRun> {
  const none: LighthouseRun = { performance: null, accessibility: null, benchmarkIndex: null };
  const cli = join(ROOT, 'node_modules/lighthouse/cli/index.js');
  if (!existsSync(cli)) return none;
  const report = join(OUT, `lighthouse${path.replace(/[^a-z0-9]+/gi, '-')}.json`);
  rmSync(report, { force: true });
  const r = await runGroup(
    process.execPath,
    [
      cli,
      BASE + path,
      '--only-categories=performance,accessibility',
      '--output=json',
      `--output-path=${report}`,
      '--quiet',
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
      ...(CPU ? [`--throttling.cpuSlowdownMultiplier=${CPU}`] : []),
    ],
    300_000,
  );
  if (r.status !== 0 || !existsSync(report)) {
    process.stderr.write(`lighthouse failed for ${path}: ${r.stderr.slice(-1000)}\n`);
    return none;
  }
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    categories: Record<string, { score: number | null }>;
    environment?: { benchmarkIndex?: number };
  };
  const score = (c: string): number | null =>
    json.categories[c]?.score == null ? null : Math.round(json.categories[c]!.score! * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    benchmarkIndex: json.environment?.benchmarkIndex ?? null,
  };
}

export async function lighthouse(path: string): Promise<Pick<PageResult, 'performance' | 'accessibility' | 'runs'>> {
  const runs: LighthouseRun[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await lighthouseOnce(path));
  return {
    performance: median(runs.map((r) => r.performance)),
    accessibility: median(runs.map((r) => r.accessibility)),
    runs,
  };
}
