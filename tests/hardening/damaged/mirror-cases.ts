// Catalogue cases on the raw mirror itself: what sits in a file's place (pipe, device link, broken link, folder, link
// leading elsewhere, oversized file) and failed downloads. Each must stop quickly with the file and URL named.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline } from '../../../pipeline/pipeline';
import { damagedMirror, fileOf, manifestSources } from '../support/mirror';
import type { DamageCase } from './case';

const ID = 'hoc-ge2017';
const FILE = fileOf(ID);
const URL = String(manifestSources().find((s) => s.id === ID)!.url);

/** Runs the pipeline on a temp mirror whose hoc-ge2017 entry was replaced by `place(path)`. */
async function withMirrorEntry(
  place: (path: string) => void,
  fetchFn?: typeof fetch,
  extra: { downloadTimeoutMs?: number } = {},
): Promise<unknown> {
  const m = damagedMirror({}, {}, undefined, true);
  try {
    const path = join(m.options.mirror!, FILE);
    rmSync(path, { force: true });
    place(path);
    await runPipeline({
      ...m.options,
      fetchFn: fetchFn ?? (() => Promise.reject(new Error('no network in this test'))),
      ...extra,
    });
    return 'accepted';
  } finally {
    m.cleanup();
  }
}

const at = (what: string) => `${FILE}: mirror file ${'<mirror>'}/${FILE} ${what} (source ${ID}, ${URL})`;

function mirrorCase(damage: string, fixture: string, reason: string, place: (path: string) => void): DamageCase {
  return {
    damage,
    fixture,
    step: 'acquire (full pipeline)',
    expected: { rejected: at(reason) },
    run: async () => {
      try {
        return await withMirrorEntry(place);
      } catch (e) {
        if (e instanceof Error)
          e.message = e.message
            .replace(/ \/\S*\/mirror\//, ' <mirror>/')
            .replace(/\/tmp\/groundwork-damaged-\w+/g, '<tmp>');
        throw e;
      }
    },
  };
}

/** A fetch that only answers when aborted (a server that never replies). */
const hangingFetch: typeof fetch = (_url, init) =>
  new Promise((_, reject) => {
    init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
  });

export const MIRROR_CASES: DamageCase[] = [
  mirrorCase(
    'a named pipe in the mirror',
    'temp mirror: hoc-ge2017 is a FIFO',
    'is a named pipe, not a regular file; not read',
    (p) => execFileSync('mkfifo', [p]),
  ),
  mirrorCase(
    'a symlink to /dev/zero in the mirror',
    'temp mirror: hoc-ge2017 -> /dev/zero',
    'is a link leading outside the mirror (to /dev/zero); not followed',
    (p) => symlinkSync('/dev/zero', p),
  ),
  mirrorCase(
    'a broken symlink in the mirror',
    'temp mirror: hoc-ge2017 -> a file that does not exist',
    'is a broken link (to /nonexistent/hoc.csv); fix or remove it',
    (p) => symlinkSync('/nonexistent/hoc.csv', p),
  ),
  mirrorCase(
    "a folder in a file's place",
    'temp mirror: hoc-ge2017 is a directory',
    'is a folder, not a regular file; not read',
    (p) => mkdirSync(p),
  ),
  mirrorCase(
    'a link leading outside the mirror',
    'temp mirror: hoc-ge2017 -> /etc/hostname',
    'is a link leading outside the mirror (to /etc/hostname); not followed',
    (p) => symlinkSync('/etc/hostname', p),
  ),
  mirrorCase(
    'a 10 GB (sparse) file in the mirror',
    'temp mirror: hoc-ge2017 is a 10,000,000,000-byte sparse file',
    `is 10,000,000,000 bytes, over the 1,048,576-byte cap (the manifest pins ${Number(manifestSources().find((s) => s.id === ID)!.bytes).toLocaleString('en-GB')}); not read`,
    (p) => {
      writeFileSync(p, '');
      truncateSync(p, 10_000_000_000);
    },
  ),
  {
    damage: 'a file missing from the mirror and the download failing',
    fixture: 'temp mirror: hoc-ge2017 absent; fetch rejects "fetch failed" (ENOTFOUND)',
    step: 'acquire (full pipeline)',
    expected: {
      rejected: `${FILE}: not in the mirror folder (<mirror>/${FILE}), and the download from ${URL} failed: fetch failed (ENOTFOUND)`,
    },
    run: async () => {
      try {
        return await withMirrorEntry(
          () => {},
          () => Promise.reject(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } })),
        );
      } catch (e) {
        if (e instanceof Error) e.message = e.message.replace(/\(\/\S*\/mirror\//, '(<mirror>/');
        throw e;
      }
    },
  },
  {
    damage: 'a download that never answers',
    fixture: 'temp mirror: hoc-ge2017 absent; fetch hangs (timeout set to 0.2 s)',
    step: 'acquire (full pipeline)',
    expected: {
      rejected: `${FILE}: not in the mirror folder (<mirror>/${FILE}), and the download from ${URL} failed: no answer within 0.2 s`,
    },
    run: async () => {
      try {
        return await withMirrorEntry(() => {}, hangingFetch, { downloadTimeoutMs: 200 });
      } catch (e) {
        if (e instanceof Error) e.message = e.message.replace(/\(\/\S*\/mirror\//, '(<mirror>/');
        throw e;
      }
    },
  },
];
