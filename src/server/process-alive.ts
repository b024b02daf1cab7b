// Whether a process is still running, by its pid: what a lock or a wait uses to tell a live owner from one that is gone.

/** True while `pid` runs (one owned by another user counts: the signal is refused, not undelivered). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
