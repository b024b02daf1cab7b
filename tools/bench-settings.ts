// Settings shared by the parts of `npm run bench`: folders, the preview port and browser, the pages measured, the
// Lighthouse runs and the targets (from the environment; see tools/bench.ts).
import { join } from 'node:path';

export const ROOT = process.cwd();
export const OUT = join(ROOT, '.bench');
export const DIST = join(OUT, 'dist');
export const PORT = Number(process.env.BENCH_PORT ?? 4399);
export const BASE = `http://127.0.0.1:${PORT}`;
export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const PAGES = (process.env.BENCH_PAGES ?? '/,/region/london/,/seat/E14000887/').split(',');
export const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
export const CPU = process.env.BENCH_CPU ? Number(process.env.BENCH_CPU) : null;
export const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };

/** First-load budgets (gzip bytes) by path; pages not listed are only reported. */
export const BUDGET: Record<string, number> = { '/': 150 * 1024, '/seat/E14000887/': 30 * 1024 };
export const TARGET = { performance: 95, accessibility: 100 };
