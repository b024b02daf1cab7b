// Work started ahead of requests: each key's work starts once, a window ahead, in list order.
import { describe, expect, it } from 'vitest';
import { ahead } from '../../../src/lib/export/ahead';

describe('ahead', () => {
  it('starts the asked key and the next `window` keys, and reuses started work', async () => {
    const started: string[] = [];
    const get = ahead(
      () => ['a', 'b', 'c', 'd', 'e'],
      async (k) => {
        started.push(k);
        return k.toUpperCase();
      },
      2,
    );
    expect(await get('a')).toBe('A');
    expect(started).toEqual(['a', 'b', 'c']);
    expect(await get('b')).toBe('B');
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    expect(await get('e')).toBe('E');
    expect(started).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
  it('works for keys not in the list and for keys asked twice', async () => {
    const started: string[] = [];
    const get = ahead(
      () => ['a'],
      async (k) => {
        started.push(k);
        return k;
      },
      4,
    );
    expect(await get('z')).toBe('z');
    expect(await get('a')).toBe('a');
    expect(await get('a')).toBe('a');
    expect(started).toEqual(['z', 'a', 'a']);
  });
  it('reports a failure of work started ahead when its key is asked for', async () => {
    const get = ahead(
      () => ['a', 'b'],
      async (k) => {
        if (k === 'b') throw new Error('bad b');
        return k;
      },
      1,
    );
    expect(await get('a')).toBe('a');
    await expect(get('b')).rejects.toThrow('bad b');
  });
});
