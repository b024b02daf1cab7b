// Test helper: the folder of derived tables (data/derived when built, else built once into the OS temp folder),
// and the raw files the tests cross-check against, read from the mirror and verified against the manifest.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, beforeAll } from 'vitest';
import { defaultOptions, runPipeline } from '../../pipeline/pipeline';
import { loadManifest } from '../../pipeline/lib/manifest';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * For a test file that reads the real derived tables through the site's data layer (src/data): points it at
 * derivedDir() before the file's later hooks, and puts the setting back afterwards (the quick project's test files
 * share a process). Returns a getter for the folder, set once the hook has run.
 */
export function useDerivedInSite(): () => string {
  const before = process.env.GROUNDWORK_DERIVED;
  let dir = '';
  beforeAll(async () => {
    dir = await derivedDir();
    process.env.GROUNDWORK_DERIVED = dir;
  }, 120_000);
  afterAll(() => {
    if (before === undefined) delete process.env.GROUNDWORK_DERIVED;
    else process.env.GROUNDWORK_DERIVED = before;
  });
  return () => dir;
}

const TABLES = ['seats.json', 'results.json', 'seat-metrics.json', 'area-metrics.json', 'report.json', 'version.json'];

const complete = (dir: string) => TABLES.every((t) => existsSync(join(dir, t)));

/**
 * data/derived if it holds every table; otherwise (or with GROUNDWORK_TEST_FRESH_DERIVED=1) runs the pipeline once
 * into a temp folder shared by all test files, keyed by the manifest, with its own fresh raw cache.
 */
export async function derivedDir(): Promise<string> {
  const local = defaultOptions(ROOT, () => {}).outDir;
  if (!process.env.GROUNDWORK_TEST_FRESH_DERIVED && complete(local)) return local;
  const manifest = readFileSync(join(ROOT, 'data/sources.json'));
  const key = createHash('sha256').update(manifest).digest('hex').slice(0, 12);
  const shared = join(tmpdir(), `groundwork-derived-${key}`);
  if (complete(shared)) return shared;
  // Build into a private folder and move it into place, so parallel test files never see half a build.
  const own = `${shared}-build-${process.pid}`;
  rmSync(own, { recursive: true, force: true });
  mkdirSync(own, { recursive: true });
  await runPipeline({ ...defaultOptions(ROOT, () => {}), rawCache: join(own, 'raw'), outDir: join(own, 'out') });
  try {
    renameSync(join(own, 'out'), shared);
  } catch (e) {
    if (!complete(shared)) throw e;
  }
  rmSync(own, { recursive: true, force: true });
  return shared;
}

export function readDerived<T>(dir: string, table: string): T {
  return JSON.parse(readFileSync(join(dir, table), 'utf8')) as T;
}

/** A raw source's bytes from the mirror, refusing a file that differs from the one data/sources.json pins. */
export function rawBytes(sourceId: string): Buffer {
  const opts = defaultOptions(ROOT, () => {});
  const source = loadManifest(opts.manifestPath).find((s) => s.id === sourceId);
  if (!source) throw new Error(`no source ${sourceId} in the manifest`);
  const candidates = [opts.mirror && join(opts.mirror, source.file), join(opts.rawCache, source.file)].filter(
    (p): p is string => !!p,
  );
  for (const path of candidates) {
    if (!existsSync(path)) continue;
    const bytes = readFileSync(path);
    if (createHash('sha256').update(bytes).digest('hex') === source.sha256) return bytes;
  }
  throw new Error(`${sourceId}: no copy matching the manifest checksum in ${candidates.join(' or ')}`);
}

/** A raw UTF-8 CSV source as header-keyed rows (no validation: the tests compare these against the pipeline). */
export function rawCsv(sourceId: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(rawBytes(sourceId).toString('utf8'), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  if (parsed.errors.length) throw new Error(`${sourceId}: ${parsed.errors[0]!.message}`);
  return parsed.data;
}
