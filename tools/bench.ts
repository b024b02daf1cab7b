// `npm run bench`: times the plain reference script (tools/bench-reference.ts), `npm run data`, a clean build (empty
// PNG cache) and a build from that cache, by phase (pages, images), with peak memory, dist bytes and file count, and
// checks that the cached build is byte-identical to the clean one; then a bare Astro build of as many pages
// (tools/bench-floor.ts) and a fresh clone's `npm run build`. Then measures the home, a region and a seat page:
// first-load bytes (gzip) by kind in Chromium, and Lighthouse mobile performance and accessibility. Writes
// .bench/bench.json and checks the targets.
//
// Options: --build-only (stop after the build figures), --skip-build (measure the last .bench/dist), --gzip (serve with this script's own small gzip server instead
// of `astro preview`, to check the figures do not depend on the preview server; both compress). Env: BENCH_PAGES="/,/region/london/", BENCH_PORT,
// BENCH_RUNS (Lighthouse runs per page, default 3; the median score is reported, as Lighthouse scores vary run to run),
// BENCH_CPU (Lighthouse's CPU slowdown multiplier, default its own 4x; Lighthouse's throttling guide says to lower it on
// a host whose benchmarkIndex, printed with the scores, is below that of a desktop, e.g. on a busy shared machine).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { buildFigures, printFigures, type BuildFigures } from './bench-build';
import { KINDS, gzipServer, lighthouse, transfer, waitFor, type PageResult } from './bench-pages';
import { BASE, BUDGET, CPU, DIST, OUT, PAGES, PORT, ROOT, RUNS, TARGET, env } from './bench-settings';

const args = new Set(process.argv.slice(2));

function kb(n: number): string {
  return `${(n / 1024).toFixed(1)} KB`;
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
