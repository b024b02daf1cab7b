// The build figures of `npm run bench`: the plain reference script, `npm run data`, a clean build and a build from
// the PNG cache it filled, by phase, with peak memory, dist bytes and file count, and whether the two are identical.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import { compareDist, describeDiff, identical } from './compare-dist';
import { DIST, OUT, ROOT, env } from './bench-settings';
import { writeFloorProject } from './bench-floor';

/** The most dist/ may weigh (bytes of its files). */
const DIST_LIMIT_BYTES = 150e6;

export interface Build {
  seconds: number;
  pages: number;
  files: number;
  bytes: number;
  pagesPerSecond: number;
  peakRssMb: number | null;
  /** User + system CPU seconds of the build and its threads (less sensitive than wall time to a busy machine). */
  cpuSeconds: number | null;
  /** Seconds the build spent waiting on PNG routes (the social cards), from Astro's per-route timings. */
  imageSeconds: number;
  /** Seconds of Vite's bundling passes. */
  viteSeconds: number;
  pngCache: string;
}

/** `npm run build` in a fresh clone of the last commit: no data/derived, no step or card cache, no dist. */
export interface FreshBuild {
  commit: string;
  seconds: number;
  /** When the data step and the site step ended, as tools/build.ts prints them (seconds from its start). */
  dataSeconds: number | null;
  siteSeconds: number | null;
  cpuSeconds: number | null;
  peakRssMb: number | null;
}

/** The bare Astro project of tools/bench-floor.ts, built with as many pages as the clean build wrote. */
export interface FloorBuild {
  seconds: number;
  cpuSeconds: number | null;
  pages: number;
  pageBytes: number;
}

export interface BuildFigures {
  loadBefore: number[];
  loadAfter: number[];
  referenceSeconds: number;
  referenceCpuSeconds: number | null;
  dataSeconds: number;
  dataCpuSeconds: number | null;
  dataPeakRssMb: number | null;
  clean: Build;
  cached: Build;
  floor: FloorBuild;
  fresh: FreshBuild;
  cachedEqualsClean: boolean;
  diff: string;
}

export function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const timed = existsSync('/usr/bin/time');
const maxRss = (stderr: string): number | null => {
  const m = /GWBENCH_MAXRSS_KB=(\d+)/.exec(stderr);
  return m ? Number(m[1]) / 1024 : null;
};
const cpu = (stderr: string): number | null => {
  const m = /GWBENCH_CPU_S=([\d.]+)\+([\d.]+)/.exec(stderr);
  return m ? Number(m[1]) + Number(m[2]) : null;
};

/** Runs a command under GNU time (peak resident memory and CPU seconds of it and its children); throws when it fails. */
export function run(
  argv: string[],
  extraEnv: Record<string, string> = {},
  cwd = ROOT,
): { seconds: number; stdout: string; stderr: string; peakRssMb: number | null; cpuSeconds: number | null } {
  const started = performance.now();
  const [cmd, ...rest] = timed ? ['/usr/bin/time', '-f', 'GWBENCH_MAXRSS_KB=%M GWBENCH_CPU_S=%U+%S', ...argv] : argv;
  const r = spawnSync(cmd!, rest, {
    cwd,
    env: { ...env, ...extraEnv },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) {
    process.stderr.write(r.stdout.slice(-4000) + r.stderr.slice(-4000));
    throw new Error(`${argv.join(' ')} failed`);
  }
  return { seconds, stdout: r.stdout, stderr: r.stderr, peakRssMb: maxRss(r.stderr), cpuSeconds: cpu(r.stderr) };
}

/**
 * Seconds the build spent on the .png routes: for a route Astro generates, from its header line to the next route's
 * (Astro generates several pages at a time, so the times it prints per file overlap and do not add up to wall time);
 * for a bulk route (src/server/bulk-files.ts), the time its line reports.
 */
export function imageSecondsOf(log: string): number {
  const clock = (t: string) => t.split(':').reduce((n, x) => n * 60 + Number(x), 0);
  const marks = [...log.matchAll(/^(\d\d:\d\d:\d\d) (?:[▶λ] (\S+)|✓ Completed in)/gm)].map((m) => ({
    at: clock(m[1]!),
    route: m[2] ?? null,
  }));
  let seconds = 0;
  for (let i = 0; i + 1 < marks.length; i++)
    if (marks[i]!.route?.endsWith('.png.ts')) seconds += marks[i + 1]!.at - marks[i]!.at;
  for (const m of log.matchAll(/\[groundwork:bulk-files\] (\S+): \d+ files in ([\d.]+) s/g))
    if (m[1]!.endsWith('.png')) seconds += Number(m[2]);
  return seconds;
}

/** `astro build` into `outDir` with the PNG cache at `cache`; images = time spent on the .png routes. */
export function astroBuild(outDir: string, cache: string): Build {
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
    cpuSeconds: r.cpuSeconds,
    imageSeconds: imageMs / 1000,
    viteSeconds,
    pngCache: cache,
  };
}

/**
 * `npm run build` in a fresh clone of the last commit, as after `git clone` and `npm install` (this checkout's
 * node_modules is linked in; the raw files come from the same mirror): the data step with no step cache, beside the
 * site build with no card cache.
 */
export function freshCloneBuild(): FreshBuild {
  const dir = mkdtempSync(join(tmpdir(), 'groundwork-fresh-'));
  const clone = join(dir, 'groundwork');
  try {
    const git = (...args: string[]) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
    if (git('status', '--porcelain').stdout.trim())
      console.log('Note: the working tree has uncommitted changes; the fresh-clone build measures the last commit.');
    if (git('clone', '-q', ROOT, clone).status !== 0) throw new Error('git clone failed');
    symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'));
    const r = run(['npm', 'run', 'build', '--silent'], { GROUNDWORK_MIRROR: join(ROOT, '../shared/data') }, clone);
    const step = (name: string) => {
      const m = new RegExp(`^${name}: ([\\d.]+) s`, 'm').exec(r.stdout);
      return m ? Number(m[1]) : null;
    };
    return {
      commit: git('rev-parse', '--short', 'HEAD').stdout.trim(),
      seconds: r.seconds,
      dataSeconds: step('data'),
      siteSeconds: step('site'),
      cpuSeconds: r.cpuSeconds,
      peakRssMb: r.peakRssMb,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Builds the bare Astro project with the clean build's page count and average page size. */
function floorBuild(clean: Build): FloorBuild {
  const html = walk(DIST).filter((f) => f.endsWith('.html'));
  const pageBytes = Math.round(html.reduce((n, f) => n + statSync(f).size, 0) / html.length);
  const p = writeFloorProject(ROOT, join(OUT, 'floor'), clean.pages, pageBytes);
  const r = run([process.execPath, join(ROOT, 'node_modules/astro/astro.js'), 'build'], {}, p.dir);
  return { seconds: r.seconds, cpuSeconds: r.cpuSeconds, pages: p.pages, pageBytes };
}

/**
 * The build figures, all from one run: the plain reference script, `npm run data`, a clean build (empty PNG cache),
 * and a second build from the cache it filled, compared file by file with the clean one.
 */
export function buildFigures(): BuildFigures {
  const loadBefore = loadavg();
  console.log(
    `Load average before: ${loadBefore.map((x) => x.toFixed(2)).join(', ')} on ${availableParallelism()} cores`,
  );
  const ref = run([
    process.execPath,
    join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
    join(ROOT, 'tools/bench-reference.ts'),
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
  const floor = floorBuild(clean);
  const fresh = freshCloneBuild();
  const loadAfter = loadavg();
  return {
    loadBefore,
    loadAfter,
    referenceSeconds: ref.seconds,
    referenceCpuSeconds: ref.cpuSeconds,
    dataSeconds: data.seconds,
    dataCpuSeconds: data.cpuSeconds,
    dataPeakRssMb: data.peakRssMb,
    clean,
    cached,
    floor,
    fresh,
    cachedEqualsClean: identical(d),
    diff: describeDiff(d),
  };
}

export function printFigures(f: BuildFigures): void {
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  const cpuOf = (s: number | null) => (s === null ? 'n/a' : `${s.toFixed(1)} s`);
  const row = (label: string, b: Build) =>
    `${label.padEnd(14)} ${b.seconds.toFixed(1).padStart(7)} s  pages ${(b.seconds - b.imageSeconds).toFixed(1).padStart(6)} s (Vite ${b.viteSeconds.toFixed(1)} s)  images ${b.imageSeconds.toFixed(1).padStart(6)} s  CPU ${cpuOf(b.cpuSeconds)}  peak ${b.peakRssMb === null ? 'n/a' : `${b.peakRssMb.toFixed(0)} MB`}  dist ${mb(b.bytes)} in ${b.files.toLocaleString('en-GB')} files (${b.pages.toLocaleString('en-GB')} pages)`;
  console.log('\nBuild figures (one run; seconds are wall-clock on this machine, CPU is user + system seconds):');
  console.log(
    `${'reference'.padEnd(14)} ${f.referenceSeconds.toFixed(1).padStart(7)} s  (plain Node script, 1,301 pages)  CPU ${cpuOf(f.referenceCpuSeconds)}`,
  );
  console.log(
    `${'data'.padEnd(14)} ${f.dataSeconds.toFixed(1).padStart(7)} s  CPU ${cpuOf(f.dataCpuSeconds)}  peak ${f.dataPeakRssMb === null ? 'n/a' : `${f.dataPeakRssMb.toFixed(0)} MB`}`,
  );
  console.log(row('clean build', f.clean));
  console.log(row('cached build', f.cached));
  console.log(
    `clean total (data + clean build): ${(f.dataSeconds + f.clean.seconds).toFixed(1)} s; ${(f.clean.seconds / f.referenceSeconds).toFixed(1)}x the reference`,
  );
  const fl = f.floor;
  console.log(
    `${'Astro floor'.padEnd(14)} ${fl.seconds.toFixed(1).padStart(7)} s  bare Astro, ${fl.pages.toLocaleString('en-GB')} pages of ${(fl.pageBytes / 1024).toFixed(1)} KB (no data, components or scripts)  CPU ${cpuOf(fl.cpuSeconds)}; ${(fl.seconds / f.referenceSeconds).toFixed(1)}x the reference`,
  );
  const fr = f.fresh;
  const at = (s: number | null) => (s === null ? 'n/a' : `${s.toFixed(1)} s`);
  console.log(
    `fresh clone    ${fr.seconds.toFixed(1).padStart(7)} s  npm run build in a fresh clone of ${fr.commit} (no derived data, step or card cache): data done at ${at(fr.dataSeconds)}, site at ${at(fr.siteSeconds)}  CPU ${cpuOf(fr.cpuSeconds)}  peak ${fr.peakRssMb === null ? 'n/a' : `${fr.peakRssMb.toFixed(0)} MB`}; ${(fr.seconds / f.referenceSeconds).toFixed(1)}x the reference`,
  );
  console.log(`cached build == clean build: ${f.cachedEqualsClean ? 'yes, ' : 'NO: '}${f.diff}`);
  const left = DIST_LIMIT_BYTES - f.clean.bytes;
  console.log(
    `dist against its limit (issue 13, ${mb(DIST_LIMIT_BYTES)}): ${left >= 0 ? `${mb(left)} left` : `OVER by ${mb(-left)}`}; a data version that changes results.csv and seats.csv adds about 2.4 MB`,
  );
  console.log(`Load average after: ${f.loadAfter.map((x) => x.toFixed(2)).join(', ')}`);
}
