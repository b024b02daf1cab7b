// Test helper: a temp raw mirror with several files altered (manifest re-pinned), and a temp copy of the curated data/ folder.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultOptions, type PipelineOptions } from '../../../pipeline/pipeline';
import { writeTempInputs, type ManifestSource } from '../../../tools/check/temp-mirror';
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
 * Pipeline options over a temp mirror where the sources in `alter` are written as alter[id](original bytes) and
 * re-pinned; `curated` replaces files of a copy of the repository's data/ folder (e.g. 'data/organisers.csv' -> text).
 */
export function damagedMirror(
  alter: Record<string, (original: Buffer) => Buffer | string>,
  curated: Record<string, string> = {},
  today = '2026-01-01',
): DamagedMirror {
  if (!real.mirror) throw new Error('no mirror folder configured');
  const dir = mkdtempSync(join(tmpdir(), 'groundwork-damaged-'));
  const inputs = writeTempInputs(dir, {
    repo: ROOT,
    realManifest: real.manifestPath,
    realMirror: real.mirror,
    alter,
    curated,
  });
  return {
    dir,
    options: { ...real, ...inputs, rawCache: join(dir, 'raw'), outDir: join(dir, 'out'), log: () => {}, today },
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
