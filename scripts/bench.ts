// `npm run bench`: times the plain reference script (scripts/bench-reference.ts), `npm run data`, a clean build (empty
// PNG cache) and a build from that cache, by phase (pages, images), with peak memory, dist bytes and file count, and
// checks that the cached build is byte-identical to the clean one. Then measures the home, a region and a seat page:
// first-load bytes (gzip) by kind in Chromium, and Lighthouse mobile performance and accessibility. Writes
// .bench/bench.json and checks the targets.
//
// Options: --build-only (stop after the build figures), --skip-build (measure the last .bench/dist), --gzip (serve with this script's own small gzip server instead
// of `astro preview`, to check the figures do not depend on the preview server; both compress). Env: BENCH_PAGES="/,/region/london/", BENCH_PORT,
// BENCH_RUNS (Lighthouse runs per page, default 3; the median score is reported, as Lighthouse scores vary run to run),
// BENCH_CPU (Lighthouse's CPU slowdown multiplier, default its own 4x; Lighthouse's throttling guide says to lower it on
// a host whose benchmarkIndex, printed with the scores, is below that of a desktop, e.g. on a busy shared machine).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync, createGzip } from 'node:zlib';
import { availableParallelism, loadavg } from 'node:os';
import { compareDist, describeDiff, identical } from './compare-dist';
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
  bytes: number;
  pagesPerSecond: number;
  peakRssMb: number | null;
  /** Seconds the build spent waiting on PNG routes (the social cards), from Astro's per-route timings. */
  imageSeconds: number;
  /** Seconds of Vite's bundling passes. */
  viteSeconds: number;
  pngCache: string;
}

interface BuildFigures {
  loadBefore: number[];
  loadAfter: number[];
  referenceSeconds: number;
  dataSeconds: number;
  dataPeakRssMb: number | null;
  clean: Build;
  cached: Build;
  cachedEqualsClean: boolean;
  diff: string;
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
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const timed = existsSync('/usr/bin/time');
const maxRss = (stderr: string): number | null => {
  const m = /GWBENCH_MAXRSS_KB=(\d+)/.exec(stderr);
  return m ? Number(m[1]) / 1024 : null;
};

/** Runs a command under GNU time (peak resident memory of it and its children); throws when it fails. */
function run(
  argv: string[],
  extraEnv: Record<string, string> = {},
): { seconds: number; stdout: string; stderr: string; peakRssMb: number | null } {
  const started = performance.now();
  const [cmd, ...rest] = timed ? ['/usr/bin/time', '-f', 'GWBENCH_MAXRSS_KB=%M', ...argv] : argv;
  const r = spawnSync(cmd!, rest, { env: { ...env, ...extraEnv }, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) {
    process.stderr.write(r.stdout.slice(-4000) + r.stderr.slice(-4000));
    throw new Error(`${argv.join(' ')} failed`);
  }
  return { seconds, stdout: r.stdout, stderr: r.stderr, peakRssMb: maxRss(r.stderr) };
}

/**
 * Seconds Astro spent on the .png routes: from each such route's header line to the next route's (Astro generates
 * several pages at a time, so the times it prints per file overlap and do not add up to wall time).
 */
function imageSecondsOf(log: string): number {
  const clock = (t: string) => t.split(':').reduce((n, x) => n * 60 + Number(x), 0);
  const marks = [...log.matchAll(/^(\d\d:\d\d:\d\d) (?:[▶λ] (\S+)|✓ Completed in)/gm)].map((m) => ({
    at: clock(m[1]!),
    route: m[2] ?? null,
  }));
  let seconds = 0;
  for (let i = 0; i + 1 < marks.length; i++)
    if (marks[i]!.route?.endsWith('.png.ts')) seconds += marks[i + 1]!.at - marks[i]!.at;
  return seconds;
}

/** `astro build` into `outDir` with the PNG cache at `cache`; images = time spent on the .png routes. */
function astroBuild(outDir: string, cache: string): Build {
  rmSync(outDir, { recursive: true, force: true });
  const r = run([process.execPath, join(ROOT, 'node_modules/astro/astro.js'), 'build', '--outDir', outDir], {
    GROUNDWORK_PNG_CACHE: cache,
  });
  const imageMs = imageSecondsOf(r.stdout) * 1000;
  const viteSeconds = [...r.stdout.matchAll(/\[vite\] ✓ built in ([\d.]+)(m?s)/g)].reduce(
    (t, m) => t + Number(m[1]) / (m[2] === 'ms' ? 1000 : 1),
    0,
  );
  const files = walk(outDir);
  const pages = files.filter((f) => f.endsWith('.html')).length;
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  return {
    seconds: r.seconds,
    pages,
    files: files.length,
    bytes,
    pagesPerSecond: pages / r.seconds,
    peakRssMb: r.peakRssMb,
    imageSeconds: imageMs / 1000,
    viteSeconds,
    pngCache: cache,
  };
}

/**
 * The build figures, all from one run: the plain reference script, `npm run data`, a clean build (empty PNG cache),
 * and a second build from the cache it filled, compared file by file with the clean one.
 */
function buildFigures(): BuildFigures {
  const loadBefore = loadavg();
  console.log(
    `Load average before: ${loadBefore.map((x) => x.toFixed(2)).join(', ')} on ${availableParallelism()} cores`,
  );
  const ref = run([
    process.execPath,
    join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
    join(ROOT, 'scripts/bench-reference.ts'),
    join(OUT, 'reference'),
  ]);
  console.log(`Reference (plain Node, 1,301 seat pages with a Plot chart each): ${ref.seconds.toFixed(1)} s`);
  const data = run(['npm', 'run', 'data', '--silent']);
  console.log(`Data (npm run data): ${data.seconds.toFixed(1)} s`);
  const cache = join(OUT, 'png-cache');
  rmSync(cache, { recursive: true, force: true });
  const clean = astroBuild(DIST, cache);
  const cached = astroBuild(join(OUT, 'dist-cached'), cache);
  const d = compareDist(DIST, join(OUT, 'dist-cached'));
  const loadAfter = loadavg();
  return {
    loadBefore,
    loadAfter,
    referenceSeconds: ref.seconds,
    dataSeconds: data.seconds,
    dataPeakRssMb: data.peakRssMb,
    clean,
    cached,
    cachedEqualsClean: identical(d),
    diff: describeDiff(d),
  };
}

function printFigures(f: BuildFigures): void {
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  const row = (label: string, b: Build) =>
    `${label.padEnd(14)} ${b.seconds.toFixed(1).padStart(7)} s  pages ${(b.seconds - b.imageSeconds).toFixed(1).padStart(6)} s (Vite ${b.viteSeconds.toFixed(1)} s)  images ${b.imageSeconds.toFixed(1).padStart(6)} s  peak ${b.peakRssMb === null ? 'n/a' : `${b.peakRssMb.toFixed(0)} MB`}  dist ${mb(b.bytes)} in ${b.files.toLocaleString('en-GB')} files (${b.pages.toLocaleString('en-GB')} pages)`;
  console.log('\nBuild figures (one run; seconds are wall-clock on this machine):');
  console.log(
    `${'reference'.padEnd(14)} ${f.referenceSeconds.toFixed(1).padStart(7)} s  (plain Node script, 1,301 pages)`,
  );
  console.log(
    `${'data'.padEnd(14)} ${f.dataSeconds.toFixed(1).padStart(7)} s  peak ${f.dataPeakRssMb === null ? 'n/a' : `${f.dataPeakRssMb.toFixed(0)} MB`}`,
  );
  console.log(row('clean build', f.clean));
  console.log(row('cached build', f.cached));
  console.log(
    `clean total (data + clean build): ${(f.dataSeconds + f.clean.seconds).toFixed(1)} s; ${(f.clean.seconds / f.referenceSeconds).toFixed(1)}x the reference`,
  );
  console.log(`cached build == clean build: ${f.cachedEqualsClean ? 'yes, ' : 'NO: '}${f.diff}`);
  console.log(`Load average after: ${f.loadAfter.map((x) => x.toFixed(2)).join(', ')}`);
}

const TYPES: Record<string, string> = {
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
function gzipServer(): Promise<Server> {
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
async function transfer(
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
function runGroup(cmd: string, argv: string[], timeoutMs: number): Promise<{ status: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(cmd, argv, {
      env: { ...env, CHROME_PATH: CHROME },
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
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

async function lighthouse(path: string): Promise<Pick<PageResult, 'performance' | 'accessibility' | 'runs'>> {
  const runs: LighthouseRun[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await lighthouseOnce(path));
  return {
    performance: median(runs.map((r) => r.performance)),
    accessibility: median(runs.map((r) => r.accessibility)),
    runs,
  };
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  let b: BuildFigures | null = null;
  if (args.has('--skip-build')) {
    if (!existsSync(DIST)) throw new Error('.bench/dist is missing: run without --skip-build first');
  } else {
    console.log('Building the site twice into .bench/ (clean, then from the PNG cache the first filled) …');
    b = buildFigures();
    printFigures(b);
    writeFileSync(join(OUT, 'bench.json'), `${JSON.stringify({ build: b }, null, 2)}\n`);
    if (args.has('--build-only')) return;
  }
  const gz = args.has('--gzip');
  let preview: ChildProcess | null = null;
  let server: Server | null = null;
  if (gz) server = await gzipServer();
  else {
    preview = spawn(
      process.execPath,
      [
        join(ROOT, 'node_modules/astro/astro.js'),
        'preview',
        '--outDir',
        DIST,
        '--host',
        '127.0.0.1',
        '--port',
        String(PORT),
      ],
      { env, stdio: 'ignore' },
    );
  }
  try {
    await waitFor(`${BASE}/`);
    const bytes = await transfer(PAGES);
    const results: PageResult[] = [];
    for (const p of bytes) results.push({ ...p, ...(await lighthouse(p.path)) });
    console.log(
      `\nServed by ${gz ? "the bench's own gzip static server" : 'astro preview'}; bytes are response bodies gzipped here (PNG as is).`,
    );
    console.log(
      [
        'page'.padEnd(22),
        ...KINDS.map((k) => k.padStart(9)),
        'total'.padStart(10),
        'req'.padStart(4),
        'perf'.padStart(5),
        'a11y'.padStart(5),
      ].join(' '),
    );
    for (const r of results) {
      console.log(
        [
          r.path.padEnd(22),
          ...KINDS.map((k) => kb(r.gzip[k]).padStart(9)),
          kb(r.totalGzip).padStart(10),
          String(r.requests).padStart(4),
          String(r.performance ?? '–').padStart(5),
          String(r.accessibility ?? '–').padStart(5),
        ].join(' '),
      );
    }
    console.log(
      '(CSS is inlined in each page: inline <style> gzip ' +
        results.map((r) => `${r.path} ${kb(r.inlineCssGzip)}`).join(', ') +
        ')',
    );
    console.log(
      `Lighthouse ${CPU ? `with CPU slowdown ${CPU}x` : 'with its default 4x CPU slowdown'}: median of ${RUNS} run(s); performance per run: ${results.map((r) => `${r.path} ${r.runs.map((x) => x.performance ?? '–').join('/')}`).join(', ')}`,
    );
    console.log(
      `Host benchmarkIndex per run (a desktop is about 1000-2000): ${results.flatMap((r) => r.runs.map((x) => (x.benchmarkIndex === null ? '–' : Math.round(x.benchmarkIndex)))).join(', ')}`,
    );
    const problems: string[] = [];
    for (const r of results) {
      const budget = BUDGET[r.path];
      if (budget !== undefined && r.totalGzip > budget)
        problems.push(`${r.path}: ${kb(r.totalGzip)} over the ${kb(budget)} budget`);
      if (r.performance !== null && r.performance < TARGET.performance)
        problems.push(`${r.path}: Lighthouse performance ${r.performance} < ${TARGET.performance}`);
      if (r.accessibility !== null && r.accessibility < TARGET.accessibility)
        problems.push(`${r.path}: Lighthouse accessibility ${r.accessibility} < ${TARGET.accessibility}`);
      if (r.performance === null) problems.push(`${r.path}: Lighthouse did not run`);
    }
    writeFileSync(
      join(OUT, 'bench.json'),
      `${JSON.stringify({ build: b, served: gz ? 'gzip' : 'astro preview', cpuSlowdown: CPU ?? 4, pages: results, problems }, null, 2)}\n`,
    );
    console.log(problems.length ? `\nTargets missed:\n  ${problems.join('\n  ')}` : '\nAll targets met.');
  } finally {
    preview?.kill();
    server?.close();
  }
}

await main();
