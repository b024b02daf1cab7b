// checkCuratedJson (pipeline/lib/curated-files.ts) on what JSON.parse hides: a key written twice in one object, and
// invisible characters written as \u escapes, which the check of the file's text cannot see.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkCuratedJson } from '../../../pipeline/lib/curated-files';
import { dataError, thrown } from '../pipeline/thrown';

const entry = z.object({ id: z.string(), title: z.string().min(1), tags: z.array(z.object({ id: z.string() })) });
const schema = z.array(entry);

describe('checkCuratedJson', () => {
  it('refuses a key written twice in one object, naming its line (JSON.parse would keep the last value)', () => {
    const text = '[\n  {\n    "id": "a",\n    "title": "kept?",\n    "title": "or this?",\n    "tags": []\n  }\n]\n';
    expect(thrown(() => checkCuratedJson('t.json', text, schema))).toEqual(
      dataError('t.json:5 field "title": key written twice in one object (JSON keeps only the last value)'),
    );
    const escaped = '[{"id": "a", "title": "x", "tags": [], "\\u0074itle": "y"}]';
    expect(thrown(() => checkCuratedJson('t.json', escaped, schema))).toEqual(
      dataError('t.json:1 field "title": key written twice in one object (JSON keeps only the last value)'),
    );
  });

  it('accepts the same key in different objects, and key-like strings as values', () => {
    const text =
      '[{"id": "a", "title": "id", "tags": [{"id": "x"}, {"id": "y"}]}, {"id": "b", "title": "\\"id\\":", "tags": []}]';
    expect(checkCuratedJson('t.json', text, schema)).toEqual([
      { id: 'a', title: 'id', tags: [{ id: 'x' }, { id: 'y' }] },
      { id: 'b', title: '"id":', tags: [] },
    ]);
  });

  it('refuses an invisible control or bidi character written as a \\u escape, in a value or a key', () => {
    const value = '[{"id": "a",\n "title": "Hastings \\u202Eand Rye", "tags": []}]';
    expect(thrown(() => checkCuratedJson('t.json', value, schema))).toEqual(
      dataError(
        't.json:2: invisible U+202E (written as an escape): a bidirectional control character, which can make text display in another order than it is stored',
      ),
    );
    const key = '[{"id": "a", "title": "x", "tags": [], "\\u0000": 1}]';
    expect(thrown(() => checkCuratedJson('t.json', key, schema))).toEqual(
      dataError('t.json:1: invisible U+0000 (written as an escape): a control character'),
    );
    const backslash = '[{"id": "a", "title": "C:\\\\u202E", "tags": []}]';
    expect(checkCuratedJson('t.json', backslash, schema)).toEqual([{ id: 'a', title: 'C:\\u202E', tags: [] }]);
  });

  it('refuses a value of spaces only, which passes a schema asking for a non-empty string', () => {
    const text = '[{"id": "a",\n "title": " \\t ", "tags": []}]';
    expect(entry.array().safeParse(JSON.parse(text)).success).toBe(true);
    expect(thrown(() => checkCuratedJson('t.json', text, schema))).toEqual(
      dataError('t.json:2: a value of spaces only: give the text, or leave it out where it is optional'),
    );
    expect(checkCuratedJson('t.json', '[{"id": "", "title": " a ", "tags": []}]', schema)).toEqual([
      { id: '', title: ' a ', tags: [] },
    ]);
  });
});
