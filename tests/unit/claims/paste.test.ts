// Reading pasted seat lists: codes and names, commas inside names, both boundary sets, duplicates, junk, limits.
import { describe, expect, it } from 'vitest';
import { describeEntry, resolvePaste, shownInput, splitEntries, type PasteSeat } from '~/lib/compare/paste';

// TEST DATA, hand-made: a few seats of each boundary set. Codes and names follow the real ones but the list is tiny.
const SEATS: PasteSeat[] = [
  { code: 'E14000887', name: 'Putney', boundarySet: '2010' },
  { code: 'E14000614', name: 'Calder Valley', boundarySet: '2010' },
  { code: 'E14000639', name: 'Cities of London and Westminster', boundarySet: '2010' },
  { code: 'N06000006', name: 'East Londonderry', boundarySet: '2010' },
  { code: 'E14000598', name: 'Brighton, Pavilion', boundarySet: '2010' },
  { code: 'E14000562', name: 'Birmingham, Edgbaston', boundarySet: '2010' },
  { code: 'E14000563', name: 'Birmingham, Erdington', boundarySet: '2010' },
  { code: 'E14000564', name: 'Birmingham, Hall Green', boundarySet: '2010' },
  { code: 'W07000041', name: 'Ynys Môn', boundarySet: '2010' },
  { code: 'S14000021', name: 'East Renfrewshire', boundarySet: '2010' },
  { code: 'E14001434', name: 'Putney', boundarySet: '2024' },
  { code: 'E14001120', name: 'Brighton Pavilion', boundarySet: '2024' },
  { code: 'E14001510', name: 'Spen Valley', boundarySet: '2024' },
  { code: 'S14000021', name: 'East Renfrewshire', boundarySet: '2024' },
];

const resolve = (text: string, set: '2010' | '2024' = '2010', chosen: string[] = []) =>
  resolvePaste(text, SEATS, set, { chosen });

describe('near matches of a name that is no seat', () => {
  // What the reader is offered: one suggestion, or the list of names the entry starts.
  const offered = (text: string) => {
    const e = resolve(text).entries[0]!;
    if (e.status === 'ambiguous') return e.candidates.map((c) => c.name);
    return e.status === 'unknown' ? (e.suggestion?.name ?? null) : e.status;
  };

  it('a word that is whole in one seat name points there, not to names it only starts; a part word finds both', () => {
    expect(offered('london')).toBe('Cities of London and Westminster');
    expect(offered('londo')).toEqual(['Cities of London and Westminster', 'East Londonderry']);
  });

  it("a mistyped name is offered the one seat within the search box's typing mistakes, never added", () => {
    expect(offered('Calder Vally')).toBe('Calder Valley');
    expect(resolve('Calder Vally').codes).toEqual([]);
    expect(describeEntry(resolve('Calder Vally').entries[0]!, '2010')).toBe(
      '“Calder Vally” is not a seat name. Did you mean Calder Valley (E14000614)? Not added.',
    );
  });
});

describe('splitEntries', () => {
  it('splits on new lines, commas, semicolons and tabs, keeps a comma that is part of a seat name, drops blanks', () => {
    const text = 'Putney, Calder Valley\n\n  Brighton, Pavilion ;E14000614\tBirmingham, Edgbaston, Putney\r\n, ,\n';
    expect(splitEntries(text, SEATS, '2010')).toEqual([
      'Putney',
      'Calder Valley',
      'Brighton, Pavilion',
      'E14000614',
      'Birmingham, Edgbaston',
      'Putney',
    ]);
  });
});

describe('resolvePaste', () => {
  it('reads codes in any case and names in any case, accents and punctuation, in the order listed', () => {
    const r = resolve('e14000614\nYNYS MON\nbrighton pavilion\nE14000887');
    expect(r.codes).toEqual(['E14000614', 'W07000041', 'E14000598', 'E14000887']);
    expect(r.entries.map((e) => [e.status, e.status === 'seat' ? e.via : null])).toEqual([
      ['seat', 'code'],
      ['seat', 'name'],
      ['seat', 'name'],
      ['seat', 'code'],
    ]);
    expect(r.skipped).toBe(0);
  });

  it.each(
    [
      {
        title: 'a name found on both boundary sets resolves to the chosen set and says so',
        text: 'Putney',
        set: '2010' as const,
        chosen: [],
        codes: ['E14000887'],
        entry: {
          status: 'seat',
          input: 'Putney',
          code: 'E14000887',
          name: 'Putney',
          via: 'name',
          sameNameInOtherSet: true,
        },
        says: '“Putney”: added Putney (E14000887), the seat on the 2010–2023 boundaries; a seat of the same name also exists on the 2024 boundaries.',
      },
      {
        title: 'the same name on the 2024 boundaries resolves to the 2024 seat',
        text: 'Putney',
        set: '2024' as const,
        chosen: [],
        codes: ['E14001434'],
        entry: {
          status: 'seat',
          input: 'Putney',
          code: 'E14001434',
          name: 'Putney',
          via: 'name',
          sameNameInOtherSet: true,
        },
        says: '“Putney”: added Putney (E14001434), the seat on the 2024 boundaries; a seat of the same name also exists on the 2010–2023 boundaries.',
      },
      {
        title: 'a name that starts several seat names is ambiguous, with the candidates listed',
        text: 'Birmingham',
        set: '2010' as const,
        chosen: [],
        codes: [],
        entry: {
          status: 'ambiguous',
          input: 'Birmingham',
          candidates: [
            { code: 'E14000562', name: 'Birmingham, Edgbaston' },
            { code: 'E14000563', name: 'Birmingham, Erdington' },
            { code: 'E14000564', name: 'Birmingham, Hall Green' },
          ],
          more: 0,
        },
        says: '“Birmingham” matches 3 seats (Birmingham, Edgbaston; Birmingham, Erdington; Birmingham, Hall Green). Not added: give the full name or the code.',
      },
      {
        title: 'a near match is offered, not added',
        text: 'calder',
        set: '2010' as const,
        chosen: [],
        codes: [],
        entry: {
          status: 'unknown',
          input: 'calder',
          reason: 'no-such-name',
          suggestion: { code: 'E14000614', name: 'Calder Valley' },
        },
        says: '“calder” is not a seat name. Did you mean Calder Valley (E14000614)? Not added.',
      },
      {
        title: 'a mistyped name as near to several seats is offered none of them',
        text: 'Brimingham',
        set: '2010' as const,
        chosen: [],
        codes: [],
        entry: { status: 'unknown', input: 'Brimingham', reason: 'no-such-name', suggestion: null },
        says: '“Brimingham” is not a seat name, ONS code or postcode. Not added.',
      },
      {
        title: 'a seat already in the list is reported as such',
        text: 'Calder Valley\nPutney',
        set: '2010' as const,
        chosen: ['E14000614'],
        codes: ['E14000887'],
        entry: { status: 'already-chosen', input: 'Calder Valley', code: 'E14000614', name: 'Calder Valley' },
        says: '“Calder Valley”: Calder Valley is already in your list.',
      },
    ].map((c) => [c.title, c] as const),
  )('%s', (_title, { text, set, chosen, codes, entry, says }) => {
    const r = resolve(text, set, chosen);
    expect(r.codes).toEqual(codes);
    expect(r.entries[0]).toEqual(entry);
    expect(describeEntry(r.entries[0]!, set)).toBe(says);
  });

  it('a code or a name that exists only on the other boundaries is reported, not added', () => {
    const r = resolve('E14001434\nSpen Valley', '2010');
    expect(r.codes).toEqual([]);
    expect(r.entries).toEqual([
      { status: 'other-boundary-set', input: 'E14001434', code: 'E14001434', name: 'Putney', boundarySet: '2024' },
      {
        status: 'other-boundary-set',
        input: 'Spen Valley',
        code: 'E14001510',
        name: 'Spen Valley',
        boundarySet: '2024',
      },
    ]);
    expect(describeEntry(r.entries[0]!, '2010')).toBe(
      '“E14001434”: Putney (E14001434) is a seat on the 2024 boundaries, but this election pair uses the 2010–2023 boundaries. Not added.',
    );
  });

  it('a Scottish code shared by both sets resolves on either', () => {
    expect(resolve('S14000021', '2010').codes).toEqual(['S14000021']);
    expect(resolve('S14000021', '2024').codes).toEqual(['S14000021']);
  });

  it('junk, markup and unknown codes are reported word for word, never dropped', () => {
    const r = resolve('<script>alert(1)</script>\nE14999999\n???\nPutney');
    expect(r.codes).toEqual(['E14000887']);
    expect(r.entries.slice(0, 3)).toEqual([
      { status: 'unknown', input: '<script>alert(1)</script>', reason: 'no-such-name', suggestion: null },
      { status: 'unknown', input: 'E14999999', reason: 'code-not-found', suggestion: null },
      { status: 'unknown', input: '???', reason: 'no-such-name', suggestion: null },
    ]);
    expect(describeEntry(r.entries[0]!, '2010')).toBe(
      '“<script>alert(1)</script>” is not a seat name, ONS code or postcode. Not added.',
    );
    expect(describeEntry(r.entries[1]!, '2010')).toBe(
      '“E14999999” is not the code of any seat in the data. Not added.',
    );
  });

  it('a seat listed twice, by code and by name, is used once and the repeat reported', () => {
    const r = resolve('Putney\nE14000887\nputney');
    expect(r.codes).toEqual(['E14000887']);
    expect(r.entries.map((e) => e.status)).toEqual(['seat', 'duplicate', 'duplicate']);
    expect(describeEntry(r.entries[1]!, '2010')).toBe('“E14000887”: Putney is listed more than once; it is used once.');
  });

  it('empty and blank text gives nothing', () => {
    expect(resolve('')).toEqual({ entries: [], codes: [], skipped: 0 });
    expect(resolve(' \n\n , ; \t')).toEqual({ entries: [], codes: [], skipped: 0 });
  });

  it('reads at most maxEntries entries and counts the rest', () => {
    const r = resolvePaste('Putney\nCalder Valley\nE14000598\nE14000562', SEATS, '2010', { maxEntries: 2 });
    expect(r.codes).toEqual(['E14000887', 'E14000614']);
    expect(r.skipped).toBe(2);
  });

  it('shows long input cut to 80 characters with whitespace collapsed', () => {
    expect(shownInput('  a   b\t c ')).toBe('a b c');
    const long = 'x'.repeat(100);
    expect(shownInput(long)).toBe(`${'x'.repeat(79)}…`);
    expect(resolve(long).entries[0]!.input).toHaveLength(80);
  });
});
