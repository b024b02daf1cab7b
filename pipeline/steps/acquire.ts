// Acquire step: copy each raw file from the mirror folder (or download it), verify its sha256, cache it in data/raw.
// Only regular files are read (no pipes, devices or folders; links only into trusted folders), each within a size
// cap, and downloads have a timeout; every failure names the file and its URL.
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
import { DataError } from '../lib/data-error';
import type { Source } from '../lib/manifest';

export interface Acquired {
  source: Source;
  bytes: Uint8Array;
  from: 'cache' | 'mirror' | 'url';
}

export class ChecksumError extends Error {}

export interface AcquireOptions {
  mirror: string | null;
  cache: string;
  log: (line: string) => void;
  fetchFn?: typeof fetch;
  /** Folders a link in the mirror may lead into besides the mirror itself (e.g. the default mirror a test mirror links to). */
  trustedLinkRoots?: readonly string[];
  /** Milliseconds a download may take (default 120 s). */
  downloadTimeoutMs?: number;
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

/** Downloads a source with a timeout and the size cap; failures name the file and the URL. */
async function download(source: Source, opts: AcquireOptions): Promise<Uint8Array> {
  const fail = (reason: string): never => {
    throw new DataError(
      source.file,
      null,
      null,
      `not in the mirror folder${opts.mirror ? ` (${join(opts.mirror, source.file)})` : ''}, and the download from ${source.url} failed: ${reason}`,
    );
  };
  const timeout = opts.downloadTimeoutMs ?? 120_000;
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(Object.assign(new Error('timeout'), { name: 'TimeoutError' })),
    timeout,
  );
  try {
    return await readDownload(source, opts, controller.signal, timeout, fail);
  } finally {
    clearTimeout(timer);
  }
}

async function readDownload(
  source: Source,
  opts: AcquireOptions,
  signal: AbortSignal,
  timeout: number,
  fail: (reason: string) => never,
): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await (opts.fetchFn ?? fetch)(source.url, { signal });
  } catch (e) {
    const err = e as Error & { cause?: { message?: string; code?: string } };
    return fail(
      err.name === 'TimeoutError'
        ? `no answer within ${timeout / 1000} s`
        : `${err.message}${err.cause ? ` (${err.cause.code ?? err.cause.message ?? ''})` : ''}`,
    );
  }
  if (!res.ok) fail(`HTTP ${res.status}`);
  const cap = sizeCap(source);
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > cap)
    fail(
      `the server announces ${declared.toLocaleString('en-GB')} bytes, over the ${cap.toLocaleString('en-GB')}-byte cap`,
    );
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    if (!res.body) return new Uint8Array(await res.arrayBuffer());
    const reader = res.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > cap) {
        await reader.cancel();
        fail(`more than ${cap.toLocaleString('en-GB')} bytes (the cap); stopped`);
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof DataError) throw e;
    return fail(
      (e as Error).name === 'TimeoutError' ? `no complete answer within ${timeout / 1000} s` : (e as Error).message,
    );
  }
  return new Uint8Array(Buffer.concat(chunks));
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

export async function acquire(sources: readonly Source[], opts: AcquireOptions): Promise<Map<string, Acquired>> {
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
      const bytes = await download(source, opts);
      verify(source, bytes, source.url);
      acquired = { source, bytes, from: 'url' };
    }
    if (acquired.from !== 'cache') writeCache(cached, acquired.bytes);
    opts.log(
      `acquire ${source.id.padEnd(20)} ${acquired.from.padEnd(6)} ${acquired.bytes.length.toLocaleString('en-GB')} bytes, sha256 ok`,
    );
    out.set(source.id, acquired);
  }
  return out;
}
