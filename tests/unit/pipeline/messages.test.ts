// Messages that help: long values are cut with their length (URLs and paths kept), and a stack overflow in a step
// becomes a DataError naming the file.
import { describe, expect, it } from 'vitest';
import { clip, DataError, namedStep } from '../../../src/lib/data-error';
import { thrown } from './thrown';

describe('clip', () => {
  it('cuts a run of more than 120 characters to 60 and gives its length; short text and URLs are untouched', () => {
    expect(clip(`value "${'a'.repeat(200)}" is bad`)).toBe(`value "${'a'.repeat(59)}… [202 characters] is bad`);
    const url = `https://example.org/${'p'.repeat(200)}.csv`;
    expect(clip(`from ${url}`)).toBe(`from ${url}`);
    expect(clip('short words stay')).toBe('short words stay');
  });

  it('cuts a message of many words after 2,000 characters, saying how long it was', () => {
    const long = 'word '.repeat(1000);
    expect(clip(long)).toBe(`${long.slice(0, 2000)}… [message of 5,000 characters cut]`);
  });

  it('DataError messages are clipped; the reason keeps the whole value for code that needs it', () => {
    const e = new DataError('f.csv', 2, 'x', `"${'9'.repeat(1000)}" is not a number`);
    expect(e.message).toBe(`f.csv:2 field "x": "${'9'.repeat(59)}… [1,002 characters] is not a number`);
    expect(e.reason.length).toBe(1018);
  });
});

describe('namedStep', () => {
  it('turns a stack overflow into a DataError naming the file; other errors pass through', () => {
    const deep = (n: number): number => (n === 0 ? 0 : 1 + deep(n - 1));
    expect(thrown(() => namedStep('m.json', 'hex map', () => deep(1e7)))).toEqual({
      type: 'DataError',
      message:
        'm.json: hex map: the input is nested or sized beyond what this step can take (Maximum call stack size exceeded)',
    });
    expect(
      thrown(() =>
        namedStep('m.json', 'hex map', () => {
          throw new TypeError('x');
        }),
      ),
    ).toEqual({ type: 'TypeError', message: 'x' });
  });
});
