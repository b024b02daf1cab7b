// Work shared with a worker thread: every key gets the value of the same function, whichever thread computed it; the
// worker takes keys from the end of the list, the caller the ones it asks for first; start() starts the worker before
// the first request; without a loadable module, all work stays on the calling thread.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sharedWork } from '../../../src/server/shared-work';

const KEYS = Array.from({ length: 40 }, (_, i) => `k${String(i).padStart(2, '0')}`);

/**
 * A built module as the worker sees it: it registers the same work, tagged so the test can tell who did it, and
 * writes `marker` when it starts on the second-last key (the last key's value has been sent by then).
 */
function workerModule(name: string, marker: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'shared-work-'));
  const file = join(dir, 'work.mjs');
  writeFileSync(
    file,
    `import { writeFileSync } from 'node:fs';\n` +
      `globalThis[Symbol.for(${JSON.stringify(name)})] = (k) => {\n` +
      `  if (k === ${JSON.stringify(KEYS.at(-2))}) writeFileSync(${JSON.stringify(marker)}, 'started');\n` +
      `  return { value: k.toUpperCase(), by: 'worker' };\n};\n`,
  );
  return pathToFileURL(file).href;
}

/** Waits until `file` exists (the worker got that far), however loaded the machine; gives up after 50 s (inside the test timeout). */
async function waitForFile(file: string): Promise<void> {
  for (let i = 0; i < 500 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 100));
}

/** A sharedWork over KEYS whose worker module writes `marker` when it starts; the calling thread marks its values 'main'. */
function withMarkedWorker(name: string) {
  const marker = join(mkdtempSync(join(tmpdir(), 'shared-work-marker-')), 'started');
  const get = sharedWork(
    name,
    workerModule(name, marker),
    () => KEYS,
    (k) => ({ value: k.toUpperCase(), by: 'main' }),
  );
  return { marker, get };
}

describe('sharedWork', () => {
  it('takes finished keys from the worker (from the end of the list) and computes the rest itself', async () => {
    const { marker, get } = withMarkedWorker('test.shared-work.a');
    expect(get('k00')).toEqual({ value: 'K00', by: 'main' });
    await waitForFile(marker);
    const all = KEYS.map((k) => get(k));
    expect(all.map((r) => r.value)).toEqual(KEYS.map((k) => k.toUpperCase()));
    expect(all[all.length - 1]!.by).toBe('worker');
    expect(all[0]!.by).toBe('main');
    // Asked again, a key gives the value it gave first.
    expect(get('k00')).toBe(all[0]);
  });

  it('starts the worker at start(), before any key is asked for', async () => {
    const { marker, get } = withMarkedWorker('test.shared-work.c');
    get.start();
    await waitForFile(marker);
    expect(existsSync(marker)).toBe(true);
    expect(get(KEYS.at(-1)!)).toEqual({ value: KEYS.at(-1)!.toUpperCase(), by: 'worker' });
  });

  it('computes everything on the calling thread when the module is TypeScript source (tests, dev server)', async () => {
    const get = sharedWork(
      'test.shared-work.b',
      pathToFileURL(join(process.cwd(), 'src/server/shared-work.ts')).href,
      () => KEYS,
      (k) => ({ value: k, by: 'main' }),
    );
    get('k00');
    await new Promise((r) => setTimeout(r, 300));
    expect(KEYS.map((k) => get(k).by)).toEqual(KEYS.map(() => 'main'));
  });
});
