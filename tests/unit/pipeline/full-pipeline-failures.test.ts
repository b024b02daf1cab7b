// The full pipeline on a temp copy of the raw mirror with one file broken: it must stop with the exact message
// and write nothing (an existing output folder survives byte for byte; a missing one is not created).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runPipeline } from '../../../pipeline/pipeline';
import { brokenMirror, leftovers, originalBytes, sha256, snapshot, type BrokenMirror } from './broken-mirror';
import { dataError, thrownAsync } from './thrown';

const HOC_2019 = 'ge_results_2015_2019_hoc/HoC-GE2019-results-by-constituency.csv';
const HOC_1918 = 'ge_results_1918_2019_hoc/1918-2019election_results.csv';

let current: BrokenMirror | null = null;
afterEach(() => {
  current?.cleanup();
  current = null;
});

/** Runs the pipeline on `m`, with outDir pre-filled by a sentinel file (or absent), and checks nothing was written. */
async function failure(m: BrokenMirror, outDirExists: boolean) {
  current = m;
  const out = m.options.outDir;
  if (outDirExists) {
    mkdirSync(join(out, 'nested'), { recursive: true });
    writeFileSync(join(out, 'results.json'), '["an older build"]\n');
    writeFileSync(join(out, 'nested', 'sentinel.txt'), 'must survive\n');
  }
  const before = snapshot(out);
  const error = await thrownAsync(() => runPipeline(m.options));
  expect(snapshot(out)).toEqual(before);
  expect(existsSync(out)).toBe(outDirExists);
  expect(leftovers(out)).toEqual([]);
  return error;
}

const text = (b: Buffer) => b.toString('utf8');

describe('full pipeline on broken inputs', () => {
  it('2019 results file cut off in the middle of its last row', async () => {
    // The file ends "...,0,0,0,0,0,0,0,0,0,692,0\r\n"; dropping the last 12 bytes leaves 28 of the 32 fields.
    const m = brokenMirror('hoc-ge2019', (b) => b.subarray(0, b.length - 12));
    expect(await failure(m, true)).toEqual(
      dataError(`${HOC_2019}:651 field "UUP": row has 28 fields, header has 32 (truncated row?)`),
    );
  });

  it('a vote count of "12a" (Putney, Lab column)', async () => {
    const m = brokenMirror('hoc-ge2019', (b) => text(b).replace(/^(E14000887,.*?),22780,/m, '$1,12a,'));
    expect(await failure(m, false)).toEqual(dataError(`${HOC_2019}:458 field "Lab": "12a" is not a whole number`));
  });

  it('a missing column ("Valid votes" renamed)', async () => {
    const m = brokenMirror('hoc-ge2019', (b) => text(b).replace('Valid votes', 'Valid_votes'));
    expect(await failure(m, true)).toEqual(dataError(`${HOC_2019}:1 field "Valid votes": missing column`));
  });

  it('a file that differs from the checksum the manifest pins (manifest unchanged)', async () => {
    let altered = '';
    const m = brokenMirror('hoc-ge2019', (b) => (altered = text(b).replace('22780', '22781')), { keepChecksum: true });
    const expected = sha256(originalBytes('hoc-ge2019'));
    expect(expected).toBe('eb5c48380bd49d801fc27631bd61c8add510265a74e53ef2a42fa437df1a8a71');
    expect(await failure(m, false)).toEqual({
      type: 'ChecksumError',
      message:
        `checksum mismatch for hoc-ge2019 (${join(m.options.mirror!, HOC_2019)}): expected sha256 ${expected}, got ${sha256(altered)}. ` +
        'The file differs from the one the manifest pins; nothing was written.',
    });
    // The bad file is not cached either.
    expect(existsSync(join(m.options.rawCache, HOC_2019))).toBe(false);
  });

  it('the Windows-1252 1918-2019 file delivered re-encoded as UTF-8 ("Ynys Môn" becomes "Ynys MÃ´n")', async () => {
    const m = brokenMirror('hoc-1918-2019', (b) => Buffer.from(new TextDecoder('windows-1252').decode(b), 'utf8'));
    expect(await failure(m, true)).toEqual(
      dataError(`${HOC_1918}:13828: encoding damage: "Ã´" looks like text decoded with the wrong character set`),
    );
  });
});
