import { describe, expect, it } from 'vitest';
import { dotNudges, renamedNote, sharePoints, type SharePoint } from '~/charts/seat-history';

const at = (election: string, party: string, share: number): SharePoint => ({
  election,
  party,
  stoodAs: 'lab',
  share,
  estimated: false,
});

describe('dotNudges: dots that would hide one another are set side by side', () => {
  it('a tie at one election: the two dots 8 px apart around the election, in order of share then of input', () => {
    // Lagan Valley 2019: Sinn Féin and the SDLP both 4.3%
    const points = [at('2019', 'DUP', 43.1), at('2019', 'SF', 4.3), at('2019', 'SDLP', 4.3), at('2017', 'SF', 4.3)];
    expect(dotNudges(points, 1)).toEqual([0, -4, 4, 0]);
  });

  it('a run of three within the gap of its neighbour is centred: -8, 0, +8; a share exactly the gap away is not in it', () => {
    const points = [at('2010', 'A', 10.5), at('2010', 'B', 10), at('2010', 'C', 11), at('2010', 'D', 12)];
    expect(dotNudges(points, 1)).toEqual([0, -8, 8, 0]);
  });

  it('no near ties: every dot stays on its election', () => {
    expect(dotNudges([at('2015', 'A', 30), at('2015', 'B', 20), at('2017', 'A', 30.2)], 1)).toEqual([0, 0, 0]);
  });
});

describe('sharePoints: which lines a seat chart draws', () => {
  const row = (election: string, winner: string, second: string | null, shares: Record<string, number>) =>
    ({ election, winner, second, shares, estimated: false }) as never;
  // Rochdale 2024 (hand-made shares): George Galloway, counted among all other candidates, came second.
  const rochdale = [
    row('2019N', 'lab', 'con', { lab: 51.6, con: 31.2, brexit: 8.2, ld: 7.0, green: 2.1 }),
    row('2024', 'lab', 'other', { lab: 32.8, other: 29.2, reform: 17.1, con: 10.8, ld: 7.1, green: 3.1 }),
  ];

  it('draws all other candidates where they hold the runner-up, and the Brexit Party as the start of Reform UK', () => {
    const lines = (rows: never[]) =>
      sharePoints(rows)
        .map((p) => `${p.election} ${p.party}${p.stoodAs === 'brexit' ? ' (as brexit)' : ''} ${p.share}`)
        .sort();
    expect(lines(rochdale)).toEqual(
      [
        '2019 notional Lab 51.6',
        '2019 notional Con 31.2',
        '2019 notional Reform (as brexit) 8.2',
        '2019 notional LD 7',
        '2019 notional Green 2.1',
        '2024 Lab 32.8',
        '2024 Other 29.2',
        '2024 Reform 17.1',
        '2024 Con 10.8',
        '2024 LD 7.1',
        '2024 Green 3.1',
      ].sort(),
    );
    expect(renamedNote(rochdale)).toBe(
      " Reform UK's line begins with the Brexit Party's share: the same party, renamed.",
    );
  });

  it('leaves all other candidates to the table where they hold neither of the top two, and keeps a lone Brexit Party', () => {
    const old = [
      row('2017', 'lab', 'con', { lab: 58.0, con: 28.4, other: 4.0 }),
      row('2019', 'lab', 'con', { lab: 51.6, con: 31.2, brexit: 8.2, other: 5.0 }),
    ];
    expect(new Set(sharePoints(old).map((p) => p.party))).toEqual(new Set(['Lab', 'Con', 'Brexit']));
    expect(renamedNote(old)).toBe('');
  });
});
