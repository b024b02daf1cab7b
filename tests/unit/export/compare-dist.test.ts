// tools/compare-dist.ts, the comparison of two build folders used for "a cached build equals a clean one": same
// paths with the same bytes is identical; a missing file, an extra file or one changed byte is reported by path.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDist, describeDiff, distHash, identical } from '../../../tools/compare-dist';
import { tempFolders } from '../../support/temp-folders';

const site = tempFolders('gw-dist-');

const FILES = {
  'index.html': '<p>home</p>',
  'og/seat/E14000887.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]),
  'seat/E14000887/index.html': '<p>Putney</p>',
};

describe('compareDist', () => {
  it('finds two copies of the same site identical, with the same hash', () => {
    const a = site(FILES);
    const b = site(FILES);
    const d = compareDist(a, b);
    expect(identical(d)).toBe(true);
    expect(describeDiff(d)).toBe('identical (3 files)');
    expect(distHash(a)).toBe(distHash(b));
  });

  it('names a file only in one build and a file whose bytes differ (one byte of a PNG)', () => {
    const a = site(FILES);
    const b = site({
      ...FILES,
      'og/seat/E14000887.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 4]),
      'extra.txt': 'x',
    });
    rmSync(join(b, 'index.html'));
    const d = compareDist(a, b);
    expect(d).toEqual({ files: 3, onlyInA: ['index.html'], onlyInB: ['extra.txt'], differ: ['og/seat/E14000887.png'] });
    expect(identical(d)).toBe(false);
    expect(describeDiff(d)).toBe(
      'only in the first (1): index.html\nonly in the second (1): extra.txt\ndifferent bytes (1): og/seat/E14000887.png',
    );
    expect(distHash(a)).not.toBe(distHash(b));
  });

  it('a renamed file changes the hash even with the same bytes', () => {
    const a = site({ 'a.txt': 'same' });
    const b = site({ 'b.txt': 'same' });
    expect(distHash(a)).not.toBe(distHash(b));
  });
});
