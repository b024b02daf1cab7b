// The not-found page's reading of a table address a reader built by hand (src/lib/publish/table-address.ts).
import { expect, it } from 'vitest';
import { tableAddress, type TableHomes } from '../../../src/lib/publish/table-address';

const homes: TableHomes = {
  aaaa111111: { 'seats.csv': 'aaaa111111', 'results.csv': 'aaaa111111' },
  bbbb222222: { 'seats.csv': 'bbbb222222', 'results.csv': 'aaaa111111' },
  cccc333333: { 'seats.csv': 'bbbb222222', 'results.csv': 'aaaa111111' },
};

it('sends a table of a version that did not store it to the version that did', () => {
  expect(tableAddress('/data/v/cccc333333/seats.csv', homes)).toEqual({
    kind: 'table',
    version: 'cccc333333',
    file: 'seats.csv',
    home: 'bbbb222222',
  });
  expect(tableAddress('data/v/cccc333333/results.csv', homes)).toMatchObject({ home: 'aaaa111111' });
});

it('tells a file the version never published from a version there never was', () => {
  expect(tableAddress('/data/v/cccc333333/voters.csv', homes)).toEqual({
    kind: 'no-such-table',
    version: 'cccc333333',
    file: 'voters.csv',
  });
  expect(tableAddress('/data/v/dddd444444/seats.csv', homes)).toEqual({
    kind: 'no-such-version',
    version: 'dddd444444',
  });
  // Names from an object's prototype are no version and no file.
  expect(tableAddress('/data/v/constructor/seats.csv', homes)).toEqual({
    kind: 'no-such-version',
    version: 'constructor',
  });
  expect(tableAddress('/data/v/aaaa111111/toString', homes)).toMatchObject({ kind: 'no-such-table' });
});

it('leaves every other address alone', () => {
  for (const p of [
    '/data/v/%E0%A4%A/seats.csv',
    '/seat/E14000887/',
    '/data/v/aaaa111111/',
    '/data/seats.csv',
    '/data/v/aaaa111111/x/seats.csv',
  ])
    expect(tableAddress(p, homes)).toBeNull();
});
