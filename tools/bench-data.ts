// Benchmarks the data pipeline: N runs (default 3), each with a fresh raw cache so acquisition really copies,
// printing per-phase seconds (each run and the median), total, peak RSS and rows read per second.
// Run: npx tsx tools/bench-data.ts [--runs N]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultOptions, runPipeline, type PipelineTimings } from '../pipeline/pipeline';

interface Run {
  timings: PipelineTimings;
  totalMs: number;
  rowsRead: number;
  peakRssMb: number;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function runsArg(argv: readonly string[]): number {
  const i = argv.indexOf('--runs');
  const n = i >= 0 ? Number(argv[i + 1]) : 3;
  if (!Number.isInteger(n) || n < 1) throw new Error('--runs must be a whole number of at least 1');
  return n;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function once(): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'groundwork-bench-'));
  try {
    const opts = { ...defaultOptions(root, () => {}), rawCache: join(dir, 'raw'), outDir: join(dir, 'out') };
    const t0 = performance.now();
    const { timings } = await runPipeline(opts);
    const totalMs = performance.now() - t0;
    const report = JSON.parse(readFileSync(join(opts.outDir, 'report.json'), 'utf8')) as { totals: { read: number } };
    return { timings, totalMs, rowsRead: report.totals.read, peakRssMb: process.resourceUsage().maxRSS / 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, j) => Math.max(...rows.map((r) => r[j]!.length)));
  return rows
    .map((r) => r.map((c, j) => (j === 0 ? c.padEnd(widths[j]!) : c.padStart(widths[j]!))).join('  '))
    .join('\n');
}

const n = runsArg(process.argv.slice(2));
const runs: Run[] = [];
for (let i = 0; i < n; i++) runs.push(await once());

const s = (ms: number) => (ms / 1000).toFixed(2);
const line = (label: string, values: number[], fmt: (x: number) => string) => [
  label,
  ...values.map(fmt),
  fmt(median(values)),
];
const rowsPerSec = runs.map((r) => r.rowsRead / (r.totalMs / 1000));
const mirror = defaultOptions(root, () => {}).mirror;

process.stdout.write(
  `Groundwork data pipeline, ${n} run${n > 1 ? 's' : ''}, fresh raw cache each run (copied from ${mirror ?? 'the source URLs'}), output to a temp folder\n\n`,
);
process.stdout.write(
  `${table([
    ['', ...runs.map((_, i) => `run ${i + 1}`), 'median'],
    ...(['acquire', 'validate', 'derive', 'write'] as const).map((step) =>
      line(
        `${step} (s)`,
        runs.map((r) => r.timings[`${step}Ms` as const]),
        s,
      ),
    ),
    line(
      'total (s)',
      runs.map((r) => r.totalMs),
      s,
    ),
    line(
      'rows read',
      runs.map((r) => r.rowsRead),
      (x) => Math.round(x).toLocaleString('en-GB'),
    ),
    line('rows read / s', rowsPerSec, (x) => Math.round(x).toLocaleString('en-GB')),
  ])}\n`,
);
const rss = runs.map((r) => r.peakRssMb.toFixed(0));
process.stdout.write(
  `\npeak RSS ${rss[rss.length - 1]} MB (process maximum, process.resourceUsage().maxRSS; after each run: ${rss.join(', ')} MB)\n`,
);
process.stdout.write(
  'run 1 includes module loading and JIT warm-up; rows read / s is all rows read over the whole run\n',
);
