// Content hash of the files a site build reads, so a cached build can be reused exactly when nothing changed.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SKIP = new Set(['node_modules', '.git', 'raw', 'derived', 'dist', '.astro']);

/**
 * sha256 over the relative path and bytes of every file under `paths` (files or folders, relative to `root`), in sorted
 * order; files found by walking a folder are left out when their relative path matches `ignore`.
 */
export function treeHash(root: string, paths: readonly string[], extra = '', ignore?: RegExp): string {
  const h = createHash('sha256').update(extra);
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        const child = join(p, name);
        if (SKIP.has(name) || name.includes('.tmp-') || name.includes('.old-') || ignore?.test(relative(root, child)))
          continue;
        walk(child);
      }
      return;
    }
    h.update(relative(root, p)).update('\0').update(readFileSync(p)).update('\0');
  };
  for (const p of paths) walk(join(root, p));
  return h.digest('hex').slice(0, 16);
}
