// The postcode step's cache: a hit gives the same value, ledger and log as a run; a change of input misses; a failed
// step is not stored; GROUNDWORK_STEP_CACHE=off always runs.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Ledger } from '../../../pipeline/lib/ledger';
import { cachedStep, stepKey } from '../../../pipeline/lib/step-cache';

const dir = mkdtempSync(join(tmpdir(), 'groundwork-step-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let saved: string | undefined;
beforeEach(() => {
  saved = process.env.GROUNDWORK_STEP_CACHE;
  process.env.GROUNDWORK_STEP_CACHE = dir;
});
afterEach(() => {
  if (saved === undefined) delete process.env.GROUNDWORK_STEP_CACHE;
  else process.env.GROUNDWORK_STEP_CACHE = saved;
});

/** A hand-made step: reads two rows of a file, skips one, notes something, logs a line. */
function step(inputs: { file: string }, ledger: Ledger, log: string[], calls: { n: number }, fail = false) {
  return cachedStep({
    name: 'fixture',
    inputs,
    ledger,
    log: (l) => log.push(l),
    run: (say) => {
      calls.n++;
      if (fail) throw new Error('bad row');
      ledger.read('src', inputs.file, 2);
      ledger.used('src', inputs.file);
      ledger.skip('src', inputs.file, 'blank code', 3);
      ledger.note('src', inputs.file, 'one note');
      say('fixture: 2 rows');
      return new Map([['a.json', '{"x":1}']]);
    },
    encode: (m) => [...m],
    decode: (j) => new Map(j as [string, string][]),
  });
}

describe('Ledger.record and replay', () => {
  it('replaying what a step recorded leaves a second ledger equal to the first', () => {
    const a = new Ledger();
    const { value, ops } = a.record(() => {
      a.read('s', 'f.csv', 3);
      a.used('s', 'f.csv', 2);
      a.skip('s', 'f.csv', 'why', 7);
      a.note('s', 'f.csv', 'n');
      return 42;
    });
    expect(value).toBe(42);
    expect(ops).toEqual([
      ['read', 's', 'f.csv', 3],
      ['used', 's', 'f.csv', 2],
      ['skip', 's', 'f.csv', 'why', 7],
      ['note', 's', 'f.csv', 'n'],
    ]);
    const b = new Ledger();
    b.replay(ops);
    expect(b.entries()).toEqual(a.entries());
    expect(b.unbalanced()).toEqual([]);
  });
});

describe('cachedStep', () => {
  it('runs once for the same inputs; the hit gives the same value, ledger and log, and says it was reused', () => {
    const calls = { n: 0 };
    const first = { ledger: new Ledger(), log: [] as string[] };
    const second = { ledger: new Ledger(), log: [] as string[] };
    const v1 = step({ file: 'a.csv' }, first.ledger, first.log, calls);
    const v2 = step({ file: 'a.csv' }, second.ledger, second.log, calls);
    expect(calls.n).toBe(1);
    expect([...v2]).toEqual([...v1]);
    expect(second.ledger.entries()).toEqual(first.ledger.entries());
    expect(second.log[0]).toBe('fixture: 2 rows');
    expect(second.log[1]).toMatch(/^fixture: reused from .*fixture-[0-9a-f]{20}\.json \(same inputs and code\)$/);
  });

  it('runs again when an input changes, and never stores a failed run', () => {
    const calls = { n: 0 };
    step({ file: 'b.csv' }, new Ledger(), [], calls);
    expect(calls.n).toBe(1);
    expect(() => step({ file: 'c.csv' }, new Ledger(), [], calls, true)).toThrow('bad row');
    expect(() => step({ file: 'c.csv' }, new Ledger(), [], calls, true)).toThrow('bad row');
    expect(calls.n).toBe(3);
    expect(readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('GROUNDWORK_STEP_CACHE=off runs every time', () => {
    process.env.GROUNDWORK_STEP_CACHE = 'off';
    const calls = { n: 0 };
    step({ file: 'a.csv' }, new Ledger(), [], calls);
    step({ file: 'a.csv' }, new Ledger(), [], calls);
    expect(calls.n).toBe(2);
  });

  it('the key depends on the step and on every input', () => {
    expect(stepKey('p', { a: 1 })).toBe(stepKey('p', { a: 1 }));
    expect(stepKey('p', { a: 1 })).not.toBe(stepKey('p', { a: 2 }));
    expect(stepKey('p', { a: 1 })).not.toBe(stepKey('q', { a: 1 }));
  });
});
