// `npm run bench`: builds the site, then measures the home, a region and a seat page: first-load bytes (gzip) by kind
// in Chromium, and Lighthouse mobile performance and accessibility. Writes .bench/bench.json and checks the targets.
//
// Options: --skip-build (measure the last .bench/dist), --gzip (serve with this script's own small gzip server instead
// of `astro preview`, to check the figures do not depend on the preview server; both compress). Env: BENCH_PAGES="/,/region/london/", BENCH_PORT,
// BENCH_RUNS (Lighthouse runs per page, default 3; the median score is reported, as Lighthouse scores vary run to run),
// BENCH_CPU (Lighthouse's CPU slowdown multiplier, default its own 4x; Lighthouse's throttling guide says to lower it on
// a host whose benchmarkIndex, printed with the scores, is below that of a desktop, e.g. on a busy shared machine).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync, createGzip } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS } from '../tests/support/chrome';

const ROOT = process.cwd();
const OUT = join(ROOT, '.bench');
const DIST = join(OUT, 'dist');
const PORT = Number(process.env.BENCH_PORT ?? 4399);
const BASE = `http://127.0.0.1:${PORT}`;
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const PAGES = (process.env.BENCH_PAGES ?? '/,/region/london/,/seat/E14000887/').split(',');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const CPU = process.env.BENCH_CPU ? Number(process.env.BENCH_CPU) : null;
const args = new Set(process.argv.slice(2));
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };

/** First-load budgets (gzip bytes) by path; pages not listed are only reported. */
const BUDGET: Record<string, number> = { '/': 150 * 1024, '/seat/E14000887/': 30 * 1024 };
const TARGET = { performance: 95, accessibility: 100 };

type Kind = 'html' | 'css' | 'js' | 'data' | 'images' | 'fonts' | 'other';
const KINDS: Kind[] = ['html', 'css', 'js', 'data', 'images', 'fonts', 'other'];

interface Build {
  seconds: number;
  pages: number;
  files: number;
  pagesPerSecond: number;
  peakRssMb: number | null;
}

interface PageResult {
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

interface LighthouseRun {
  performance: number | null;
  accessibility: number | null;
  benchmarkIndex: number | null;
}

function median(xs: readonly (number | null)[]): number | null {
  const v = xs.filter((x): x is number => x !== null).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid]! : Math.round((v[mid - 1]! + v[mid]!) / 2);
}

function kb(n: number): string {
  return `${(n / 1024).toFixed(1)} KB`;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Runs `astro build` into .bench/dist under GNU time for the peak resident memory of the build's processes. */
function build(): Build {
  if (!existsSync(join(ROOT, 'data/derived/seats.json'))) {
    console.log('data/derived is missing: running npm run data first (not timed)');
    const data = spawnSync('npm', ['run', 'data', '--silent'], { env, stdio: 'inherit' });
    if (data.status !== 0) throw new Error('npm run data failed');
  }
  rmSync(DIST, { recursive: true, force: true });
  const astro = [join(ROOT, 'node_modules/astro/astro.js'), 'build', '--outDir', DIST];
  const timed = existsSync('/usr/bin/time');
  const started = performance.now();
  const r = timed
    ? spawnSync('/usr/bin/time', ['-f', 'GWBENCH_MAXRSS_KB=%M', process.execPath, ...astro], { env, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 })
    : spawnSync(process.execPath, astro, { env, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) {
    process.stderr.write(r.stdout.slice(-4000) + r.stderr.slice(-4000));
    throw new Error('astro build failed');
  }
  const rss = /GWBENCH_MAXRSS_KB=(\d+)/.exec(r.stderr);
  const files = walk(DIST);
  const pages = files.filter((f) => f.endsWith('.html')).length;
  return { seconds, pages, files: files.length, pagesPerSecond: pages / seconds, peakRssMb: rss ? Number(rss[1]) / 1024 : null };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.xml': 'application/xml', '.txt': 'text/plain', '.csv': 'text/csv', '.ico': 'image/x-icon',
};

/** A static server for .bench/dist that gzips text, as a production host would (an alternative to astro preview). */
function gzipServer(): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', BASE).pathname);
    let file = resolve(DIST, `.${path}`);
    if (!file.startsWith(DIST)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const compress = /gzip/.test(String(req.headers['accept-encoding'])) && !/^image\/png/.test(type);
    res.writeHead(200, { 'Content-Type': type, ...(compress ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}) });
    const stream = createReadStream(file);
    (compress ? stream.pipe(createGzip()) : stream).pipe(res);
  });
  return new Promise((ok) => server.listen(PORT, '127.0.0.1', () => ok(server)));
}

async function waitFor(url: string, ms = 60_000): Promise<void> {
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

function kindOf(resourceType: string): Kind {
  switch (resourceType) {
    case 'document': return 'html';
    case 'stylesheet': return 'css';
    case 'script': return 'js';
    case 'fetch':
    case 'xhr': return 'data';
    case 'image': return 'images';
    case 'font': return 'fonts';
    default: return 'other';
  }
}

/** Loads each page once in a fresh Chromium context and sums the gzip size of every response body by kind. */
async function transfer(paths: readonly string[]): Promise<Omit<PageResult, 'performance' | 'accessibility' | 'runs'>[]> {
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
              const css = [...body.toString('utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
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
function runGroup(cmd: string, argv: string[], timeoutMs: number): Promise<{ status: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(cmd, argv, { env: { ...env, CHROME_PATH: CHROME }, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      stderr += `\ntimed out after ${timeoutMs / 1000} s`;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, timeoutMs);
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ status, stderr });
    });
  });
}

/** Lighthouse 12 (mobile, simulated throttling) for performance and accessibility; null when it could not run. */
async function lighthouseOnce(path: string): Promise<LighthouseRun> {
  const none: LighthouseRun = { performance: null, accessibility: null, benchmarkIndex: null };
  const cli = join(ROOT, 'node_modules/lighthouse/cli/index.js');
  if (!existsSync(cli)) return none;
  const report = join(OUT, `lighthouse${path.replace(/[^a-z0-9]+/gi, '-')}.json`);
  rmSync(report, { force: true });
  const r = await runGroup(
    process.execPath,
    [
      cli, BASE + path, '--only-categories=performance,accessibility', '--output=json', `--output-path=${report}`, '--quiet', `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
      ...(CPU ? [`--throttling.cpuSlowdownMultiplier=${CPU}`] : []),
    ],
    300_000,
  );
  if (r.status !== 0 || !existsSync(report)) {
    process.stderr.write(`lighthouse failed for ${path}: ${r.stderr.slice(-1000)}\n`);
    return none;
  }
  const json = JSON.parse(readFileSync(report, 'utf8')) as { categories: Record<string, { score: number | null }>; environment?: { benchmarkIndex?: number } };
  const score = (c: string): number | null => (json.categories[c]?.score == null ? null : Math.round(json.categories[c]!.score! * 100));
  return { performance: score('performance'), accessibility: score('accessibility'), benchmarkIndex: json.environment?.benchmarkIndex ?? null };
}

async function lighthouse(path: string): Promise<Pick<PageResult, 'performance' | 'accessibility' | 'runs'>> {
  const runs: LighthouseRun[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await lighthouseOnce(path));
  return { performance: median(runs.map((r) => r.performance)), accessibility: median(runs.map((r) => r.accessibility)), runs };
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  let b: Build | null = null;
  if (args.has('--skip-build')) {
    if (!existsSync(DIST)) throw new Error('.bench/dist is missing: run without --skip-build first');
  } else {
    console.log('Building the site into .bench/dist …');
    b = build();
    console.log(`Build: ${b.seconds.toFixed(1)} s, ${b.pages} HTML pages (${b.files} files), ${b.pagesPerSecond.toFixed(1)} pages/s, peak memory ${b.peakRssMb === null ? 'n/a' : `${b.peakRssMb.toFixed(0)} MB`}`);
  }
  const gz = args.has('--gzip');
  let preview: ChildProcess | null = null;
  let server: Server | null = null;
  if (gz) server = await gzipServer();
  else {
    preview = spawn(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'preview', '--outDir', DIST, '--host', '127.0.0.1', '--port', String(PORT)], { env, stdio: 'ignore' });
  }
  try {
    await waitFor(`${BASE}/`);
    const bytes = await transfer(PAGES);
    const results: PageResult[] = [];
    for (const p of bytes) results.push({ ...p, ...(await lighthouse(p.path)) });
    console.log(`\nServed by ${gz ? "the bench's own gzip static server" : 'astro preview'}; bytes are response bodies gzipped here (PNG as is).`);
    console.log(['page'.padEnd(22), ...KINDS.map((k) => k.padStart(9)), 'total'.padStart(10), 'req'.padStart(4), 'perf'.padStart(5), 'a11y'.padStart(5)].join(' '));
    for (const r of results) {
      console.log([r.path.padEnd(22), ...KINDS.map((k) => kb(r.gzip[k]).padStart(9)), kb(r.totalGzip).padStart(10), String(r.requests).padStart(4), String(r.performance ?? '–').padStart(5), String(r.accessibility ?? '–').padStart(5)].join(' '));
    }
    console.log('(CSS is inlined in each page: inline <style> gzip ' + results.map((r) => `${r.path} ${kb(r.inlineCssGzip)}`).join(', ') + ')');
    console.log(`Lighthouse ${CPU ? `with CPU slowdown ${CPU}x` : 'with its default 4x CPU slowdown'}: median of ${RUNS} run(s); performance per run: ${results.map((r) => `${r.path} ${r.runs.map((x) => x.performance ?? '–').join('/')}`).join(', ')}`);
    console.log(`Host benchmarkIndex per run (a desktop is about 1000-2000): ${results.flatMap((r) => r.runs.map((x) => x.benchmarkIndex === null ? '–' : Math.round(x.benchmarkIndex))).join(', ')}`);
    const problems: string[] = [];
    for (const r of results) {
      const budget = BUDGET[r.path];
      if (budget !== undefined && r.totalGzip > budget) problems.push(`${r.path}: ${kb(r.totalGzip)} over the ${kb(budget)} budget`);
      if (r.performance !== null && r.performance < TARGET.performance) problems.push(`${r.path}: Lighthouse performance ${r.performance} < ${TARGET.performance}`);
      if (r.accessibility !== null && r.accessibility < TARGET.accessibility) problems.push(`${r.path}: Lighthouse accessibility ${r.accessibility} < ${TARGET.accessibility}`);
      if (r.performance === null) problems.push(`${r.path}: Lighthouse did not run`);
    }
    writeFileSync(join(OUT, 'bench.json'), `${JSON.stringify({ build: b, served: gz ? 'gzip' : 'astro preview', cpuSlowdown: CPU ?? 4, pages: results, problems }, null, 2)}\n`);
    console.log(problems.length ? `\nTargets missed:\n  ${problems.join('\n  ')}` : '\nAll targets met.');
  } finally {
    preview?.kill();
    server?.close();
  }
}

await main();
