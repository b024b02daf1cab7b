// Writes that survive a kill: a child process writing the output folder is killed at each named point
// (GROUNDWORK_FAULT) and by real SIGKILLs at random moments; after recovery the folder is always one complete
// version, old or new, with no stale copies. Also: the lock against two runs, and a full disk.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FAULT_POINTS, LockedError, lockOutput, OutputSet, recoverOutput } from '../../pipeline/lib/write';
import { defaultOptions, outsideVersion } from '../../pipeline/pipeline';
import { leftovers, ROOT, snapshot } from '../unit/pipeline/broken-mirror';

const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'support/write-child.ts');
const dir = mkdtempSync(join(tmpdir(), 'groundwork-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FILES = 200;
const child = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', CHILD, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });

/** The label of the one complete version in `target`, or a description of what is wrong with it. */
function versionIn(target: string): string {
  if (!existsSync(target)) return 'missing';
  const [label, count] = readFileSync(join(target, 'label.txt'), 'utf8').trim().split(' ');
  const parts = readdirSync(join(target, 'part'));
  if (parts.length !== Number(count)) return `incomplete: ${parts.length} of ${count} files`;
  for (const p of parts) {
    const json = JSON.parse(readFileSync(join(target, 'part', p), 'utf8')) as { label: string };
    if (json.label !== label) return `mixed: ${p} is from ${json.label}, label.txt from ${label}`;
  }
  const extra = readdirSync(target).filter((n) => n !== 'part' && n !== 'label.txt');
  return extra.length ? `extra files: ${extra.join(', ')}` : label!;
}

function previousVersion(target: string): void {
  rmSync(target, { recursive: true, force: true });
  const out = new OutputSet();
  for (let i = 0; i < FILES; i++)
    out.add(`part/${String(i).padStart(4, '0')}.json`, `${JSON.stringify({ label: 'old', i })}\n`);
  out.add('label.txt', `old ${FILES}\n`);
  out.commit(target);
}

describe('a kill at each point of the write leaves the old or the new complete version (after recovery)', () => {
  const expected: Record<(typeof FAULT_POINTS)[number], string> = {
    'mid-write': 'old',
    'before-marker': 'old',
    'before-swap': 'old',
    'between-renames': 'new-0',
    'before-cleanup': 'new-0',
  };
  for (const point of FAULT_POINTS) {
    it(`GROUNDWORK_FAULT=${point}`, () => {
      const target = join(dir, `out-${point}`);
      previousVersion(target);
      const run = child(['sets', target, String(FILES), 'new'], { GROUNDWORK_FAULT: point });
      expect(run.signal).toBe('SIGKILL');
      if (point === 'between-renames') expect(existsSync(target)).toBe(false); // the moment recovery exists for
      recoverOutput(target);
      expect(versionIn(target)).toBe(expected[point]);
      expect(leftovers(target)).toEqual([]);
    }, 60_000);
  }
});

describe('real SIGKILLs at random moments of a child rewriting the folder in a loop', () => {
  it('four kills while it writes: each time one complete version is found after recovery, and no stale copy remains', async () => {
    const target = join(dir, 'out-random');
    previousVersion(target);
    const seen: string[] = [];
    for (let k = 0; k < 4; k++) {
      const proc = spawn(
        process.execPath,
        ['--import', 'tsx', CHILD, 'sets', target, String(FILES), `run${k}`, 'loop'],
        { stdio: 'ignore' },
      );
      // Wait until the child is writing (its temporary folder exists), then kill it a little later each time.
      const started = Date.now();
      while (!readdirSync(dir).some((n) => n.startsWith('out-random.tmp-')) && Date.now() - started < 120_000)
        await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => setTimeout(r, [0, 150, 700, 2500][k]));
      proc.kill('SIGKILL');
      await new Promise((r) => proc.once('exit', r));
      recoverOutput(target);
      const v = versionIn(target);
      seen.push(v);
      expect(v).toMatch(/^(old|run\d-\d+)$/);
      expect(leftovers(target)).toEqual([]);
    }
    console.log(`versions found after each kill: ${seen.join(', ')}`);
  }, 180_000);
});

describe('the lock and a full disk', () => {
  it("a lock held by a live process stops a second run with a clear message; a dead holder's lock is taken over", () => {
    const target = join(dir, 'out-lock');
    const sleeper = spawn('sleep', ['30']);
    try {
      writeFileSync(`${target}.lock`, `${sleeper.pid} 2026-01-01T00:00:00.000Z\n`);
      let error: unknown;
      try {
        lockOutput(target);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(LockedError);
      expect((error as Error).message).toBe(
        `another run (process ${sleeper.pid}, started 2026-01-01T00:00:00.000Z) is writing ${target}; wait for it to finish, or stop it, then run again (lock file ${target}.lock)`,
      );
    } finally {
      sleeper.kill('SIGKILL');
    }
    const dead = spawnSync('true').pid;
    writeFileSync(`${target}.lock`, `${dead} 2026-01-01T00:00:00.000Z\n`);
    const release = lockOutput(target);
    expect(readFileSync(`${target}.lock`, 'utf8')).toMatch(new RegExp(`^${process.pid} `));
    release();
    expect(existsSync(`${target}.lock`)).toBe(false);
  });

  it('a full disk halfway through the write (GROUNDWORK_FAULT=disk-full) leaves the previous version and nothing half-written', () => {
    const target = join(dir, 'out-full');
    previousVersion(target);
    const run = child(['sets', target, String(FILES), 'new'], { GROUNDWORK_FAULT: 'disk-full' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('the disk is full: could not write the new out-full');
    expect(versionIn(target)).toBe('old');
    expect(leftovers(target)).toEqual([]);
  }, 60_000);
});

/** The data version recomputed from the files on disk (as the pipeline computes it, over the files it hashes). */
function versionOnDisk(target: string): string {
  const files = snapshot(target)!;
  const h = createHash('sha256');
  for (const path of Object.keys(files).sort()) {
    if (outsideVersion(path)) continue;
    h.update(path)
      .update('\0')
      .update(readFileSync(join(target, path)))
      .update('\0');
  }
  return h.digest('hex').slice(0, 10);
}

describe('the real pipeline killed during its write', () => {
  // The raw files come from data/raw, as for `npm run data` (filled by it; only read when current), not copied again.
  const raw = defaultOptions(ROOT, () => {}).rawCache;
  for (const [point, expect_] of [
    ['mid-write', 'old'],
    ['between-renames', 'new'],
  ] as const) {
    it(`npm run data killed at ${point}: ${expect_ === 'old' ? 'the previous' : 'the new'} complete data/derived after recovery`, () => {
      const target = join(dir, `derived-${point}`);
      rmSync(target, { recursive: true, force: true });
      const old = new OutputSet();
      old.json('results.json', ['an older build']);
      old.commit(target);
      const run = child(['pipeline', target, raw], { GROUNDWORK_FAULT: point });
      expect(run.signal).toBe('SIGKILL');
      expect(existsSync(`${target}.lock`)).toBe(true); // left by the killed run; the next start takes it over
      const release = lockOutput(target);
      recoverOutput(target);
      release();
      expect(leftovers(target)).toEqual([]);
      if (expect_ === 'old') {
        expect(Object.keys(snapshot(target)!)).toEqual(['results.json']);
      } else {
        const version = (JSON.parse(readFileSync(join(target, 'version.json'), 'utf8')) as { version: string }).version;
        expect(versionOnDisk(target)).toBe(version);
        expect(existsSync(join(target, 'report.json'))).toBe(true);
      }
    }, 300_000);
  }
});
