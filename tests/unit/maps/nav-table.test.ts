import { describe, expect, it } from 'vitest';
import { navLookup, packNav } from '~/lib/maps/nav-table';

// Hand-made: A | B in a row, C under A; D is in the list of codes but not on the map.
const SEATS = [
  { code: 'A', neighbours: { right: 'B', down: 'C' } },
  { code: 'B', neighbours: { left: 'A', down: 'C' } },
  { code: 'C', neighbours: { up: 'A', right: 'Z' } },
];
const CODES = ['A', 'B', 'C', 'D'];

describe('nav table', () => {
  it('packs left, right, up, down as indices into the codes, -1 for none or for a seat not listed', () => {
    expect(packNav(SEATS, CODES)).toEqual([-1, 1, -1, 2, 0, -1, -1, 2, -1, -1, 0, -1, -1, -1, -1, -1]);
  });

  it('reads back each arrow key, undefined at the edge and for an unknown seat', () => {
    const next = navLookup(packNav(SEATS, CODES), CODES);
    expect([next('A', 'right'), next('A', 'down'), next('B', 'left'), next('C', 'up')]).toEqual(['B', 'C', 'A', 'A']);
    expect([next('A', 'left'), next('C', 'right'), next('D', 'up'), next('X', 'up')]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
