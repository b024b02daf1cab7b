// Members, change and members per 1,000 electors per seat; suppression of small published counts; map colours and the
// CSV downloads (TEST DATA: invented seats and numbers).
import { describe, expect, it } from 'vitest';
import { membershipScale } from '../../../src/lib/membership/colour';
import { datasetOf, privateDataset, publishedDataset } from '../../../src/lib/membership/dataset';
import { seatDirectory } from '../../../src/lib/membership/directory';
import { analysisCsv, seatFiguresCsv } from '../../../src/lib/membership/export-csv';
import { analyse } from '../../../src/lib/membership/analysis';
import { recordOn } from '../../../src/lib/membership/figures';
import { mapValues } from '../../../src/lib/membership/measures';
import { parseMembershipCsv } from '../../../src/lib/membership/parse';
import { nearestElection, packReference, unpackReference } from '../../../src/lib/membership/reference';
import { formatCount, suppressCount, suppressRecord } from '../../../src/lib/membership/suppress';
import { MISSING_COLOUR } from '../../../src/lib/maps/colour';
import { REFERENCE_2010, SEATS, TODAY } from '../../fixtures/membership/seats';

const CSV = [
  '# TEST DATA: invented numbers',
  'ons_code,date,members,activists,trained',
  'E14900001,2017-06-01,120,9,0',
  'E14900001,2019-11-01,150,12,',
  'E14900002,2017-06-01,8,,',
  'E14900002,2019-11-01,25,,',
  'E14900003,2017-06-01,0,,',
  'E14900003,2019-11-01,40,,',
].join('\n');
const parsed = parseMembershipCsv(CSV, { seats: seatDirectory(SEATS), today: TODAY });
const mine = privateDataset(parsed, 'mine.csv')!;
const source = {
  title: 'TEST DATA: invented CLP figures',
  source: 'Test suite',
  sourceUrl: 'https://example.org/test',
  licence: 'CC0 (test)',
  permission: 'test only',
};
const stored = publishedDataset(parsed, { id: 'test', source, threshold: 10, party: 'Labour' });
const published = datasetOf(stored);

describe('suppression', () => {
  it('counts under the threshold become "fewer than N"; the threshold itself is shown', () => {
    expect(suppressCount(9, 10)).toEqual({ under: 10 });
    expect(suppressCount(0, 10)).toEqual({ under: 10 });
    expect(suppressCount(10, 10)).toBe(10);
    expect(suppressCount(19, 20)).toEqual({ under: 20 });
    expect(formatCount({ under: 10 })).toBe('fewer than 10');
    expect(formatCount(1234)).toBe('1,234');
    expect(formatCount(null)).toBe('');
  });

  it('suppresses members, activists and trained separately, keeping empty ones empty', () => {
    expect(
      suppressRecord({ line: 3, code: 'E14900001', date: '2017-06-01', members: 120, activists: 9, trained: 0 }, 10),
    ).toEqual({
      code: 'E14900001',
      date: '2017-06-01',
      members: 120,
      activists: { under: 10 },
      trained: { under: 10 },
    });
    expect(
      suppressRecord({ line: 4, code: 'E14900001', date: '2019-11-01', members: 150, activists: 12, trained: null }, 10)
        .trained,
    ).toBeNull();
  });

  it('a published dataset never holds a number under the threshold; the private one keeps them', () => {
    const numbers = stored.records
      .flatMap((r) => [r.members, r.activists, r.trained])
      .filter((c): c is number => typeof c === 'number');
    expect(numbers.every((n) => n >= 10)).toBe(true);
    expect(JSON.stringify(stored.records)).not.toMatch(/:\s*[0-9](,|\})/);
    expect(recordOn(mine.figures, 'E14900002', '2017-06-01')!.members).toBe(8);
  });

  it('in published views a change or rate built on a suppressed count is not shown', () => {
    const change = { kind: 'change', from: '2017-06-01', to: '2019-11-01', measure: 'absolute' } as const;
    const pub = mapValues(REFERENCE_2010, published, change);
    expect(pub.get('E14900001')).toEqual({ value: 30 });
    expect(pub.get('E14900002')).toEqual({ missing: 'fewer than 10 members on that date (not published)' });
    const own = mapValues(REFERENCE_2010, mine, change);
    expect(own.get('E14900002')).toEqual({ value: 17 });
  });
});

describe('measures', () => {
  it('members on a date, with reasons for seats with no figure', () => {
    const v = mapValues(REFERENCE_2010, mine, { kind: 'members', date: '2019-11-01' });
    expect(v.get('E14900001')).toEqual({ value: 150 });
    expect(v.get('E14900006')).toEqual({ missing: 'not in the data' });
    expect(v.size).toBe(8);
  });

  it('percentage change; a row of 0 members is rejected, so that seat has no change from its date', () => {
    const v = mapValues(REFERENCE_2010, mine, {
      kind: 'change',
      from: '2017-06-01',
      to: '2019-11-01',
      measure: 'percent',
    });
    expect(v.get('E14900001')).toEqual({ value: 25 }); // (150 - 120) / 120 = 25%
    expect(parsed.rejected.map((r) => r.line)).toEqual([7]);
    expect(v.get('E14900003')).toEqual({ missing: 'no figure for 2017-06-01' });
  });

  it('members per 1,000 electors uses the electorate of the nearest election', () => {
    // 2019-11-01 is 41 days before the 2019 election (50,000 electors): 150 / 50,000 x 1,000 = 3.
    expect(mapValues(REFERENCE_2010, mine, { kind: 'per1000', date: '2019-11-01' }).get('E14900001')).toEqual({
      value: 3,
    });
    expect(nearestElection(REFERENCE_2010, '2019-11-01')!.id).toBe('2019');
    // 7 May 2015 to 8 June 2017 is 763 days: 22 May 2016 is 381 days after 2015 and 382 before 2017; 23 May the reverse.
    expect(nearestElection(REFERENCE_2010, '2016-05-22')!.id).toBe('2015');
    expect(nearestElection(REFERENCE_2010, '2016-05-23')!.id).toBe('2017');
    const [e15, e17] = REFERENCE_2010.elections;
    const tie = {
      ...REFERENCE_2010,
      elections: [
        { ...e15!, date: '2015-01-01' },
        { ...e17!, date: '2015-01-03' },
      ],
    };
    expect(nearestElection(tie, '2015-01-02')!.id).toBe('2015'); // a tie goes to the earlier election
  });

  it('packs and unpacks the reference without loss (Labour shares to 4 decimals)', () => {
    const back = unpackReference(JSON.parse(JSON.stringify(packReference(REFERENCE_2010))));
    expect([...back.seats.values()]).toEqual([...REFERENCE_2010.seats.values()]);
    expect(back.elections.map((e) => [e.id, e.facts.get('E14900006')])).toEqual([
      ['2015', { electorate: 50_000, lab: 30 }],
      ['2017', { electorate: 50_000, lab: 30 }],
      ['2019', { electorate: 50_000, lab: 36 }],
    ]);
  });
});

describe('map colours', () => {
  it('change is diverging round zero; seats with no figure are the missing grey', () => {
    const values = [{ value: -20 }, { value: 0 }, { value: 40 }, { missing: 'not in the data' }];
    const s = membershipScale({ kind: 'change', from: '2017-06-01', to: '2019-11-01', measure: 'absolute' }, values);
    expect(s.legend.kind).toBe('diverging');
    // The 98th percentile of |-20|, |0|, |40| is 39.2, which d3 rounds up to the tick 40.
    expect(s.legend.domain).toEqual([-40, 40]);
    expect(s.legend.title).toBe('Change in members, 1 June 2017 to 1 November 2019');
    expect(s.colour({ missing: 'x' })).toBe(MISSING_COLOUR);
    expect(s.legend.ticks!.map((t) => t.label)).toEqual(['−40', '−20', '0', '+20', '+40']);
    expect(s.colour({ value: 0 })).toBe(s.legend.ticks![2]!.colour);
    expect(s.colour({ value: -60 })).toBe(s.colour({ value: -40 }));
  });

  it('members are sequential from zero', () => {
    // 98th percentile 147.5: d3's nice() goes to 160 (step 20) and then 200 (step 50).
    const s = membershipScale({ kind: 'members', date: '2019-11-01' }, [{ value: 150 }, { value: 25 }]);
    expect(s.legend.domain).toEqual([0, 200]);
    expect(s.legend.ticks!.map((t) => t.label)).toEqual(['0', '50', '100', '150', '200']);
  });
});

describe('CSV downloads', () => {
  it('published seat figures say "fewer than 10" and name the source on every row', () => {
    const lines = seatFiguresCsv(published, REFERENCE_2010).trim().split('\n');
    expect(lines[0]).toBe(
      'ons_code,constituency,region,date,members,activists,trained,members_per_1000_electors,electorate_from_election,party,data_source',
    );
    expect(lines[1]).toBe(
      'E14900001,Testford North,London,2017-06-01,120,fewer than 10,fewer than 10,2.4,2017,Labour,Test suite <https://example.org/test>; licence: CC0 (test); counts under 10 suppressed',
    );
    expect(lines[3]).toBe(
      'E14900002,Testford South,London,2017-06-01,fewer than 10,,,,,Labour,Test suite <https://example.org/test>; licence: CC0 (test); counts under 10 suppressed',
    );
  });

  it('the private download keeps the counts and says it is private', () => {
    const lines = seatFiguresCsv(mine, REFERENCE_2010).trim().split('\n');
    expect(lines[3]).toBe(
      'E14900002,Testford South,London,2017-06-01,8,,,0.16,2017,,your own file mine.csv (private; not suppressed)',
    );
  });

  it('neutralises a formula in a file name', () => {
    const evil = { ...mine, fileName: '=HYPERLINK("x")' };
    expect(seatFiguresCsv(evil, REFERENCE_2010)).toContain(
      '"your own file =HYPERLINK(""x"") (private; not suppressed)"',
    );
    const a = analyse(
      REFERENCE_2010,
      { ...mine, fileName: '@cmd' },
      { before: '2017', after: '2019', from: '2017-06-01', to: '2019-11-01', measure: 'absolute' },
    );
    const row = analysisCsv(a, { ...mine, fileName: '@cmd' })
      .trim()
      .split('\n')[1];
    expect(row).toBe(
      'E14900001,Testford North,London,2017-06-01,120,2019-11-01,150,30,members,2017,30,2019,31,1,your own file @cmd (private; not suppressed)',
    );
  });
});
