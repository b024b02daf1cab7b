// A temporary raw mirror with some files altered (re-pinned in a temporary manifest), and a temporary copy of the
// curated data/ folder, for pipeline runs on damaged or hostile input.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
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
