// The registry of curated files (pipeline/lib/curated-files.ts): every file under data/ has a line, and a new line is
// all a new curated file needs to get the encoding, invisible-character and schema checks.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CURATED_FILES, checkCuratedFiles, droppedKey, ruleFor } from '../../../pipeline/lib/curated-files';
import { ROOT } from '../pipeline/broken-mirror';
import { thrown } from '../pipeline/thrown';
import { tempFolders } from '../../support/temp-folders';

const tempData = tempFolders('groundwork-registry-');

const targets = {
  pattern: 'data/targets/*.json',
  what: 'target seats',
  json: z.array(z.object({ code: z.string(), why: z.string().optional() })),
};

describe('curated-file registry', () => {
  it('covers every curated file in the repository, which all pass', () => {
    const checked = checkCuratedFiles(ROOT);
    expect(checked.map((c) => c.file)).toEqual(
      expect.arrayContaining([
        'data/organisers.csv',
        'data/claims.json',
        'data/changelog.json',
        'data/seat-sets/sets.json',
        'data/sources.json',
      ]),
    );
    expect(checked.every((c) => ruleFor(c.file) !== null)).toBe(true);
  });

  it('a file no line covers stops the build; one added line brings it under every check', () => {
    const root = tempData({
      'data/targets/2029.json': '[{"code":"E14001434","whyy":"typo"}]',
      'data/README.md': 'not data',
    });
    expect(thrown(() => checkCuratedFiles(root))).toMatchObject({
      message: expect.stringContaining('data/targets/2029.json: not a known curated file'),
    });
    expect(thrown(() => checkCuratedFiles(root, [...CURATED_FILES, targets]))).toMatchObject({
      message: 'data/targets/2029.json:1 field "0.whyy": unknown key (misspelt?); known keys here: code',
    });
    writeFileSync(join(root, 'data/targets/2029.json'), '[{"code":"E14001434","why":"\u202e"}]');
    expect(thrown(() => checkCuratedFiles(root, [...CURATED_FILES, targets]))).toMatchObject({
      message: expect.stringContaining('invisible U+202E'),
    });
    writeFileSync(join(root, 'data/targets/2029.json'), '[{"code":"E14001434","why":"fine"}]');
    expect(checkCuratedFiles(root, [...CURATED_FILES, targets])).toEqual([
      { file: 'data/targets/2029.json', what: 'target seats' },
    ]);
  });

  it('droppedKey finds a key the schema stripped, at any depth, and nothing in clean data', () => {
    const schema = z.object({ a: z.object({ b: z.number() }).array() });
    const input = { a: [{ b: 1 }, { b: 2, c: 3 }] };
    expect(droppedKey(input, schema.parse(input))).toEqual({ path: ['a', 1, 'c'], known: ['b'] });
    expect(droppedKey({ a: [{ b: 1 }] }, schema.parse({ a: [{ b: 1 }] }))).toBeNull();
  });
});
