// The all-or-nothing output writer and the reconciliation ledger.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Ledger } from '../../../pipeline/lib/ledger';
import { OutputSet } from '../../../pipeline/lib/write';
import { leftovers, snapshot } from './broken-mirror';
import { thrown } from './thrown';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'groundwork-write-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('OutputSet', () => {
  it('replaces the whole target folder: stale files from an older build disappear', () => {
    const target = join(dir, 'derived');
    mkdirSync(target);
    writeFileSync(join(target, 'stale.json'), 'old');
    const out = new OutputSet();
    out.json('a.json', { x: 1 });
    out.add('sub/b.txt', 'hello');
    out.commit(target);
    expect(Object.keys(snapshot(target)!)).toEqual(['a.json', 'sub/b.txt']);
    expect(readFileSync(join(target, 'a.json'), 'utf8')).toBe('{"x":1}\n');
    expect(leftovers(target)).toEqual([]);
  });

  it('a failure while writing leaves the old folder intact and no temporary folders behind', () => {
    const target = join(dir, 'derived');
    mkdirSync(target);
    writeFileSync(join(target, 'results.json'), 'previous build');
    const before = snapshot(target);
    const out = new OutputSet();
    out.json('a.json', 1);
    out.add('bad\0name.json', 'x'); // a NUL byte makes the file system call throw midway through the write
    expect(thrown(() => out.commit(target))).not.toBeNull();
    expect(snapshot(target)).toEqual(before);
    expect(leftovers(target)).toEqual([]);
  });

  it('the version is a content hash: independent of insertion order, sensitive to content', () => {
    const a = new OutputSet();
    a.add('x', '1');
    a.add('y', '2');
    const b = new OutputSet();
    b.add('y', '2');
    b.add('x', '1');
    const c = new OutputSet();
    c.add('x', '1');
    c.add('y', '3');
    expect(a.version()).toMatch(/^[0-9a-f]{10}$/);
    expect(a.version()).toBe(b.version());
    expect(a.version()).not.toBe(c.version());
    expect(a.version((p) => p === 'y')).toBe(c.version((p) => p === 'y'));
    expect(a.bytes()).toBe(2);
  });

  it('a path written twice is a programming error', () => {
    const out = new OutputSet();
    out.add('a.json', '1');
    expect(thrown(() => out.add('a.json', '2'))).toEqual({ type: 'Error', message: 'output a.json written twice' });
  });
});

describe('Ledger', () => {
  it('balances when every row read is used or skipped, and lists the mismatches otherwise', () => {
    const l = new Ledger();
    l.read('s1', 'f1.csv', 3);
    l.used('s1', 'f1.csv', 2);
    l.skip('s1', 'f1.csv', 'totals row', 4);
    l.read('s2', 'f2.csv', 2);
    l.used('s2', 'f2.csv');
    expect(l.unbalanced()).toEqual(['f2.csv: read 2, used 1, skipped 0']);
    l.skip('s2', 'f2.csv', 'blank', 3);
    expect(l.unbalanced()).toEqual([]);
  });

  it('groups skips by reason and keeps the first 20 line numbers', () => {
    const l = new Ledger();
    for (let line = 2; line < 30; line++) l.skip('s', 'f.csv', 'old election', line);
    l.skip('s', 'f.csv', 'other', 99);
    const [e] = l.entries();
    expect(e!.skipped.map((s) => [s.reason, s.count, s.lines.length, s.lines[0], s.lines[19]])).toEqual([
      ['old election', 28, 20, 2, 21],
      ['other', 1, 1, 99, undefined],
    ]);
  });
});
