// Acquire step: copy each raw file from the mirror folder (or download it), verify its sha256, cache it in data/raw,
// and give the validate phase its bytes or decoded text by source id. Only regular files are read (no pipes, devices
// or folders; links only into trusted folders), each within a size cap; every failure names the file and its URL.
import { createHash } from 'node:crypto';
import {
  type Stats,
  closeSync,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readlinkSync,
  readSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { DataError } from '../../src/lib/data-error';
import type { Ledger } from '../lib/ledger';
import type { Source } from '../lib/manifest';
import { decodeTextReport } from '../../src/lib/text';
import { download, type DownloadOptions } from './download';

export interface Acquired {
  source: Source;
  bytes: Uint8Array;
  from: 'cache' | 'mirror' | 'url';
}

export class ChecksumError extends Error {}

export interface AcquireOptions extends DownloadOptions {
  cache: string;
  log: (line: string) => void;
  /** Folders a link in the mirror may lead into besides the mirror itself (e.g. the default mirror a test mirror links to). */
  trustedLinkRoots?: readonly string[];
}

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

/** Largest file read for a source: twice the size the manifest pins, and at least 1 MB. */
export function sizeCap(source: Source): number {
  return Math.max(2 * source.bytes, 1 << 20);
}

const kindOf = (st: Stats): string =>
  st.isDirectory()
    ? 'a folder'
    : st.isFIFO()
      ? 'a named pipe'
      : st.isCharacterDevice() || st.isBlockDevice()
        ? 'a device'
        : st.isSocket()
          ? 'a socket'
          : 'not a regular file';

const inside = (path: string, root: string): boolean => {
  try {
    const r = realpathSync(root);
    return path === r || path.startsWith(r + sep);
  } catch {
    return false;
  }
};

/**
 * The bytes of `path` if it is a regular file (or a link to one inside `roots`) no larger than the cap; null when
 * nothing is there. Anything else (pipe, device, folder, broken link, link elsewhere, oversized) is a DataError
 * naming the file and `url`, so it can neither hang the build nor fall back silently to a download.
 */
export function readRegularFile(
  path: string,
  source: Source,
  roots: readonly string[],
  what: string,
): Uint8Array | null {
  const fail = (reason: string): never => {
    throw new DataError(
      source.file,
      null,
      null,
      `${what} ${path} ${reason} (source ${source.id}, ${source.url || 'no download URL'})`,
    );
  };
  let st: Stats;
  try {
    st = lstatSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return null;
    return fail(`cannot be read: ${(e as Error).message}`);
  }
  let target = path;
  if (st.isSymbolicLink()) {
    try {
      target = realpathSync(path);
    } catch {
      return fail(`is a broken link (to ${readlinkSync(path)}); fix or remove it`);
    }
    if (!roots.some((r) => inside(target, r)))
      fail(`is a link leading outside the mirror (to ${target}); not followed`);
    st = statSync(target);
  }
  if (!st.isFile()) fail(`is ${kindOf(st)}, not a regular file; not read`);
  const cap = sizeCap(source);
  if (st.size > cap)
    fail(
      `is ${st.size.toLocaleString('en-GB')} bytes, over the ${cap.toLocaleString('en-GB')}-byte cap (the manifest pins ${source.bytes.toLocaleString('en-GB')}); not read`,
    );
  const fd = openSync(target, 'r');
  try {
    const now = fstatSync(fd);
    if (!now.isFile() || now.size > cap) fail('changed while being opened; not read');
    const bytes = Buffer.alloc(now.size);
    let off = 0;
    while (off < now.size) {
      const n = readSync(fd, bytes, off, now.size - off, off);
      if (n === 0) break;
      off += n;
    }
    return bytes.subarray(0, off);
  } finally {
    closeSync(fd);
  }
}

/** Writes the cached copy through a .part file; a failed write (a full disk) leaves no .part behind. */
function writeCache(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const part = `${path}.part`;
  try {
    writeFileSync(part, bytes);
    renameSync(part, path);
  } catch (e) {
    rmSync(part, { force: true });
    throw e;
  }
}

/** Acquires every source in turn, then reads them for the validate phase (decoding notes go into `ledger`). */
export async function acquire(sources: readonly Source[], opts: AcquireOptions, ledger: Ledger): Promise<SourceReader> {
  const out = new Map<string, Acquired>();
  const roots = [...(opts.mirror ? [opts.mirror] : []), ...(opts.trustedLinkRoots ?? [])];
  for (const source of sources) {
    const cached = join(opts.cache, source.file);
    let acquired: Acquired | null = null;
    const fromCache = readRegularFile(cached, source, [opts.cache], 'cached file');
    if (fromCache && sha256(fromCache) === source.sha256) acquired = { source, bytes: fromCache, from: 'cache' };
    if (!acquired && opts.mirror) {
      const path = join(opts.mirror, source.file);
      const bytes = readRegularFile(path, source, roots, 'mirror file');
      if (bytes) {
        verify(source, bytes, path);
        acquired = { source, bytes, from: 'mirror' };
      }
    }
    if (!acquired) {
      if (!source.url)
        throw new DataError(
          source.file,
          null,
          null,
          `not in the mirror folder${opts.mirror ? ` (${join(opts.mirror, source.file)})` : ''} and the manifest gives no download URL for ${source.id}`,
        );
      const bytes = await download(source, sizeCap(source), opts);
      verify(source, bytes, source.url);
      acquired = { source, bytes, from: 'url' };
    }
    if (acquired.from !== 'cache') writeCache(cached, acquired.bytes);
    opts.log(
      `acquire ${source.id.padEnd(20)} ${acquired.from.padEnd(6)} ${acquired.bytes.length.toLocaleString('en-GB')} bytes, sha256 ok`,
    );
    out.set(source.id, acquired);
  }
  return sourceReader(out, ledger, opts.log);
}

export interface SourceText {
  source: string;
  file: string;
  text: string;
}

export interface SourceReader {
  get(id: string): Acquired;
  text(id: string): SourceText;
  progress(id: string): void;
}

/** A file's bytes by source id, its text decoded, and the progress line of a source once it is read. */
function sourceReader(raw: ReadonlyMap<string, Acquired>, ledger: Ledger, log: (line: string) => void): SourceReader {
  const get = (id: string): Acquired =>
    raw.get(id) ??
    (() => {
      throw new Error(`source ${id} is not in the manifest`);
    })();
  const text = (id: string) => {
    const a = get(id);
    if (a.source.encoding === 'binary') throw new Error(`${id} is binary`);
    const decoded = decodeTextReport(a.source.file, a.bytes, a.source.encoding);
    for (const n of decoded.notes) ledger.note(id, a.source.file, n);
    return { source: id, file: a.source.file, text: decoded.text };
  };
  const progress = (id: string) => {
    const e = ledger.entries().find((x) => x.source === id);
    if (e)
      log(
        `validate ${id.padEnd(19)} ${e.rowsRead.toLocaleString('en-GB')} rows read, ${e.rowsUsed.toLocaleString('en-GB')} used`,
      );
  };
  return { get, text, progress };
}
