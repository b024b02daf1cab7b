// A cross-process lock (an exclusive mkdir) so parallel test workers build a shared site once, not several times at once.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processAlive } from '../../src/server/process-alive';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `fn` while holding the lock folder `dir` (waiting up to `timeoutMs`; a lock left by a dead process is taken over). */
export async function withLock<T>(dir: string, fn: () => Promise<T>, timeoutMs = 15 * 60_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(join(dir, 'pid'), String(process.pid));
      break;
    } catch {
      let pid = NaN;
      try {
        pid = Number(readFileSync(join(dir, 'pid'), 'utf8'));
      } catch {
        /* being created */
      }
      if (Number.isInteger(pid) && !processAlive(pid)) rmSync(dir, { recursive: true, force: true });
      else if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for the lock ${dir}`);
      else await sleep(500);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
