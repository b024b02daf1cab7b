// Child processes that run in a process group of their own, so that stopping one stops everything it started (npm ->
// tsx -> node, astro build and its workers, a preview server and its Chromium), not only the process Node spawned.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

/** `command` in a new process group (its pid is the group's id). */
export function spawnGroup(command: string, args: readonly string[], options: SpawnOptions = {}): ChildProcess {
  return spawn(command, args, { ...options, detached: true });
}

/** Sends `signal` to every process of `child`'s group; false when the group is already gone. */
export function signalGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): boolean {
  if (!child.pid) return false;
  try {
    process.kill(-child.pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** Resolves when `child` has exited, with its exit code (1 when a signal ended it). */
export function exitCode(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  if (child.signalCode !== null) return Promise.resolve(1);
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

/**
 * Stops `child`'s whole group: SIGTERM, then SIGKILL to whatever is left after `graceMs`. Resolves once the child
 * itself has exited and the group has been sent its last signal.
 */
export async function stopGroup(child: ChildProcess, graceMs = 5000): Promise<void> {
  signalGroup(child, 'SIGTERM');
  const exited = exitCode(child);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), graceMs)));
  if ((await Promise.race([exited, late])) === 'late') signalGroup(child, 'SIGKILL');
  clearTimeout(timer);
  await exited;
  // A process of the group that ignored SIGTERM outlives its parent.
  signalGroup(child, 'SIGKILL');
}
