// The test-your-own-seats permalink: reading ?pair=&outcome=&seats=&set= with problems reported, and writing it back.
import { describe, expect, it } from 'vitest';
import { MAX_URL_SEATS, openedState, parseState, stateQuery } from '~/lib/compare/state';
import type { ComparePreset } from '~/lib/compare/settings';
import { excludedSeats } from '~/client/compare-run';

const PRESETS = ['cou-2019', 'utr-2019'];

describe('parseState', () => {
  it('defaults: 2017 -> 2019, Labour share, no seats', () => {
    expect(parseState('', PRESETS)).toEqual({
      state: { pair: '2017-2019', outcome: 'lab', seats: [], set: null, includeCited: false, leaveLinked: false },
      problems: [],
    });
  });

  it('reads the pair, outcome, set and seats (trimmed, upper-cased, blanks dropped, order kept)', () => {
    expect(parseState('?pair=2019N-2024&outcome=swing&set=utr-2019&seats=e14000887,%20E14000614,,', PRESETS)).toEqual({
      state: {
        pair: '2019N-2024',
        outcome: 'swing',
        seats: ['E14000887', 'E14000614'],
        set: 'utr-2019',
        includeCited: false,
        leaveLinked: false,
      },
      problems: [],
    });
  });

  it('reports an unknown pair, outcome or set and falls back to the defaults', () => {
    const r = parseState('?pair=2001-2005&outcome=%3Cb%3E&set=nope', PRESETS);
    expect(r.state).toEqual({
      pair: '2017-2019',
      outcome: 'lab',
      seats: [],
      set: null,
      includeCited: false,
      leaveLinked: false,
    });
    expect(r.problems).toEqual([
      'The election pair “2001-2005” is not one this page offers; 2017 → 2019 is used instead.',
      "The outcome “<b>” is not one this page offers; the change in Labour's share is used instead.",
      'There is no preset seat set called “nope”.',
    ]);
  });

  it('reads every seats= of a link that repeats it', () => {
    expect(parseState('?seats=E14000887&seats=e14000614,E14000530', PRESETS).state.seats).toEqual([
      'E14000887',
      'E14000614',
      'E14000530',
    ]);
  });

  it('keeps junk seat entries for the resolver to report', () => {
    expect(parseState('?seats=E14000887,<script>,XYZ', PRESETS).state.seats).toEqual(['E14000887', '<SCRIPT>', 'XYZ']);
  });

  it('cuts an over-long seat list and says so', () => {
    const many = Array.from({ length: MAX_URL_SEATS + 5 }, (_, i) => `E14${String(i).padStart(6, '0')}`).join(',');
    const r = parseState(`?seats=${many}`, PRESETS);
    expect(r.state.seats).toHaveLength(MAX_URL_SEATS);
    expect(r.problems).toEqual([
      `The link lists ${MAX_URL_SEATS + 5} seats; only the first ${MAX_URL_SEATS} are read.`,
    ]);
  });
});

describe('stateQuery', () => {
  it('sorts and de-duplicates seats so one selection has one permalink', () => {
    expect(stateQuery({ pair: '2017-2019', outcome: 'lab', seats: ['E14000887', 'E14000614', 'E14000887'] })).toBe(
      '?pair=2017-2019&outcome=lab&seats=E14000614,E14000887',
    );
  });

  it('leaves seats out when there are none, and round-trips through parseState', () => {
    expect(stateQuery({ pair: '2015-2017', outcome: 'pact', seats: [] })).toBe('?pair=2015-2017&outcome=pact');
    const q = stateQuery({ pair: '2010-2015', outcome: 'steed', seats: ['S14000021', 'E14000530'] });
    expect(parseState(q, PRESETS).state).toEqual({
      pair: '2010-2015',
      outcome: 'steed',
      seats: ['E14000530', 'S14000021'],
      set: null,
      includeCited: false,
      leaveLinked: false,
    });
  });

  it('carries the switch that includes seats of cited sets, which changes the numbers, and reads it back', () => {
    const q = stateQuery({ pair: '2017-2019', outcome: 'lab', seats: ['E14000887'], includeCited: true });
    expect(q).toBe('?pair=2017-2019&outcome=lab&seats=E14000887&include=cited');
    expect(parseState(q, PRESETS).state.includeCited).toBe(true);
    expect(stateQuery({ pair: '2017-2019', outcome: 'lab', seats: [], includeCited: false })).toBe(
      '?pair=2017-2019&outcome=lab',
    );
    const odd = parseState('?include=everything', PRESETS);
    expect(odd.state.includeCited).toBe(false);
    expect(odd.problems).toEqual([
      'The option “include=everything” is not one this page offers; seats of cited sets are left out of the comparison seats.',
    ]);
  });
});

describe('leaving out the seats of linked places', () => {
  it('round-trips leave=linked after include=cited, and reports an unknown value', () => {
    const q = stateQuery({
      pair: '2017-2019',
      outcome: 'lab',
      seats: ['E14000887'],
      includeCited: true,
      leaveLinked: true,
    });
    expect(q).toBe('?pair=2017-2019&outcome=lab&seats=E14000887&include=cited&leave=linked');
    expect(parseState(q, PRESETS).state).toMatchObject({ includeCited: true, leaveLinked: true });
    const odd = parseState('?leave=all', PRESETS);
    expect(odd.state.leaveLinked).toBe(false);
    expect(odd.problems).toEqual([
      'The option “leave=all” is not one this page offers; the seats of places linked to a set stay among the comparison seats.',
    ]);
  });

  it('excludedSeats: cited seats unless included, linked places’ seats when left out, named by set and place', () => {
    const presets = [
      { id: 'cou-2019', codes: ['E14000887'], linked: [{ code: 'E14000972', place: 'Stoke' }] },
      { id: 'utr-2019', codes: ['E14000614'], linked: [] },
    ] as unknown as ComparePreset[];
    expect(excludedSeats(presets, { includeCited: false, leaveLinked: false })).toEqual([
      { code: 'E14000887', set: 'cou-2019' },
      { code: 'E14000614', set: 'utr-2019' },
    ]);
    expect(excludedSeats(presets, { includeCited: true, leaveLinked: true })).toEqual([
      { code: 'E14000972', set: 'cou-2019, place: Stoke' },
    ]);
  });
});

describe('openedState', () => {
  const preset: ComparePreset = {
    id: 'cou-2019',
    title: 'Organiser seats',
    codes: ['E14000614', 'E14000925'],
    pair: '2015-2017',
    outcome: 'swing',
    complete: true,
    caveat: '',
    linked: [],
  };

  it("takes a preset's pair, outcome and seats, its seats before the link's own", () => {
    const r = openedState('?set=cou-2019&seats=E14000887', [preset]);
    expect(r.preset).toBe(preset);
    expect(r.state).toMatchObject({
      pair: '2015-2017',
      outcome: 'swing',
      seats: ['E14000614', 'E14000925', 'E14000887'],
    });
  });

  it('keeps a valid pair and outcome the link names, and falls back to the preset on an invalid one', () => {
    expect(openedState('?set=cou-2019&pair=2017-2019&outcome=lab', [preset]).state).toMatchObject({
      pair: '2017-2019',
      outcome: 'lab',
    });
    const odd = openedState('?set=cou-2019&pair=1066-1067', [preset]);
    expect(odd.state.pair).toBe('2015-2017');
    expect(odd.problems).toHaveLength(1);
  });

  it('without a preset is parseState', () => {
    expect(openedState('?seats=E14000887', [preset])).toEqual({
      ...parseState('?seats=E14000887', ['cou-2019']),
      preset: undefined,
    });
  });
});
