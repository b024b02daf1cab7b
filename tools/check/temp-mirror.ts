// A temporary raw mirror with some files altered (re-pinned in a temporary manifest), a temporary copy of the curated
// data/ folder, and a raw cache of links to data/raw, for pipeline runs on damaged or hostile input.
import { createHash } from 'node:crypto';
import { cpSync, linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface ManifestSource {
  id: string;
  file: string;
  sha256: string;
  bytes: number;
  [field: string]: unknown;
}

export interface TempInputs {
  manifestPath: string;
  mirror: string;
  /** Repository-like root whose data/ holds the curated files. */
  root: string;
}

/**
 * Writes `dir`/mirror (links to the real mirror's files, except the altered ones), `dir`/sources.json (altered files
 * re-pinned, `manifest` edits applied) and, when `curated` has entries, `dir`/root/data (a copy of the repository's
 * curated files with those replaced).
 */
export function writeTempInputs(
  dir: string,
  args: {
    repo: string;
    realManifest: string;
    realMirror: string;
    alter?: Record<string, (original: Buffer) => Buffer | string>;
    manifest?: Record<string, Partial<ManifestSource>>;
    curated?: Record<string, string>;
  },
): TempInputs {
  const mirror = join(dir, 'mirror');
  const json = JSON.parse(readFileSync(args.realManifest, 'utf8')) as { sources: ManifestSource[] };
  const pending = new Set([...Object.keys(args.alter ?? {}), ...Object.keys(args.manifest ?? {})]);
  for (const s of json.sources) {
    const target = join(mirror, s.file);
    mkdirSync(dirname(target), { recursive: true });
    Object.assign(s, args.manifest?.[s.id] ?? {});
    const fn = args.alter?.[s.id];
    pending.delete(s.id);
    if (!fn) {
      symlinkSync(join(args.realMirror, s.file), target);
      continue;
    }
    const altered = Buffer.from(fn(readFileSync(join(args.realMirror, s.file))));
    writeFileSync(target, altered);
    s.sha256 = createHash('sha256').update(altered).digest('hex');
    s.bytes = altered.length;
  }
  if (pending.size) throw new Error(`not in the manifest: ${[...pending].join(', ')}`);
  const manifestPath = join(dir, 'sources.json');
  writeFileSync(manifestPath, JSON.stringify(json, null, 2));
  let root = args.repo;
  if (Object.keys(args.curated ?? {}).length) {
    root = join(dir, 'root');
    for (const part of ['organisers.csv', 'seat-sets', 'membership'])
      cpSync(join(args.repo, 'data', part), join(root, 'data', part), { recursive: true });
    for (const [path, text] of Object.entries(args.curated ?? {})) writeFileSync(join(root, path), text);
  }
  return { manifestPath, mirror, root };
}

/**
 * A raw cache at `dir` filled with hard links to the files of the real raw cache (data/raw, which `npm run data`
 * filled) instead of the 165 MB copy a run would write, and delete, again. The pipeline verifies every cached file's
 * checksum and replaces a cached file by writing a new one and renaming it over the link, so data/raw is never written.
 * A file that cannot be linked (data/raw not filled, another file system) is left out, and the run copies it from the
 * mirror.
 */
export function linkedRawCache(dir: string, real: { manifestPath: string; rawCache: string }): string {
  const { sources } = JSON.parse(readFileSync(real.manifestPath, 'utf8')) as { sources: ManifestSource[] };
  for (const s of sources) {
    const target = join(dir, s.file);
    try {
      mkdirSync(dirname(target), { recursive: true });
      linkSync(join(real.rawCache, s.file), target);
    } catch {
      // copied from the mirror by the run
    }
  }
  return dir;
}
