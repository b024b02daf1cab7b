// Writes a set of output files all-or-nothing: into a temporary folder that replaces the target only on success.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

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

  commit(target: string): void {
    const tmp = `${target}.tmp-${process.pid}`;
    const old = `${target}.old-${process.pid}`;
    rmSync(tmp, { recursive: true, force: true });
    try {
      for (const [path, content] of this.files) {
        const full = join(tmp, path);
        mkdirSync(dirname(full), { recursive: true });
        writeFileSync(full, content);
      }
      if (existsSync(target)) renameSync(target, old);
      renameSync(tmp, target);
      rmSync(old, { recursive: true, force: true });
    } catch (e) {
      rmSync(tmp, { recursive: true, force: true });
      if (!existsSync(target) && existsSync(old)) renameSync(old, target);
      throw e;
    }
  }
}
