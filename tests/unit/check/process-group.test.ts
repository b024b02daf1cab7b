// Stopping a step of `npm run build` stops what it started too (npm -> tsx -> node), even a process that ignores
// SIGTERM.
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { exitCode, spawnGroup, stopGroup } from '../../../tools/process-group';

/** Running, not gone and not a zombie waiting for a parent to reap it (Linux's /proc). */
const alive = (pid: number): boolean => {
  try {
    return !/^\d+ \(.*\) [ZX]/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

/** The pid the shell prints first: its background child's. */
const firstLine = (child: ChildProcess): Promise<number> =>
  new Promise((resolve) => child.stdout!.once('data', (d: Buffer) => resolve(Number(d.toString().split('\n')[0]))));

it('stops the child and the process it started', async () => {
  const child = spawnGroup('sh', ['-c', 'sleep 30 & echo $!; wait'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const grandchild = await firstLine(child);
  expect(alive(grandchild)).toBe(true);
  await stopGroup(child, 2000);
  expect(child.signalCode).toBe('SIGTERM');
  await new Promise((r) => setTimeout(r, 50));
  expect(alive(grandchild)).toBe(false);
});

it('kills a group that ignores SIGTERM once the grace period is over', async () => {
  const child = spawnGroup('sh', ['-c', 'trap "" TERM; sleep 30 & echo $!; wait'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const grandchild = await firstLine(child);
  const started = Date.now();
  await stopGroup(child, 200);
  expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  expect(child.signalCode).toBe('SIGKILL');
  await new Promise((r) => setTimeout(r, 50));
  expect(alive(grandchild)).toBe(false);
});

it('reads the exit code of a child that has already exited', async () => {
  const child = spawnGroup('sh', ['-c', 'exit 3'], { stdio: 'ignore' });
  expect(await exitCode(child)).toBe(3);
  expect(await exitCode(child)).toBe(3);
});
