// Acquire step: copy each raw file from the mirror folder (or download it), verify its sha256, cache it in data/raw.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Source } from '../lib/manifest';

export interface Acquired {
  source: Source;
  bytes: Uint8Array;
  from: 'cache' | 'mirror' | 'url';
}

export class ChecksumError extends Error {}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function verify(source: Source, bytes: Uint8Array, where: string): void {
  const got = sha256(bytes);
  if (got !== source.sha256) {
    throw new ChecksumError(
      `checksum mismatch for ${source.id} (${where}): expected sha256 ${source.sha256}, got ${got}. ` +
        'The file differs from the one the manifest pins; nothing was written.',
    );
  }
}

export async function acquire(
  sources: readonly Source[],
  opts: { mirror: string | null; cache: string; log: (line: string) => void; fetchFn?: typeof fetch },
): Promise<Map<string, Acquired>> {
  const out = new Map<string, Acquired>();
  for (const source of sources) {
    const cached = join(opts.cache, source.file);
    let acquired: Acquired | null = null;
    if (existsSync(cached)) {
      const bytes = readFileSync(cached);
      if (sha256(bytes) === source.sha256) acquired = { source, bytes, from: 'cache' };
    }
    if (!acquired && opts.mirror && existsSync(join(opts.mirror, source.file))) {
      const path = join(opts.mirror, source.file);
      const bytes = readFileSync(path);
      verify(source, bytes, path);
      acquired = { source, bytes, from: 'mirror' };
    }
    if (!acquired) {
      if (!source.url) throw new Error(`${source.id}: not in the mirror folder and has no download URL (${source.file})`);
      const res = await (opts.fetchFn ?? fetch)(source.url);
      if (!res.ok) throw new Error(`${source.id}: download failed, HTTP ${res.status} from ${source.url}`);
      const bytes = new Uint8Array(await res.arrayBuffer());
      verify(source, bytes, source.url);
      acquired = { source, bytes, from: 'url' };
    }
    if (acquired.from !== 'cache') {
      mkdirSync(dirname(cached), { recursive: true });
      writeFileSync(`${cached}.part`, acquired.bytes);
      renameSync(`${cached}.part`, cached);
    }
    opts.log(`acquire ${source.id.padEnd(20)} ${acquired.from.padEnd(6)} ${acquired.bytes.length.toLocaleString('en-GB')} bytes, sha256 ok`);
    out.set(source.id, acquired);
  }
  return out;
}
