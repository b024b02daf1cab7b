// checkCuratedJson (pipeline/lib/curated-files.ts) on what JSON.parse hides: a key written twice in one object.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkCuratedJson } from '../../../pipeline/lib/curated-files';
import { dataError, thrown } from '../pipeline/thrown';

const entry = z.object({ id: z.string(), title: z.string(), tags: z.array(z.object({ id: z.string() })) });
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
});
