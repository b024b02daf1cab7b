// Test helper: a temp raw mirror with several files altered (manifest re-pinned), and a temp copy of the curated data/ folder.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { defaultOptions, type PipelineOptions } from '../../../scripts/pipeline';
import { ROOT, sha256 } from '../../unit/pipeline/broken-mirror';

export { leftovers, snapshot } from '../../unit/pipeline/broken-mirror';
export { ROOT };

const real = defaultOptions(ROOT, () => {});

export interface ManifestSource {
  id: string;
  file: string;
  sha256: string;
  bytes: number;
}

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
 * Links every manifest file from the real mirror into a temp mirror except those in `alter`, which are written as
 * alter[id](original bytes) and re-pinned in a temp manifest. `curated` replaces files of a copy of the repository's
 * data/ folder (path relative to the repository root, e.g. 'data/organisers.csv' -> new text), used as the root.
 */
export function damagedMirror(
  alter: Record<string, (original: Buffer) => Buffer | string>,
  curated: Record<string, string> = {},
  today = '2026-01-01',
): DamagedMirror {
  if (!real.mirror) throw new Error('no mirror folder configured');
  const dir = mkdtempSync(join(tmpdir(), 'groundwork-damaged-'));
  const mirror = join(dir, 'mirror');
  const manifest = JSON.parse(readFileSync(real.manifestPath, 'utf8')) as { sources: ManifestSource[] };
  const pending = new Set(Object.keys(alter));
  for (const s of manifest.sources) {
    const target = join(mirror, s.file);
    mkdirSync(dirname(target), { recursive: true });
    const fn = alter[s.id];
    if (!fn) {
      symlinkSync(join(real.mirror, s.file), target);
      continue;
    }
    pending.delete(s.id);
    const altered = Buffer.from(fn(readFileSync(join(real.mirror, s.file))));
    writeFileSync(target, altered);
    s.sha256 = sha256(altered);
    s.bytes = altered.length;
  }
  if (pending.size) throw new Error(`not in the manifest: ${[...pending].join(', ')}`);
  const manifestPath = join(dir, 'sources.json');
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  let root = real.root;
  if (Object.keys(curated).length) {
    root = join(dir, 'root');
    for (const part of ['organisers.csv', 'seat-sets', 'membership']) cpSync(join(ROOT, 'data', part), join(root, 'data', part), { recursive: true });
    for (const [path, text] of Object.entries(curated)) writeFileSync(join(root, path), text);
  }
  return {
    dir,
    options: { ...real, root, manifestPath, mirror, rawCache: join(dir, 'raw'), outDir: join(dir, 'out'), log: () => {}, today },
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
