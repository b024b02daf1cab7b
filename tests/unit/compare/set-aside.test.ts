import { describe, expect, it } from 'vitest';
import type { PasteSeat } from '~/lib/compare/paste';
import type { BoundarySet } from '~/lib/elections';
import { switchBoundaries, type SetAside } from '~/lib/compare/set-aside';

// Hand-made: two old seats, one new seat, and one Scottish seat whose code is in both sets.
const on =
  (boundarySet: BoundarySet) =>
  (code: string, name: string): PasteSeat => ({ code, name, boundarySet });
const [old, now] = [on('2010'), on('2024')];
const SEATS = [
  old('E14000887', 'Putney'),
  old('E14000549', 'Battersea'),
  now('E14001434', 'Putney'),
  old('S14000027', 'Na h-Eileanan an Iar'),
  now('S14000027', 'Na h-Eileanan an Iar'),
];

describe('switchBoundaries', () => {
  it('sets aside the seats not on the new boundaries and brings them back on the way back, in their place at the end', () => {
    const aside: SetAside = new Map();
    const to2024 = switchBoundaries(['E14000887', 'S14000027', 'E14000549'], SEATS, '2010', '2024', aside);
    expect(to2024.codes).toEqual(['S14000027']);
    expect(to2024.messages).toEqual([
      '2 seats are not on the 2024 boundaries and were set aside: Putney, Battersea. Choose a pair of elections on the 2010–2023 boundaries to have them back.',
    ]);
    expect(aside).toEqual(new Map([['2010', ['E14000887', 'E14000549']]]));

    const back = switchBoundaries([...to2024.codes, 'E14001434'], SEATS, '2024', '2010', aside);
    expect(back.codes).toEqual(['S14000027', 'E14000887', 'E14000549']);
    expect(back.messages).toEqual([
      '1 seat is not on the 2010–2023 boundaries and was set aside: Putney. Choose a pair of elections on the 2024 boundaries to have it back.',
      '2 seats set aside earlier are back in your list.',
    ]);
    expect(aside).toEqual(new Map([['2024', ['E14001434']]]));
  });

  it('changes nothing within one set of boundaries, and says nothing when every seat is on both', () => {
    const aside: SetAside = new Map([['2010', ['E14000549']]]);
    expect(switchBoundaries(['E14000887'], SEATS, '2010', '2010', aside)).toEqual({
      codes: ['E14000887'],
      messages: [],
    });
    expect(switchBoundaries(['S14000027'], SEATS, '2010', '2024', aside)).toEqual({
      codes: ['S14000027'],
      messages: [],
    });
    expect(aside).toEqual(new Map([['2010', ['E14000549']]]));
  });
});
