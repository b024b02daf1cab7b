// Benchmark for /membership/local/: loads a generated SYNTHETIC 200,000-row membership file (invented counts for the
// real 2010-2023 seats) into the built page in headless Chromium and prints the time to result, the longest task on
// the page's main thread, and the peak memory of the browser's processes. Prints figures; asserts nothing.
// `npm run bench:byo` (builds nothing: run `npm run build` first). ROWS=… changes the size; BASE=… uses a running server.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signalGroup, spawnGroup } from './process-group';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS } from '../tests/support/chrome';
import { waitFor } from './bench-pages';

const ROWS = Number(process.env.ROWS ?? 200_000);
const PORT = Number(process.env.BENCH_PORT ?? 4599);

/** SYNTHETIC: real 2010-2023 seat codes, weekly dates from 2010, made-up member counts, in a spreadsheet's format. */
function syntheticCsv(rows: number): string {
  const seats = (JSON.parse(readFileSync('data/derived/seats.json', 'utf8')) as { code: string; boundarySet: string }[])
    .filter((s) => s.boundarySet === '2010')
    .map((s) => s.code);
  const lines = ['ons_code,date,members,activists,party'];
  const start = Date.UTC(2010, 0, 4);
  for (let i = 0; i < rows; i++) {
    const week = Math.floor(i / seats.length);
    const d = new Date(start + week * 7 * 86_400_000);
    const date = `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
    const members = 200 + ((i * 7919) % 1400);
    lines.push(`${seats[i % seats.length]},${date},"${members.toLocaleString('en-GB')}",${members % 97},SYNTHETIC`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Resident memory (kB) of every process descended from this one (the preview server excluded). */
function treeRssKb(exclude: ReadonlySet<number>): number {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      parent.set(Number(name), Number(/PPid:\s+(\d+)/.exec(status)?.[1] ?? 0));
      rss.set(Number(name), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {
      // the process ended while being read
    }
  }
  let total = 0;
  for (const [pid, kb] of rss) {
    if (exclude.has(pid)) continue;
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) {
      if (exclude.has(p)) break;
      if (p === process.pid) {
        total += kb;
        break;
      }
    }
  }
  return total;
}

let server: ChildProcess | null = null;
const base = process.env.BASE ?? `http://127.0.0.1:${PORT}`;
if (!process.env.BASE) {
  server = spawnGroup('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], { stdio: 'ignore' });
  await waitFor(`${base}/`, 60_000);
}
const exclude = new Set<number>(server?.pid ? [server.pid] : []);

const csv = syntheticCsv(ROWS);
// Chosen from disk as a reader would: a buffer would be decoded by Playwright's script on the page's main thread,
// which is a long task of the harness, not of the page.
const dir = mkdtempSync(join(tmpdir(), 'bench-byo-'));
const file = join(dir, 'SYNTHETIC-bench.csv');
writeFileSync(file, csv);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: CHROME_FLAGS,
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(
    `window.__longest = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longest = Math.max(window.__longest, e.duration); }).observe({ type: 'longtask', buffered: false });`,
  );
  await page.goto(`${base}/membership/local/`, { waitUntil: 'networkidle' });
  await page.locator('[data-ml-root][data-ml-ready="true"]').waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.evaluate('window.__longest = 0');
  const before = treeRssKb(exclude);
  let peakKb = before;
  let peakHeap = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peakKb = Math.max(peakKb, treeRssKb(exclude));
      const { metrics } = await cdp.send('Performance.getMetrics');
      peakHeap = Math.max(peakHeap, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const t0 = performance.now();
  await page.setInputFiles('#ml-file', file);
  await page.locator('[data-ml-status]').filter({ hasText: 'Read SYNTHETIC-bench.csv' }).waitFor({ timeout: 600_000 });
  const seconds = (performance.now() - t0) / 1000;
  sampling = false;
  await sampler;
  const status = await page.locator('[data-ml-status]').textContent();
  const longest = Number(await page.evaluate('window.__longest'));
  const mb = (kb: number) => (kb / 1024).toFixed(0);
  console.log(
    `bench:byo ${ROWS.toLocaleString('en-GB')} rows, ${(csv.length / 1_048_576).toFixed(1)} MB (SYNTHETIC, dd/mm/yyyy dates, "1,039" counts)`,
  );
  console.log(`bench:byo status: ${status}`);
  console.log(
    `bench:byo time to result ${seconds.toFixed(1)} s; longest main-thread task ${(longest / 1000).toFixed(2)} s`,
  );
  console.log(
    `bench:byo peak memory: browser processes ${mb(peakKb)} MB resident (${mb(before)} MB before the file), page main-thread JS heap ${(peakHeap / 1_048_576).toFixed(0)} MB`,
  );
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
  if (server) signalGroup(server);
}
