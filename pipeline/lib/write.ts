// Writes a set of output files all-or-nothing: into a temporary folder that replaces the target only when complete.
// A kill at any point leaves the previous or the new complete folder on disk, and the next run (recoverOutput)
// puts it back in place and removes stale copies; a lock file stops two runs writing one target at once.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { processAlive } from '../../src/server/process-alive';

/** Written last into a temporary folder: its presence means every file before it was written. */
export const COMPLETE_MARKER = '.complete';

/** Named points in commit() where GROUNDWORK_FAULT=<point> kills the process (SIGKILL), for the kill tests. */
export const FAULT_POINTS = ['mid-write', 'before-marker', 'before-swap', 'between-renames', 'before-cleanup'] as const;
/** GROUNDWORK_FAULT=disk-full makes the write fail with ENOSPC halfway, as a full disk would. */
export const DISK_FULL_FAULT = 'disk-full';
export type FaultPoint = (typeof FAULT_POINTS)[number];

function fault(point: FaultPoint): void {
  if (process.env.GROUNDWORK_FAULT === point) process.kill(process.pid, 'SIGKILL');
}

const tmpName = (target: string, pid: number) => `${target}.tmp-${pid}`;
const oldName = (target: string, pid: number) => `${target}.old-${pid}`;

/** Sibling folders of `target` left by earlier runs: `<name>.tmp-<pid>` and `<name>.old-<pid>`. */
function siblings(target: string): { tmp: string[]; old: string[] } {
  const dir = dirname(target);
  const base = basename(target);
  if (!existsSync(dir)) return { tmp: [], old: [] };
  const names = readdirSync(dir);
  const pick = (kind: string) =>
    names
      .filter((n) => new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.${kind}-\\d+$`).test(n))
      .map((n) => join(dir, n));
  return { tmp: pick('tmp'), old: pick('old') };
}

/**
 * Puts the output folder back after a run that was killed: when `target` is missing, a complete temporary copy
 * (the new version) or else the previous copy takes its place. Every other stale copy is removed. Returns what was done.
 */
export function recoverOutput(target: string): string[] {
  const done: string[] = [];
  const { tmp, old } = siblings(target);
  if (!existsSync(target)) {
    const complete = tmp.find((t) => existsSync(join(t, COMPLETE_MARKER)));
    const restore = complete ?? old[0];
    if (restore) {
      renameSync(restore, target);
      done.push(
        `${basename(target)} was missing after an interrupted run; restored the ${complete ? 'new complete' : 'previous'} version from ${basename(restore)}`,
      );
    }
  }
  for (const stale of [...tmp, ...old]) {
    if (!existsSync(stale)) continue;
    rmSync(stale, { recursive: true, force: true });
    done.push(`removed ${basename(stale)} left by an interrupted run`);
  }
  if (existsSync(join(target, COMPLETE_MARKER))) rmSync(join(target, COMPLETE_MARKER));
  return done;
}

export class LockedError extends Error {}

/**
 * Takes `<target>.lock` for this process. A lock held by a live process stops with a clear message; a lock left by a
 * dead process is taken over. Returns the function that releases it.
 */
export function lockOutput(target: string): () => void {
  const lock = `${target}.lock`;
  mkdirSync(dirname(target), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, `${process.pid} ${new Date().toISOString()}\n`);
      closeSync(fd);
      return () => {
        try {
          if (readFileSync(lock, 'utf8').startsWith(`${process.pid} `)) rmSync(lock, { force: true });
        } catch {
          /* already gone */
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const [pidText, since] = readFileSync(lock, 'utf8').trim().split(' ');
    const pid = Number(pidText);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && processAlive(pid)) {
      throw new LockedError(
        `another run (process ${pid}, started ${since ?? 'at an unknown time'}) is writing ${target}; wait for it to finish, or stop it, then run again (lock file ${lock})`,
      );
    }
    rmSync(lock, { force: true }); // left by a process that no longer runs: take it over
  }
  throw new LockedError(`could not take the lock ${lock}`);
}

/**
 * Flushes every file under `dir` to disk before the completion marker is written. One `sync -f` (syncfs: a single
 * journal commit) where coreutils has it; otherwise an fsync per file. A kill needs neither (the page cache outlives
 * the process); a power cut does.
 */
function flushTree(dir: string, paths: Iterable<string>): void {
  if (spawnSync('sync', ['-f', dir], { stdio: 'ignore' }).status === 0) return;
  for (const path of paths) {
    const fd = openSync(join(dir, path), 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
}

function writeDurably(path: string, content: string): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export class OutputSet {
  private readonly files = new Map<string, string>();

  add(path: string, content: string): void {
    if (this.files.has(path)) throw new Error(`output ${path} written twice`);
    this.files.set(path, content);
  }

  json(path: string, value: unknown): void {
    this.add(path, `${JSON.stringify(value)}\n`);
  }

  /** Short content hash of every file, in path order: the data version shown in citations. */
  version(exclude: (path: string) => boolean = () => false): string {
    const h = createHash('sha256');
    for (const path of [...this.files.keys()].sort()) {
      if (exclude(path)) continue;
      h.update(path).update('\0').update(this.files.get(path)!).update('\0');
    }
    return h.digest('hex').slice(0, 10);
  }

  bytes(): number {
    let n = 0;
    for (const c of this.files.values()) n += Buffer.byteLength(c);
    return n;
  }

  /**
   * Writes every file into `<target>.tmp-<pid>` (flushed to disk, then the marker), then swaps it in for `target`. On an error
   * (a full disk included) the temporary copy is removed and `target` is left as it was.
   */
  commit(target: string): void {
    recoverOutput(target);
    const tmp = tmpName(target, process.pid);
    const old = oldName(target, process.pid);
    rmSync(tmp, { recursive: true, force: true });
    try {
      let i = 0;
      for (const [path, content] of this.files) {
        const full = join(tmp, path);
        mkdirSync(dirname(full), { recursive: true });
        if (++i === Math.ceil(this.files.size / 2)) {
          fault('mid-write');
          if (process.env.GROUNDWORK_FAULT === DISK_FULL_FAULT)
            throw Object.assign(new Error(`ENOSPC: no space left on device, write '${full}'`), { code: 'ENOSPC' });
        }
        writeFileSync(full, content);
      }
      flushTree(tmp, this.files.keys());
      fault('before-marker');
      writeDurably(join(tmp, COMPLETE_MARKER), '');
      fault('before-swap');
      if (existsSync(target)) renameSync(target, old);
      fault('between-renames');
      renameSync(tmp, target);
      fault('before-cleanup');
      rmSync(join(target, COMPLETE_MARKER), { force: true });
      rmSync(old, { recursive: true, force: true });
    } catch (e) {
      rmSync(tmp, { recursive: true, force: true });
      if (!existsSync(target) && existsSync(old)) renameSync(old, target);
      if ((e as NodeJS.ErrnoException).code === 'ENOSPC') {
        throw new Error(
          `the disk is full: could not write the new ${basename(target)} (${this.bytes().toLocaleString('en-GB')} bytes); the previous version is unchanged and nothing half-written was left`,
        );
      }
      throw e;
    }
  }
}
