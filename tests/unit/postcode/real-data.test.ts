// The postcodes step on the real ONSPD Feb 2021 regex files, NSPL May 2026 districts and mySociety overlaps:
// speed, sizes, exactness against every postcode in the old files, and known lookups.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPostcodeSlices, REGEX_DIR, type PostcodeStepResult } from '../../../scripts/steps/postcodes';
import { normalisePostcode, postcodeArea } from '../../../src/lib/postcode/format';
import { enumerate, parseRegex } from '../../../src/lib/postcode/regex-lang';
import { resolvePostcode } from '../../../src/lib/postcode/resolve';
import { hasSharedData, realNames, realStepInput, SHARED_DATA } from './real-inputs';

describe.skipIf(!hasSharedData)('postcode slices from the real files', () => {
  let result: PostcodeStepResult;
  let names: Map<string, string>;
  let ms = 0;
  beforeAll(() => {
    const input = realStepInput();
    const t = performance.now();
    result = buildPostcodeSlices(input);
    ms = performance.now() - t;
    names = realNames();
  });

  const lookup = (pc: string) => {
    const area = postcodeArea(pc) as string;
    return resolvePostcode(pc, result.slices[area] ?? null, { nameOf: (c) => names.get(c) });
  };

  it('runs well inside 20 seconds and places every old seat', () => {
    expect(ms).toBeLessThan(20_000);
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
      const file = JSON.parse(readFileSync(join(SHARED_DATA, REGEX_DIR, `${letter}.json`), 'utf8') || '{}') as Record<string, string>;
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
        if (!same || !jsAgrees || strays > 0) expect({ area, code, same, jsAgrees, strays }).toEqual({ area, code, same: true, jsAgrees: true, strays: 0 });
      }
    }
  }, 60_000);

  it('Putney: SW15 1AA is in old Putney, and the overlaps narrow SW15 to the new Putney', () => {
    const r = lookup('SW15 1AA');
    expect(r.oldSeat).toBe('E14000887');
    expect(result.slices.SW?.districts.SW15).toEqual(['E14001434', 'E14001445']);
    expect(r.newCandidates).toEqual(['E14001434']);
    expect(r.narrowed).toBe(true);
    expect(r.status).toBe('exact');
    expect(r.reason).toBe('SW15 is split between Putney and Richmond Park; your postcode was in the old Putney seat, all of whose population went to Putney.');
  });

  it.each([
    ['SW1A 0AA', 'E14000639'],
    ['SW1A 2AA', 'E14000639'],
    ['CF10 1EP', 'W07000050'],
    ['BT1 1AA', 'N06000002'],
    ['ZE1 0AA', 'S14000051'],
    ['LS1 1AZ', 'E14000777'],
    ['EH1 1YZ', 'S14000022'],
    ['M1 1AE', 'E14000807'],
    ['B1 1BB', 'E14000564'],
    ['TR1 1AA', 'E14001003'],
    ['AB10 1AB', 'S14000001'],
  ])('%s is in old seat %s', (pc, code) => {
    expect(lookup(pc).oldSeat).toBe(code);
  });

  it('the new seats for those postcodes, as the district lists and overlaps say', () => {
    const brief = (pc: string) => {
      const r = lookup(pc);
      return [r.status, r.newCandidates, r.narrowed];
    };
    expect(brief('SW1A 0AA')).toEqual(['exact', ['E14001172'], true]); // not Battersea
    expect(brief('ZE1 0AA')).toEqual(['exact', ['S14000051'], false]);
    expect(brief('CF10 1EP')).toEqual(['choose', ['W07000089', 'W07000091'], false]); // Cardiff East 76%, South and Penarth 24%
    expect(brief('BT1 1AA')).toEqual(['choose', ['N05000002', 'N05000004'], true]); // Belfast North 93%, West 7%; not South
    expect(lookup('CF10 1EP').reason).toBe(
      'CF10 is split between Cardiff East and Cardiff South and Penarth; your postcode was in the old Cardiff Central seat, whose population went to Cardiff East (76%) and Cardiff South and Penarth (24%). It could be in either; choose:',
    );
  });

  it('a retired district still in the Feb 2021 directory takes its new seats from the overlaps', () => {
    const r = lookup('W1M 0AA');
    expect(r.oldSeat).not.toBeNull();
    expect(result.slices.W?.districts.W1M).toBeUndefined();
    expect(r.reason).toContain('W1M has no live postcodes in the May 2026 lookup');
  });

  it('a postcode that is not in the Feb 2021 directory and a bare district', () => {
    const r = lookup('SW15 9ZZ');
    expect([r.status, r.oldSeat, r.newCandidates]).toEqual(['unknown-postcode', null, ['E14001434', 'E14001445']]);
    expect(lookup('SW11').newCandidates).toEqual(['E14001081', 'E14001550']); // Battersea, Tooting
  });
});
