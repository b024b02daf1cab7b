// firstRepeat: the first item whose key an earlier item had, by value or by a key function.
import { describe, expect, it } from 'vitest';
import { firstRepeat } from '../../../src/lib/repeats';

describe('firstRepeat', () => {
  it('finds the second of two equal items, the earliest such', () => {
    expect(firstRepeat(['a', 'b', 'c', 'b', 'a'])).toBe('b');
    expect(firstRepeat(['a', 'b', 'c'])).toBeUndefined();
    expect(firstRepeat([])).toBeUndefined();
  });
  it('compares by the key given, returning the item', () => {
    const items = [
      { id: 'x', n: 1 },
      { id: 'y', n: 2 },
      { id: 'x', n: 3 },
    ];
    expect(firstRepeat(items, (i) => i.id)).toEqual({ id: 'x', n: 3 });
  });
});
