// Compares two built sites file by file: the same paths with the same bytes, or a list of what differs.
// Used by `npm run bench` (a build from the PNG cache against a clean build) and by tests that compare two builds.
// Usage: tsx tools/compare-dist.ts <dist-a> <dist-b>   (exit 1 and a list when they differ)
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface DistDiff {
  files: number;
  onlyInA: string[];
  onlyInB: string[];
  differ: string[];
}

export function distFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((x, y) =>
      x.name < y.name ? -1 : x.name > y.name ? 1 : 0,
    )) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.push(relative(dir, full));
    }
  };
  walk(dir);
  return out;
}

/** Every path of either folder, compared by content; empty lists mean the two sites are byte-identical. */
export function compareDist(a: string, b: string): DistDiff {
  const fa = distFiles(a);
  const fb = new Set(distFiles(b));
  const inA = new Set(fa);
  const differ: string[] = [];
  for (const f of fa) {
    if (!fb.has(f)) continue;
    const x = readFileSync(join(a, f));
    const y = readFileSync(join(b, f));
    if (!x.equals(y)) differ.push(f);
  }
  return {
    files: fa.length,
    onlyInA: fa.filter((f) => !fb.has(f)),
    onlyInB: [...fb].filter((f) => !inA.has(f)),
    differ,
  };
}

export function identical(d: DistDiff): boolean {
  return d.onlyInA.length === 0 && d.onlyInB.length === 0 && d.differ.length === 0;
}

/** One hash over every path and its bytes, to print beside a build. */
export function distHash(dir: string): string {
  const h = createHash('sha256');
  for (const f of distFiles(dir))
    h.update(`${f}\0`)
      .update(readFileSync(join(dir, f)))
      .update('\0');
  return h.digest('hex').slice(0, 16);
}

export function describeDiff(d: DistDiff, max = 20): string {
  if (identical(d)) return `identical (${d.files.toLocaleString('en-GB')} files)`;
  const list = (label: string, xs: string[]) =>
    xs.length ? [`${label} (${xs.length}): ${xs.slice(0, max).join(', ')}${xs.length > max ? ', …' : ''}`] : [];
  return [
    ...list('only in the first', d.onlyInA),
    ...list('only in the second', d.onlyInB),
    ...list('different bytes', d.differ),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [a, b] = process.argv.slice(2);
  if (!a || !b) {
    console.error('usage: tsx tools/compare-dist.ts <dist-a> <dist-b>');
    process.exit(2);
  }
  const d = compareDist(a, b);
  console.log(describeDiff(d));
  process.exit(identical(d) ? 0 : 1);
}
