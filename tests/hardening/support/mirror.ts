// Test helper: a temp raw mirror with several files altered (manifest re-pinned), and a temp copy of the curated data/ folder.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultOptions, type PipelineOptions } from '../../../pipeline/pipeline';
import { linkedRawCache, writeTempInputs, type ManifestSource } from '../../../tools/check/temp-mirror';
import { ROOT } from '../../unit/pipeline/broken-mirror';

export { leftovers, snapshot } from '../../unit/pipeline/broken-mirror';
export { ROOT };

const real = defaultOptions(ROOT, () => {});

export function manifestSources(): ManifestSource[] {
  return (JSON.parse(readFileSync(real.manifestPath, 'utf8')) as { sources: ManifestSource[] }).sources;
}

/** The mirror path of a source (e.g. 'hoc-ge2019' -> 'ge_results_2015_2019_hoc/HoC-GE2019-...csv'). */
export function fileOf(sourceId: string): string {
  const s = manifestSources().find((x) => x.id === sourceId);
  if (!s) throw new Error(`no source ${sourceId}`);
  return s.file;
}

export function originalText(sourceId: string, encoding: BufferEncoding = 'utf8'): string {
  if (!real.mirror) throw new Error('no mirror folder configured');
  return readFileSync(join(real.mirror, fileOf(sourceId))).toString(encoding);
}

export interface DamagedMirror {
  dir: string;
  options: PipelineOptions;
  cleanup: () => void;
}

/**
 * One raw cache for every damaged mirror of this process that does not ask for its own: the pipeline takes a cached
 * file only when its checksum is the one the mirror's manifest pins (a damaged file is read from the mirror and
 * replaces the cached copy), so runs one after another need not copy the 165 MB of unchanged files again each time.
 * It starts as links to data/raw (linkedRawCache), so not even the first run copies them.
 */
let sharedRawCache: string | undefined;

/** Removes the shared raw cache (after the last run). */
export function removeSharedRawCache(): void {
  if (sharedRawCache) rmSync(sharedRawCache, { recursive: true, force: true });
  sharedRawCache = undefined;
}

/**
 * Pipeline options over a temp mirror where the sources in `alter` are written as alter[id](original bytes) and
 * re-pinned; `curated` replaces files of a copy of the repository's data/ folder (e.g. 'data/organisers.csv' -> text).
 * `ownRawCache` gives the run an empty raw cache of its own (for damage to the mirror itself, which a cached copy
 * would hide); otherwise runs share one, so they must not overlap.
 */
export function damagedMirror(
  alter: Record<string, (original: Buffer) => Buffer | string>,
  curated: Record<string, string> = {},
  today = '2026-01-01',
  ownRawCache = false,
): DamagedMirror {
  if (!real.mirror) throw new Error('no mirror folder configured');
  const dir = mkdtempSync(join(tmpdir(), 'groundwork-damaged-'));
  sharedRawCache ??= linkedRawCache(mkdtempSync(join(tmpdir(), 'groundwork-damaged-raw-')), real);
  const inputs = writeTempInputs(dir, {
    repo: ROOT,
    realManifest: real.manifestPath,
    realMirror: real.mirror,
    alter,
    curated,
  });
  return {
    dir,
    options: {
      ...real,
      ...inputs,
      rawCache: ownRawCache ? join(dir, 'raw') : sharedRawCache,
      outDir: join(dir, 'out'),
      log: () => {},
      today,
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Replaces the line of a CSV text that starts with `code,` using `edit`; throws when there is no such line. */
export function editRow(text: string, code: string, edit: (line: string) => string): string {
  const re = new RegExp(`^${code},.*$`, 'm');
  if (!re.test(text)) throw new Error(`no row for ${code}`);
  return text.replace(re, (line) => edit(line.replace(/\r$/, '')) + (line.endsWith('\r') ? '\r' : ''));
}

/** 1-based line number of the row that starts with `code,`. */
export function lineOfRow(text: string, code: string): number {
  const i = text.search(new RegExp(`^${code},`, 'm'));
  if (i < 0) throw new Error(`no row for ${code}`);
  return text.slice(0, i).split('\n').length;
}
