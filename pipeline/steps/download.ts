// The acquire step's last resort: download a raw file the mirror folder lacks, with a timeout and a size cap; every
// failure names the file and its URL.
import { join } from 'node:path';
import { DataError } from '../../src/lib/data-error';
import type { Source } from '../lib/manifest';

export interface DownloadOptions {
  /** The mirror folder the file was missing from (named in the error). */
  mirror: string | null;
  fetchFn?: typeof fetch;
  /** Milliseconds a download may take (default 120 s). */
  downloadTimeoutMs?: number;
}

/** Downloads a source with a timeout and a size cap (`cap` bytes); failures name the file and the URL. */
export async function download(source: Source, cap: number, opts: DownloadOptions): Promise<Uint8Array> {
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
    return await readDownload(source, cap, opts, controller.signal, timeout, fail);
  } finally {
    clearTimeout(timer);
  }
}

async function readDownload(
  source: Source,
  cap: number,
  opts: DownloadOptions,
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
