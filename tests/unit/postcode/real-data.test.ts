// The postcodes step on the real files: the per-area slices are exact against every postcode in the old regex files;
// the district files the data step wrote (data/derived/site/postcodes/, from `npm run data`) give every live GB postcode
// mySociety's seat, and the known lookups answer as they should. The district algorithm on invented input:
// districts-step.test.ts.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REGEX_DIR } from '../../../pipeline/steps/postcode-inputs';
import type { PostcodeStepResult } from '../../../pipeline/steps/postcodes';
import { normalisePostcode, outwardCode } from '../../../src/lib/postcode/format';
import { enumerate, parseRegex } from '../../../src/lib/postcode/regex-lang';
import { resolvePostcode } from '../../../src/lib/postcode/resolve';
import { inwardCodes, runAt, runTotals, type PostcodeDistrictFile } from '../../../src/lib/postcode/district-file';
import type { SeatRanges } from '../../../pipeline/parse/pcon24-ranges';
import type { CodePointFile } from '../../../pipeline/steps/postcode-districts';
import { seatOfPostcode } from '../../../pipeline/parse/pcon24-ranges';
import { readRaw } from '../../support/raw-files';
import { realCodePoint, realNames, realRanges, realSlices, writtenDistrictFiles } from './real-inputs';

describe('postcode slices from the real files', () => {
  let result: PostcodeStepResult;
  beforeAll(() => {
    const run = realSlices();
    result = run.result;
    console.log(`postcode slices built in ${run.seconds.toFixed(1)} s`);
  });

  it('places every old seat', () => {
    expect(result.report.oldSeatsPlaced).toBe(650);
    expect(result.report.unplacedOld).toEqual([]);
    expect(result.report.oldSeatsWithoutPostcodes).toEqual([]);
    expect([...new Set(result.report.nonStandardPrefixes.map((p) => p.prefix))]).toEqual(['NPT']);
    expect(result.report.areasWithoutDistricts).toEqual([]);
    expect(result.report.areasWithoutOldSeats).toEqual([]);
    expect(result.report.areas).toBe(121);
    expect(result.report.districts).toBe(2875);
  });

  it('the largest slice is much smaller than the largest letter file', () => {
    const { largestSlice, largestLetterFile } = result.report;
    expect(largestLetterFile).toEqual({ letter: 'S', bytes: 275_906 });
    expect(largestSlice.bytes).toBeLessThan(largestLetterFile.bytes);
    expect(largestSlice.bytes).toBeLessThan(80_000);
  });

  it('every Feb 2021 postcode is matched by its own seat in its area slice, and only there', () => {
    const expected = new Map<string, Map<string, string[]>>(); // area -> code -> postcodes
    let total = 0;
    let skipped = 0;
    for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
      const file = JSON.parse(readRaw(join(REGEX_DIR, `${letter}.json`)) || '{}') as Record<string, string>;
      for (const [code, source] of Object.entries(file)) {
        enumerate(parseRegex(source), (pc) => {
          total++;
          if (normalisePostcode(pc) !== pc) {
            skipped++;
            expect(pc.startsWith('NPT')).toBe(true);
            return;
          }
          const area = (/^[A-Z]+/.exec(pc) as RegExpExecArray)[0];
          const byCode = expected.get(area) ?? new Map<string, string[]>();
          const list = byCode.get(code) ?? [];
          list.push(pc);
          byCode.set(code, list);
          expected.set(area, byCode);
        });
      }
    }
    expect(total).toBe(2_632_994);
    expect(skipped).toBe(2_417);
    expect([...expected.keys()].sort()).toEqual(Object.keys(result.slices));
    for (const [area, slice] of Object.entries(result.slices)) {
      const byCode = expected.get(area) as Map<string, string[]>;
      expect(Object.keys(slice.old).sort()).toEqual([...byCode.keys()].sort());
      for (const [code, source] of Object.entries(slice.old)) {
        const want = byCode.get(code) as string[];
        const got: string[] = [];
        enumerate(parseRegex(source), (pc) => got.push(pc));
        const same = new Set(got).size === want.length && got.sort().join() === want.sort().join();
        const js = new RegExp(source);
        const jsAgrees = want.every((pc) => js.test(pc));
        let strays = 0;
        for (const [other, pcs] of byCode) {
          if (other === code) continue;
          for (let i = 0; i < pcs.length; i += 50) if (js.test(pcs[i] as string)) strays++;
        }
        if (!same || !jsAgrees || strays > 0)
          expect({ area, code, same, jsAgrees, strays }).toEqual({ area, code, same: true, jsAgrees: true, strays: 0 });
      }
    }
    // A guard against a hang, not a speed check: about 10 CPU-s, which took over 60 s on a 2-core machine at load 20.
  }, 240_000);
});

describe('district files from the real files (Code-Point Open 2025.4, mySociety ranges), as the data step wrote them', () => {
  let written: Awaited<ReturnType<typeof writtenDistrictFiles>>;
  let files: Map<string, PostcodeDistrictFile>;
  let ranges: SeatRanges;
  let codePoint: CodePointFile[];
  let names: Map<string, string>;
  beforeAll(async () => {
    written = await writtenDistrictFiles();
    files = new Map([...written].map(([d, w]) => [d, w.file]));
    ranges = realRanges();
    codePoint = realCodePoint();
    names = realNames();
  }, 180_000);
  const lookup = (pc: string) =>
    resolvePostcode(pc, files.get(outwardCode(pc) as string) ?? null, { nameOf: (c) => names.get(c) });

  it('covers every live GB postcode and every GB seat; the files stay small', () => {
    const gb = [...files.values()].filter((f) => f.kind === 'gb');
    const live = codePoint.reduce((n, cp) => n + cp.rows.length, 0);
    expect(live).toBe(1_745_849);
    expect(gb.reduce((n, f) => n + inwardCodes(f).length, 0)).toBe(live);
    expect(gb.reduce((n, f) => n + (runTotals(f.newRuns).get(-1) ?? 0), 0)).toBe(1_000);
    expect(gb.length).toBe(2_873);
    expect(files.size - gb.length).toBe(81);
    const sizes = [...written.values()].map((w) => w.bytes);
    expect(Math.max(...sizes)).toBeLessThan(4_000);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(2_500_000);
  });

  it('every live postcode of a 1-in-200 sample reads back its own range-file seat from its district file', () => {
    let checked = 0;
    for (const cp of codePoint) {
      for (let i = 0; i < cp.rows.length; i += 200) {
        const pc = (cp.rows[i] as { postcode: string }).postcode;
        const f = files.get(pc.slice(0, -3));
        if (!f) throw new Error(`no file for ${pc}`);
        const k = inwardCodes(f).indexOf(pc.slice(-3));
        const n = runAt(f.newRuns, k);
        expect([pc, n < 0 ? null : f.newSeats[n]]).toEqual([pc, seatOfPostcode(ranges, pc)]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(8_500);
  }, 120_000);

  it('SW15 1AA is in Putney (E14001434) exactly, and was in old Putney', () => {
    const r = lookup('SW15 1AA');
    expect([r.status, r.newSeats, r.oldSeat]).toEqual(['exact', [{ code: 'E14001434', share: 1 }], 'E14000887']);
    expect(r.reason).toBe('SW15 1AA is in Putney (2024 boundaries). From 2010 to 2023 it was in Putney.');
  });

  it.each([
    ['LS18 4EL', 'E14001319'], // Leeds Central and Headingley (the old district list offered only Leeds North West)
    ['CF10 1EP', 'W07000091'], // Cardiff South and Penarth
    ['SW1A 0AA', 'E14001172'],
    ['M1 1AE', 'E14001352'],
  ])('%s gives one 2024 seat, %s', (pc, code) => {
    const r = lookup(pc);
    expect([r.status, r.newSeats.map((s) => s.code)]).toEqual(['exact', [code]]);
  });

  it.each([
    ['SW1A 0AA', 'E14000639'],
    ['CF10 1EP', 'W07000050'],
    ['ZE1 0AA', 'S14000051'],
    ['LS1 1AZ', 'E14000777'],
    ['AB10 1AB', 'S14000001'],
  ])('%s was in old seat %s', (pc, code) => {
    expect(lookup(pc).oldSeat).toBe(code);
  });

  it('HA0 1AA is not a live postcode and gets no seat (the range file alone would say Farnham and Bordon)', () => {
    expect(seatOfPostcode(ranges, 'HA01AA')).toBe('E14001234');
    const r = lookup('HA0 1AA');
    expect([r.status, r.newSeats, r.oldSeat]).toEqual(['not-live', [], null]);
  });

  it('Northern Ireland: BT1 1AA keeps its old seat and district candidates, narrowed by the overlaps', () => {
    const r = lookup('BT1 1AA');
    expect([r.status, r.oldSeat, r.basis, r.newSeats.map((s) => s.code)]).toEqual([
      'choose',
      'N06000002',
      'ni',
      ['N05000002', 'N05000004'],
    ]);
    expect(r.reason).toContain('In Northern Ireland we have the 2024 seat by postcode district only');
  });

  it('a district on its own: SW15 is split between Putney and Richmond Park by share of live postcodes', () => {
    const r = lookup('SW15');
    expect(r.newSeats.map((s) => s.code)).toEqual(['E14001434', 'E14001445']);
    expect(r.status).toBe('choose');
  });
});
