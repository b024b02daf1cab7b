// Curated files refuse the invisible marks that raw publishers' files may carry but hand-written data never needs
// (zero-width characters, bidirectional marks, soft hyphen, a byte-order mark inside the text), written plainly or as
// a JSON \u escape: "Putney\u200B" passes the seat-name check and would be published as an invisible difference.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkCuratedJson, curatedText } from '../../../pipeline/lib/curated-files';
import { dataError, thrown } from '../pipeline/thrown';

const bytes = (s: string) => new TextEncoder().encode(s);
const MARKS = ['\u00ad', '\u061c', '\u180e', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2060', '\ufeff'];
const cp = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
const reason = (c: string) =>
  `invisible ${cp(c)}: a zero-width or bidirectional mark, which hand-written data does not need (it can make two names look alike)`;

describe('invisible marks in curated files', () => {
  it.each(MARKS.map((c) => [cp(c), c]))('%s in a CSV cell stops the build with its line', (_name, c) => {
    const csv = `set_id,name_in_source\norg-test,Testtown\norg-test,Putney${c}\n`;
    expect(thrown(() => curatedText('data/organisers.csv', bytes(csv)))).toEqual(
      dataError(`data/organisers.csv:3: ${reason(c)}`),
    );
  });

  it('written as a JSON escape too', () => {
    const schema = z.object({ title: z.string() });
    for (const [json, c] of [
      ['{\n  "title": "Putney\\u200B"\n}', '\u200b'],
      ['{\n  "title": "\\uFEFFPutney"\n}', '\ufeff'],
    ] as const) {
      expect(thrown(() => checkCuratedJson('t.json', json, schema))).toEqual(
        dataError(`t.json:2: ${reason(c).replace(cp(c), `${cp(c)} (written as an escape)`)}`),
      );
    }
  });

  it('a carriage return that ends no line (inside a cell of a file with LF or CRLF line endings) is refused too', () => {
    const what = 'a carriage return that does not end a line (it can hide the text before it in a terminal or log)';
    expect(thrown(() => curatedText('a.csv', bytes('a,b\r\n1,x\ry\r\n')))).toEqual(
      dataError(`a.csv:2: invisible U+000D: ${what}`),
    );
    expect(thrown(() => checkCuratedJson('t.json', '{"a": "x\\ry"}', z.object({ a: z.string() })))).toEqual(
      dataError(`t.json:1: invisible U+000D (written as an escape): ${what}`),
    );
    expect(curatedText('a.csv', bytes('a,b\r\n1,"x\r\ny"\r\n'))).toBe('a,b\r\n1,"x\r\ny"\r\n');
  });

  it('a byte-order mark at the very start is still allowed (the CSV reader notes it), and right-to-left text is', () => {
    expect(curatedText('a.csv', bytes('\ufeffa,b\n1,2\n'))).toBe('\ufeffa,b\n1,2\n');
    expect(curatedText('a.csv', bytes('a,b\nמושב,2\n'))).toBe('a,b\nמושב,2\n');
  });
});
