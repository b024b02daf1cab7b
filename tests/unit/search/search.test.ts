// Seat-name search: normalising, packing the index, ranking, and the real 2010 and 2024 names.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { normaliseName } from '../../../src/lib/search/normalise';
import { seatHref, seatsListHref, SEARCH_INDEX_PATH } from '../../../src/lib/search/paths';
import { allowedEdits, looksLikeSeatCode, searchAnswer, searchSeats } from '../../../src/lib/search/search';
import { boundarySetLabel, buildSearchIndex, seatsOfIndex, type SearchSeat } from '../../../src/lib/search/seat-index';
import { realAliases, realSeats } from './real-seats';

/** TEST DATA: invented codes (E14999xxx), real-looking names chosen to exercise each ranking rule: code, name,
 * boundary set, slug, region. */
const SEATS: SearchSeat[] = (
  [
    ['E14999001', 'Putney', '2010', '2010/putney', 'London'],
    ['E14999101', 'Putney', '2024', 'putney', 'London'],
    ['E14999102', 'Richmond Park', '2024', 'richmond-park', 'London'],
    ['E14999002', 'Richmond (Yorks)', '2010', '2010/richmond-yorks', 'Yorkshire'],
    ['E14999103', 'Richmond and Northallerton', '2024', 'richmond-and-northallerton', 'Yorkshire'],
    ['W07999001', 'Ynys Môn', '2024', 'ynys-mon', 'Wales'],
    ['E14999104', 'North Richmondshire & Dales', '2024', 'north-richmondshire-and-dales', 'Yorkshire'],
    ['E14999105', 'West Putney Heath', '2024', 'west-putney-heath', 'London'],
    ['E14999106', "Queen's Park and Maida Vale", '2024', 'queens-park-and-maida-vale', 'London'],
    ['E14999107', 'Southwest Yorkshire', '2024', 'southwest-yorkshire', 'Yorkshire'],
  ] as const
).map(([code, name, boundarySet, slug, region]) => ({ code, name, boundarySet, slug, region }));
const index = buildSearchIndex(SEATS);
const names = (q: string, limit = 10) =>
  searchSeats(index, q, limit).map((h) => `${h.name}|${h.boundarySet}|${h.match}`);

describe('normaliseName', () => {
  it.each([
    ['Ynys Môn', 'ynys mon'],
    ['Montgomeryshire and Glyndŵr', 'montgomeryshire and glyndwr'],
    ['Richmond (Yorks)', 'richmond yorks'],
    ["Queen's Park & Maida Vale", 'queens park and maida vale'],
    ['Birmingham, Ladywood', 'birmingham ladywood'],
    ['  Aldridge-Brownhills ', 'aldridge brownhills'],
    ['<script>', 'script'],
    ['Saint Albans', 'st albans'],
    ['Bury St. Edmunds', 'bury st edmunds'],
    ['Saintfield', 'saintfield'],
  ])('%j -> %j', (input, expected) => expect(normaliseName(input)).toBe(expected));
});

describe('buildSearchIndex', () => {
  it('packs seats by boundary set, regions by number, and slugs only when they are not the name’s', () => {
    expect(index.regions).toEqual(['London', 'Wales', 'Yorkshire']);
    expect(index.old).toEqual([
      ['E14999001', 'Putney', 0, '2010/putney'],
      ['E14999002', 'Richmond (Yorks)', 2, '2010/richmond-yorks'],
    ]);
    expect(index.current[0]).toEqual(['E14999101', 'Putney', 0]);
    expect(index.current.find((r) => r[0] === 'W07999001')).toEqual(['W07999001', 'Ynys Môn', 1]);
    expect(seatsOfIndex(index).sort((a, b) => a.code.localeCompare(b.code))).toEqual(
      [...SEATS].sort((a, b) => a.code.localeCompare(b.code)),
    );
  });

  it('stores region codes as region names', () => {
    const coded = buildSearchIndex([
      { ...SEATS[1]!, region: 'E12000007' },
      { ...SEATS[5]!, region: 'W92000004' },
    ]);
    expect(coded.regions).toEqual(['London', 'Wales']);
    expect(seatsOfIndex(coded).map((s) => s.region)).toEqual(['London', 'Wales']);
  });

  it('rejects duplicates within a set but allows one code in both sets', () => {
    expect(() => buildSearchIndex([SEATS[0]!, SEATS[0]!])).toThrow('E14999001 appears twice in the 2010 set');
    expect(() => buildSearchIndex([SEATS[0]!, { ...SEATS[0]!, boundarySet: '2024' }])).not.toThrow();
  });

  it('links and labels', () => {
    expect(seatHref('/groundwork/', { code: 'E14001434' })).toBe('/groundwork/seat/E14001434/');
    expect(SEARCH_INDEX_PATH).toBe('search/seats.json');
    expect(seatsListHref('/groundwork/', ' Isle of Wight ')).toBe('/groundwork/seats/?q=Isle+of+Wight');
    expect(seatsListHref('/', 'St Helens & <b>')).toBe('/seats/?q=St+Helens+%26+%3Cb%3E');
    expect([boundarySetLabel('2024'), boundarySetLabel('2010')]).toEqual(['2024 seat', '2010–2023 seat']);
  });
});

describe('searchSeats ranking', () => {
  it('"put": name prefix first (current before old), then word prefix', () => {
    expect(names('put')).toEqual(['Putney|2024|prefix', 'Putney|2010|prefix', 'West Putney Heath|2024|word']);
  });

  it('an exact name outranks longer names that start with it', () => {
    expect(names('Richmond Park')).toEqual(['Richmond Park|2024|exact']);
    expect(names('putney')[0]).toBe('Putney|2024|exact');
  });

  it('"richmond": prefixes of the name, alphabetical, then word prefixes, then substrings', () => {
    expect(names('richmond')).toEqual([
      'Richmond and Northallerton|2024|prefix',
      'Richmond Park|2024|prefix',
      'Richmond (Yorks)|2010|prefix',
      'North Richmondshire & Dales|2024|word',
    ]);
  });

  it('diacritics, case, "&" and apostrophes', () => {
    expect(names('ynys')).toEqual(['Ynys Môn|2024|prefix']);
    expect(names('YNYS MÔN')).toEqual(['Ynys Môn|2024|exact']);
    expect(names('mon')).toEqual([
      'Ynys Môn|2024|word',
      'North Richmondshire & Dales|2024|substring',
      'Richmond and Northallerton|2024|substring',
      'Richmond Park|2024|substring',
      'Richmond (Yorks)|2010|substring',
    ]);
    expect(names('north richmondshire and d')).toEqual(['North Richmondshire & Dales|2024|prefix']);
    expect(names('dales & north')).toEqual(['North Richmondshire & Dales|2024|word']);
    expect(names('queens')).toEqual(["Queen's Park and Maida Vale|2024|prefix"]);
    expect(names("queen's")).toEqual(["Queen's Park and Maida Vale|2024|prefix"]);
  });

  it('every word must match in the same name; substrings come last', () => {
    // "West Putney Heath" has "west" and "Richmond (Yorks)" has "yorks", but neither has both.
    expect(names('west yorks')).toEqual(['Southwest Yorkshire|2024|substring']);
    expect(names('heath yorks')).toEqual([]);
    expect(names('ney')).toEqual([
      'Putney|2024|substring',
      'Putney|2010|substring',
      'West Putney Heath|2024|substring',
    ]);
    expect(names('westyorks')).toEqual(['Southwest Yorkshire|2024|substring']);
  });

  it('typing mistakes: names within a few edits come only when nothing else matches, closest first', () => {
    expect(names('putny')).toEqual(['Putney|2024|fuzzy', 'Putney|2010|fuzzy', 'West Putney Heath|2024|fuzzy']);
    expect(names('richmnd park')).toEqual(['Richmond Park|2024|fuzzy']);
    expect(names('pitney')[0]).toBe('Putney|2024|fuzzy');
    expect(names('xyz')).toEqual([]); // three letters: no edits allowed
    expect(names('pxxxey')).toEqual([]); // too far from any word
  });

  it('allowed edits grow with the word: none up to 3 letters, 1 up to 5, then 2', () => {
    expect([3, 4, 5, 6, 12].map(allowedEdits)).toEqual([0, 1, 1, 2, 2]);
  });

  it('ONS codes, in any case, give that seat in each set it belongs to', () => {
    expect(names('E14999101')).toEqual(['Putney|2024|code']);
    expect(names(' e14999001 ')).toEqual(['Putney|2010|code']);
    expect(names('E14999999')).toEqual([]);
    expect(looksLikeSeatCode('s14000027')).toBe(true);
    expect(looksLikeSeatCode('SW15 1AA')).toBe(false);
  });

  it('other names (aliases) match like the seat’s own name and say which name matched', () => {
    const withAliases = buildSearchIndex(SEATS, [{ code: 'W07999001', boundarySet: '2024', alias: 'Anglesey' }]);
    expect(searchSeats(withAliases, 'anglesey').map((h) => [h.name, h.match, h.via])).toEqual([
      ['Ynys Môn', 'exact', 'Anglesey'],
    ]);
    expect(searchSeats(withAliases, 'angelsey').map((h) => [h.name, h.match, h.via])).toEqual([
      ['Ynys Môn', 'fuzzy', 'Anglesey'],
    ]);
    expect(searchSeats(withAliases, 'ynys').map((h) => [h.name, h.via])).toEqual([['Ynys Môn', undefined]]);
    expect(() => buildSearchIndex(SEATS, [{ code: 'W07999001', boundarySet: '2010', alias: 'Anglesey' }])).toThrow(
      'not a 2010 seat',
    );
  });

  it('limits, empty and hostile queries', () => {
    expect(names('put', 1)).toEqual(['Putney|2024|prefix']);
    expect(names('   ')).toEqual([]);
    expect(names('<script>')).toEqual([]);
    expect(searchSeats(index, 'put', Infinity)).toHaveLength(3);
  });
});

describe('searchSeats on the real 1,300 seats', () => {
  const real = buildSearchIndex(realSeats());

  it('is small: under 25 KB gzipped', () => {
    expect(real.current).toHaveLength(650);
    expect(real.old).toHaveLength(650);
    expect(gzipSync(JSON.stringify(real)).length).toBeLessThan(25_000);
  });

  it('finds the examples', () => {
    const top = (q: string, n = 10) => searchSeats(real, q, n).map((h) => `${h.name}|${h.boundarySet}`);
    expect(top('put')).toEqual(['Putney|2024', 'Putney|2010']);
    expect(top('ynys')).toEqual(['Ynys Môn|2024', 'Ynys Môn|2010']);
    expect(top('west yorks')).toEqual([]);
    expect(top('richmond')).toEqual([
      'Richmond and Northallerton|2024',
      'Richmond Park|2024',
      'Richmond Park|2010',
      'Richmond (Yorks)|2010',
    ]);
    expect(top('glyndwr')).toEqual(['Montgomeryshire and Glyndŵr|2024']);
    expect(top('saint albans')).toEqual(['St Albans|2024', 'St Albans|2010']);
    expect(top('bury saint edmunds', 1)).toEqual(['Bury St Edmunds|2010']);
  });

  it('forgives typos and knows the curated other names', () => {
    const withAliases = buildSearchIndex(realSeats(), realAliases());
    const top = (q: string, n = 3) => searchSeats(withAliases, q, n).map((h) => `${h.name}|${h.boundarySet}|${h.code}`);
    expect(top('putny', 2)).toEqual(['Putney|2024|E14001434', 'Putney|2010|E14000887']);
    expect(top('anglesey', 2)).toEqual(['Ynys Môn|2024|W07000112', 'Ynys Môn|2010|W07000041']);
    expect(top('western isles', 1)).toEqual(['Na h-Eileanan an Iar|2024|S14000027']);
    expect(top('E14001434')).toEqual(['Putney|2024|E14001434']);
    expect(top('westminister', 1)).toEqual(['Cities of London and Westminster|2024|E14001172']);
    expect(top('edinburgh sout', 1)).toEqual(['Edinburgh South|2024|S14000080']);
  });
});

describe('searchAnswer: what Search does with a name', () => {
  const answer = (i: typeof index, q: string) => {
    const a = searchAnswer(i, q);
    return a.kind === 'seat'
      ? `${a.seat.name}|${a.seat.boundarySet}`
      : a.kind === 'list'
        ? `list of ${a.count}`
        : 'none';
  };

  it('opens a seat only when the text identifies one (fixtures)', () => {
    expect(answer(index, 'Putney')).toBe('Putney|2024'); // exact: the 2024 seat before the old one of that name
    expect(answer(index, 'E14999001')).toBe('Putney|2010'); // an ONS code
    expect(answer(index, 'Richmond Park')).toBe('Richmond Park|2024');
    expect(answer(index, 'richmnd park')).toBe('Richmond Park|2024'); // the only match, a typo
    expect(answer(index, 'richmond')).toBe('list of 4');
    expect(answer(index, 'put')).toBe('list of 3'); // Putney twice, West Putney Heath
    expect(answer(index, 'putny')).toBe('list of 3');
    expect(answer(index, 'Richmond (Yorks)')).toBe('Richmond (Yorks)|2010'); // an old seat's name no 2024 seat matches
    expect(answer(index, 'xyz')).toBe('none');
    expect(answer(index, '  ')).toBe('none');
  });

  it('an old seat’s exact name that also begins a 2024 seat’s name is a list', () => {
    const i = buildSearchIndex([
      ...SEATS,
      { code: 'E14999003', name: 'Kensington', boundarySet: '2010', slug: '2010/kensington', region: 'London' },
      { code: 'E14999108', name: 'Kensington and Bayswater', boundarySet: '2024', slug: 'kab', region: 'London' },
    ]);
    expect(answer(i, 'kensington')).toBe('list of 2');
    expect(answer(i, 'kensington and bayswater')).toBe('Kensington and Bayswater|2024');
  });

  it('on the real seats: shared names and starts go to the list, one seat’s name or code to its page', () => {
    const real = buildSearchIndex(realSeats(), realAliases());
    const count = (q: string) => searchSeats(real, q, Infinity).length;
    for (const q of ['Edinburgh', 'Glasgow', 'Kensington', 'Isle of Wight', 'Newcastle', 'birmingham', 'north'])
      expect([q, answer(real, q)]).toEqual([q, `list of ${count(q)}`]);
    expect(count('Isle of Wight')).toBe(3);
    expect(count('Kensington')).toBe(2);
    expect(answer(real, 'Putney')).toBe('Putney|2024');
    expect(answer(real, 'putny')).toBe('Putney|2024'); // both matches are Putney
    expect(answer(real, 'Isle of Wight East')).toBe('Isle of Wight East|2024');
    expect(answer(real, 'Edinburgh South')).toBe('Edinburgh South|2024');
    expect(answer(real, 'anglesey')).toBe('Ynys Môn|2024');
    expect(answer(real, 'derry')).toBe('Foyle|2024'); // other name of Foyle, though East Londonderry contains it
    expect(answer(real, 'E14000887')).toBe('Putney|2010');
    expect(answer(real, 'asdfgh')).toBe('none');
  });
});
