// Test helper: a temporary copy of the raw mirror with one file altered, a manifest to match, and a snapshot of a folder.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultOptions, type PipelineOptions } from '../../../pipeline/pipeline';
import { loadManifest } from '../../../pipeline/lib/manifest';
import { linkedRawCache } from '../../../tools/check/temp-mirror';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const real = defaultOptions(ROOT, () => {});

export interface BrokenMirror {
  dir: string;
  /**
   * Pipeline options reading the altered mirror and writing to `dir/out`, with a raw cache of links to data/raw
   * (linkedRawCache), or an empty one when the checksum is kept (a cached good copy would hide the damage).
   */
  options: PipelineOptions;
  cleanup: () => void;
}

export const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

export function originalBytes(sourceId: string): Buffer {
  const source = loadManifest(real.manifestPath).find((s) => s.id === sourceId);
  if (!source || !real.mirror) throw new Error(`no source ${sourceId} or no mirror`);
  return readFileSync(join(real.mirror, source.file));
}

/**
 * Links every manifest file from the real mirror into a temp mirror, except `sourceId`, which is written as
 * `alter(original bytes)`. The temp manifest pins the altered file's sha256 unless `keepChecksum` is set.
 */
export function brokenMirror(
  sourceId: string,
  alter: (original: Buffer) => Buffer | string,
  opts: { keepChecksum?: boolean } = {},
): BrokenMirror {
  if (!real.mirror) throw new Error('no mirror folder configured');
  const dir = mkdtempSync(join(tmpdir(), 'groundwork-broken-'));
  const mirror = join(dir, 'mirror');
  const manifest = JSON.parse(readFileSync(real.manifestPath, 'utf8')) as {
    sources: { id: string; file: string; sha256: string; bytes: number }[];
  };
  let found = false;
  for (const s of manifest.sources) {
    const target = join(mirror, s.file);
    mkdirSync(dirname(target), { recursive: true });
    if (s.id !== sourceId) {
      symlinkSync(join(real.mirror, s.file), target);
      continue;
    }
    found = true;
    const altered = Buffer.from(alter(readFileSync(join(real.mirror, s.file))));
    writeFileSync(target, altered);
    if (!opts.keepChecksum) {
      s.sha256 = sha256(altered);
      s.bytes = altered.length;
    }
  }
  if (!found) throw new Error(`no source ${sourceId} in the manifest`);
  const manifestPath = join(dir, 'sources.json');
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return {
    dir,
    options: {
      ...real,
      manifestPath,
      mirror,
      rawCache: opts.keepChecksum ? join(dir, 'raw') : linkedRawCache(join(dir, 'raw'), real),
      outDir: join(dir, 'out'),
      log: () => {},
      today: '2026-01-01',
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Every file under `dir` (relative path -> sha256), or null when `dir` does not exist. */
export function snapshot(dir: string): Record<string, string> | null {
  if (!existsSync(dir)) return null;
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[relative(dir, full)] = sha256(readFileSync(full));
    }
  };
  walk(dir);
  return out;
}

/** Names in the parent folder of `outDir` that the all-or-nothing writer would leave behind on a failed commit. */
export function leftovers(outDir: string): string[] {
  const base = `${outDir.split('/').pop()}.`;
  return readdirSync(dirname(outDir)).filter((n) => n.startsWith(base));
}
