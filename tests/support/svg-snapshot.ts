// SVG snapshots in the manner of Observable Plot's test/plot-snapshot.js: the drawing is normalised (numbers rounded
// to two decimals, ids renumbered in order of appearance, one element per line) and compared with a committed file
// under tests/snapshots/output/. A drawing that differs is written beside it as "<name>-changed.svg" for a look;
// `npm run test:snapshots -- -u` re-records every file (and removes the -changed files).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';

export const SNAPSHOT_DIR = join(dirname(new URL(import.meta.url).pathname), '../snapshots/output');

/** Rounds every decimal number to two places and renumbers ids (and their references) in order of appearance. */
export function normaliseSvg(svg: string): string {
  let out = svg.replace(/-?\d+\.\d+(?:e[+-]?\d+)?/g, (d) => String(Number((+d).toFixed(2))));
  const ids = [...out.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
  const renamed = new Map<string, string>();
  for (const id of ids) if (!renamed.has(id)) renamed.set(id, `id-${renamed.size + 1}`);
  // Longest first, so an id that is a prefix of another is not replaced inside it.
  for (const [from, to] of [...renamed].sort((a, b) => b[0].length - a[0].length)) {
    const esc = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out
      .replace(new RegExp(`(\\sid=")${esc}(")`, 'g'), `$1${to}$2`)
      .replace(new RegExp(`(#)${esc}([)"])`, 'g'), `$1${to}$2`)
      .replace(new RegExp(`(aria-(?:labelledby|describedby)="(?:[^"]* )?)${esc}(?=[ "])`, 'g'), `$1${to}`);
  }
  return `${out.replace(/>\s*</g, '>\n<').trim()}\n`;
}

function updating(): boolean {
  const state = expect.getState().snapshotState as unknown as { _updateSnapshot?: string } | undefined;
  return state?._updateSnapshot === 'all';
}

/**
 * Compares `svg` (normalised) with tests/snapshots/output/<name>.svg; on a difference also writes <name>-changed.svg.
 * A soft assertion: the test fails, but goes on to compare its other drawings (the narrow one beside the wide), so
 * every drawing that changed gets its -changed.svg.
 */
export async function expectSvgSnapshot(name: string, svg: string): Promise<void> {
  const file = join(SNAPSHOT_DIR, `${name}.svg`);
  const changed = join(SNAPSHOT_DIR, `${name}-changed.svg`);
  const actual = normaliseSvg(svg);
  const differs = existsSync(file) && readFileSync(file, 'utf8') !== actual;
  if (differs && !updating()) {
    mkdirSync(SNAPSHOT_DIR, { recursive: true });
    writeFileSync(changed, actual);
  } else rmSync(changed, { force: true });
  await expect.soft(actual).toMatchFileSnapshot(file);
}
