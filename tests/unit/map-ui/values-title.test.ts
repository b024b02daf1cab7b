// Map titles, table headings and notes: what each view shows, on which boundaries, and what to keep in mind.
import { describe, expect, it } from 'vitest';
import { modeTitle, valueHeader, viewNotes, viewTitle } from '~/lib/maps/values-title';

const uk = { election: '2024' as const, seats: 650, areaName: 'the UK' };

describe('viewTitle', () => {
  it('names election, colour, map kind, seats and boundaries', () => {
    expect(viewTitle('hex', { kind: 'winner' }, uk)).toBe(
      '2024, winning party: hex map (one equal hexagon per seat) of the 650 seats in the UK (2024 boundaries)',
    );
    expect(
      viewTitle('geo', { kind: 'change', party: 'lab' }, { election: '2019', seats: 73, areaName: 'London' }),
    ).toBe('2019, change in Labour share since 2017: geographic map of the 73 seats in London (2010–2023 boundaries)');
  });
  it('names the region and its seats when the reader zoomed to it', () => {
    expect(viewTitle('hex', { kind: 'winner' }, { ...uk, zoom: { name: 'London', seats: 75 } })).toBe(
      '2024, winning party: hex map (one equal hexagon per seat) of the 75 seats in London (2024 boundaries), zoomed in from the UK',
    );
  });
  it('lets a seat set name its own election', () => {
    const layer = {
      id: 'x',
      title: 'Pact, 2019',
      election: '2019' as const,
      complete: true,
      note: 'n',
      categoryLabel: 'Party',
      items: [],
      outside: { key: 'outside', colour: '#ccc', label: 'Not in the set' },
      seats: {},
    };
    expect(viewTitle('hex', { kind: 'set', set: 'x' }, { ...uk, election: '2019', layer })).toBe(
      'Pact, 2019: hex map (one equal hexagon per seat) of the 650 seats in the UK (2010–2023 boundaries)',
    );
  });
});

describe('modeTitle and valueHeader', () => {
  it('say what is measured and in which unit', () => {
    expect(modeTitle({ kind: 'swing' }, uk)).toBe('Butler swing between Labour and Conservative since 2019 notional');
    expect(modeTitle({ kind: 'swing' }, { ...uk, election: '2010' })).toBe(
      'Butler swing between Labour and Conservative',
    );
    expect(valueHeader({ kind: 'share', party: 'green' }, uk)).toBe('Green share (%)');
    expect(valueHeader({ kind: 'change', party: 'con' }, uk)).toBe('Change in Conservative share (points)');
    expect(valueHeader({ kind: 'turnout' }, uk)).toBe('Turnout (%)');
  });
});

describe('viewNotes', () => {
  it('warns when there is nothing to compare with', () => {
    expect(viewNotes({ kind: 'swing' }, { ...uk, election: '2010' })).toEqual([
      'There is no earlier election on the 2010–2023 boundaries in the data, so every seat is hatched. Pick a later election.',
    ]);
  });
  it("says when the election's results file counts the party among all other candidates", () => {
    expect(viewNotes({ kind: 'share', party: 'ukip' }, { ...uk, election: '2019' })).toEqual([
      'The 2019 results file counts the UK Independence Party among all other candidates, except where it came first or second: a hatched seat here is not one where it did not stand.',
    ]);
    // 2017's file has a UKIP column; 2024's Reform UK column is the 2019 Brexit Party's, renamed.
    expect(viewNotes({ kind: 'share', party: 'ukip' }, { ...uk, election: '2017' })).toEqual([]);
    // A party that did not exist yet did not stand: no note (Reform UK, founded as the Brexit Party in 2019).
    expect(viewNotes({ kind: 'change', party: 'reform' }, { ...uk, election: '2015' })).toEqual([]);
    expect(viewNotes({ kind: 'share', party: 'bnp' }, { ...uk, election: '2015' })).toHaveLength(1);
  });
  it('explains the notional result and what 2024 is compared with', () => {
    expect(viewNotes({ kind: 'share', party: 'lab' }, { ...uk, election: '2019N' })[0]).toMatch(
      /^2019 notional: the 2019 election as if fought on the 2024 seats/,
    );
    expect(viewNotes({ kind: 'winner' }, uk)).toEqual([
      '2024 gains, holds and changes are measured against the 2019 notional result on the same (new) boundaries.',
    ]);
    expect(viewNotes({ kind: 'turnout' }, { ...uk, election: '2017' })).toEqual([]);
  });
});
