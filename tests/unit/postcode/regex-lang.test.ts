// Parsing, derivatives and printing of the grex-style postcode regexes, on small hand-written ones.
import { describe, expect, it } from 'vitest';
import {
  derive,
  derivePrefix,
  enumerate,
  firstChars,
  matchesNothing,
  parseRegex,
  restrictFirst,
  type RegexNode,
} from '../../../src/lib/postcode/regex-lang';
import { printAnchored } from '../../../src/lib/postcode/regex-print';

function strings(n: RegexNode): string[] {
  const out: string[] = [];
  enumerate(n, (s) => out.push(s));
  return [...new Set(out)].sort();
}

describe('parseRegex + enumerate', () => {
  it('reads classes, ranges, groups, alternation and ?', () => {
    expect(strings(parseRegex('^A[B-DX]?(?:1|2[YZ])$'))).toEqual([
      'A1',
      'A2Y',
      'A2Z',
      'AB1',
      'AB2Y',
      'AB2Z',
      'AC1',
      'AC2Y',
      'AC2Z',
      'AD1',
      'AD2Y',
      'AD2Z',
      'AX1',
      'AX2Y',
      'AX2Z',
    ]);
  });

  it('lists strings in the regex’s own order, repeats included (the district files depend on it)', () => {
    const listed = (source: string) => {
      const out: string[] = [];
      enumerate(parseRegex(source), (s) => out.push(s));
      return out;
    };
    expect(listed('^A(?:B|C)?[12](?:X|)$')).toEqual([
      'A1X',
      'A1',
      'A2X',
      'A2',
      'AB1X',
      'AB1',
      'AB2X',
      'AB2',
      'AC1X',
      'AC1',
      'AC2X',
      'AC2',
    ]);
    expect(listed('^(?:A|AB?)B?$')).toEqual(['A', 'AB', 'A', 'AB', 'AB', 'ABB']);
    expect(listed('^S(?:11AA|2?W(?:15AB|1A0AA))$')).toEqual(['S11AA', 'SW15AB', 'SW1A0AA', 'S2W15AB', 'S2W1A0AA']);
  });

  it.each([
    ['SW1', 'must start with ^'],
    ['^SW1', 'must end with $'],
    ['^A|B$', 'top-level |'],
    ['^A.*$', 'unsupported "."'],
    ['^A+$', 'unsupported quantifier'],
    ['^(AB)$', 'only (?:…) groups'],
    ['^[^A]$', 'negated'],
    ['^[]$', 'empty class'],
    ['^(?:AB$', 'unclosed ('],
  ])('rejects %j', (source, reason) => {
    expect(() => parseRegex(source)).toThrow(reason);
  });
});

describe('derivatives', () => {
  const r = parseRegex('^S(?:11AA|2?W(?:15AB|1A0AA))$');

  it('derive and restrictFirst keep exactly the matching strings', () => {
    expect(strings(r)).toEqual(['S11AA', 'S2W15AB', 'S2W1A0AA', 'SW15AB', 'SW1A0AA']);
    expect(strings(derive(r, 'S'))).toEqual(['11AA', '2W15AB', '2W1A0AA', 'W15AB', 'W1A0AA']);
    expect(strings(restrictFirst(derive(r, 'S'), '0123456789'))).toEqual(['11AA', '2W15AB', '2W1A0AA']);
    expect(strings(derivePrefix(r, 'SW1'))).toEqual(['5AB', 'A0AA']);
    expect(matchesNothing(derive(r, 'T'))).toBe(true);
    expect([...firstChars(derive(r, 'S'))].sort()).toEqual(['1', '2', 'W']);
  });

  it('prints a regex JavaScript reads the same way', () => {
    const sw = printAnchored('SW', derivePrefix(r, 'SW'));
    expect(sw).toBe('^SW(?:15AB|1A0AA)$');
    const s = printAnchored('S', restrictFirst(derive(r, 'S'), '0123456789'));
    expect(s).toBe('^S(?:11AA|2W(?:15AB|1A0AA))$');
    const js = new RegExp(s);
    expect(['S11AA', 'S2W15AB', 'S2W1A0AA'].every((x) => js.test(x))).toBe(true);
    expect(['SW15AB', 'S11A', 'S11AAA', 'XS11AA'].some((x) => js.test(x))).toBe(false);
  });

  it('prints optional parts and ranges', () => {
    const n = parseRegex('^AB(?:C[DEFGHJ]|)?1$');
    expect(strings(n)).toEqual(['AB1', 'ABCD1', 'ABCE1', 'ABCF1', 'ABCG1', 'ABCH1', 'ABCJ1']);
    const printed = printAnchored('', n);
    expect(printed).toBe('^AB(?:C[D-HJ])?1$');
    expect(strings(parseRegex(printed))).toEqual(strings(n));
  });
});
