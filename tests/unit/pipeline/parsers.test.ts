// The other raw-file parsers on small invented inputs (TEST DATA: codes E149..., S149... and all figures are made up).
import { describe, expect, it } from 'vitest';
import { Ledger } from '../../../pipeline/lib/ledger';
import { readTable } from '../../../src/lib/csv/read';
import { parseCodeValue } from '../../../pipeline/parse/context';
import { parseEc2010 } from '../../../pipeline/parse/ec2010';
import { parseHoc1918 } from '../../../pipeline/parse/hoc-1918';
import { parseOverlaps, parseUkparl } from '../../../pipeline/parse/lineage';
import { parseNotional } from '../../../pipeline/parse/notional';
import { dataError, thrown } from './thrown';

describe('parseHoc1918 (Library 1918-2019 file: 2010 rows only)', () => {
  // The real header has trailing spaces ("lib_votes ", "turnout ") and an empty last column.
  const header =
    'constituency_id,seats,constituency_name,country/region,electorate,con_votes,lib_votes ,lab_votes,natSW_votes,oth_votes,total_votes,turnout ,election,boundary_set,';
  const rows = [
    'E14900001,1,Seat A,Yorkshire and the Humber,2000,300,200,500,0,0,1000,0.5,2010,2010-2019,', // line 2: used
    'E14900001,1,Seat A,Yorkshire and the Humber,2100,310,90,600,0,0,1000,0.48,2015,2010-2019,', // line 3: skipped, 2015
    ',1,Old Seat,England,5000,-1,0,0,0,0,0,,1918,1918-1945,', // line 4: skipped, before 2010
    'S14900002,1,Seat S,Scotland,1500,100,100,400,300,100,1000,0.67,2010,2010-2019,', // line 5: used
  ];
  const known = new Set(['E14900001', 'S14900002']);
  const parse = (lines: string[], knownCodes: ReadonlySet<string> = known, ledger = new Ledger()) =>
    parseHoc1918({ source: 'hoc-1918', file: 'h.csv', text: `${header}\n${lines.join('\n')}\n`, knownCodes }, ledger);

  it('keeps 2010 rows and accounts for every skipped row with its reason', () => {
    const ledger = new Ledger();
    const out = parse(rows, known, ledger);
    expect([...out.values()]).toEqual([
      { line: 2, code: 'E14900001', electorate: 2000, con: 300, ld: 200, lab: 500, natSW: 0, other: 0, total: 1000 },
      {
        line: 5,
        code: 'S14900002',
        electorate: 1500,
        con: 100,
        ld: 100,
        lab: 400,
        natSW: 300,
        other: 100,
        total: 1000,
      },
    ]);
    expect(ledger.entries()).toEqual([
      {
        source: 'hoc-1918',
        file: 'h.csv',
        rowsRead: 4,
        rowsUsed: 2,
        notes: [],
        skipped: [
          { reason: "election 2015: taken from the Library's own 2015 results file instead", count: 1, lines: [3] },
          { reason: "election before 2010: outside Groundwork's range", count: 1, lines: [4] },
        ],
      },
    ]);
    expect(ledger.unbalanced()).toEqual([]);
  });

  it('party votes not summing to the total', () => {
    expect(thrown(() => parse([rows[0]!.replace(',1000,0.5,', ',1001,0.5,')]))).toEqual(
      dataError('h.csv:2 field "total_votes": party votes sum to 1000, not the 1001 total votes'),
    );
  });

  it('total votes above the electorate', () => {
    expect(thrown(() => parse([rows[0]!.replace(',2000,', ',900,')]))).toEqual(
      dataError('h.csv:2 field "total_votes": total votes 1000 exceed the electorate 900'),
    );
  });

  it('duplicate, unknown and missing codes', () => {
    expect(thrown(() => parse([rows[0]!, rows[0]!]))).toEqual(
      dataError('h.csv:3 field "constituency_id": duplicate constituency code E14900001 (first on line 2)'),
    );
    expect(thrown(() => parse([rows[0]!.replace('E14900001', 'E14999999')]))).toEqual(
      dataError('h.csv:2 field "constituency_id": unknown constituency code "E14999999"'),
    );
    expect(thrown(() => parse([rows[0]!]))).toEqual(
      dataError('h.csv field "constituency_id": 2010 result for S14900002 is missing'),
    );
  });
});

describe('parseEc2010 (Electoral Commission 2010 flat file)', () => {
  const table = (body: string) =>
    readTable(
      'ec.xls [Party vote share]',
      `Press Association Reference,Constituency Name,Region,Election Year,Electorate,Votes,Con,Lab,LD,Ind1,Speaker\n${body}`,
    );

  it("orders each seat's labels by votes, skips the national totals row", () => {
    const ledger = new Ledger();
    const out = parseEc2010(
      {
        source: 'ec',
        table: table(
          '1,Seat A,North East,2010,2000,1000,300,500,150,50,\n2,Seat B,South East,2010,1500,900,,,,300,600\n,,,,,1900,300,500,150,350,600\n',
        ),
      },
      ledger,
    );
    expect(out).toEqual([
      {
        line: 2,
        paRef: '1',
        name: 'Seat A',
        electorate: 2000,
        votes: 1000,
        byLabel: [
          ['Lab', 500],
          ['Con', 300],
          ['LD', 150],
          ['Ind1', 50],
        ],
      },
      {
        line: 3,
        paRef: '2',
        name: 'Seat B',
        electorate: 1500,
        votes: 900,
        byLabel: [
          ['Speaker', 600],
          ['Ind1', 300],
        ],
      },
    ]);
    expect(ledger.entries()[0]).toMatchObject({
      rowsRead: 3,
      rowsUsed: 2,
      skipped: [{ reason: 'national totals row (no constituency)', count: 1, lines: [4] }],
    });
  });

  it('labels not summing to the total', () => {
    expect(
      thrown(() =>
        parseEc2010(
          { source: 'ec', table: table('1,Seat A,North East,2010,2000,999,300,500,150,50,\n') },
          new Ledger(),
        ),
      ),
    ).toEqual(dataError('ec.xls [Party vote share]:2 field "Votes": party votes sum to 1000, not 999'));
  });
});

describe('parseCodeValue (Leave estimates, deprivation)', () => {
  const known = new Set(['E14900001', 'E14900002']);
  const run = (body: string, extra: { min?: number; max?: number; scale?: number } = { min: 0, max: 1, scale: 100 }) =>
    parseCodeValue(
      {
        source: 'leave',
        file: 'l.csv',
        text: `code,name,value\n${body}`,
        codeColumn: 'code',
        valueColumn: 'value',
        known,
        ...extra,
      },
      new Ledger(),
    );

  it('scales values', () => {
    expect([...run('E14900001,A,0.25\nE14900002,B,0.6\n')]).toEqual([
      ['E14900001', 25],
      ['E14900002', 60],
    ]);
  });

  it('out-of-range values, unknown and duplicate codes, no rows', () => {
    expect(thrown(() => run('E14900001,A,1.25\n'))).toEqual(dataError('l.csv:2 field "value": 1.25 is above 1'));
    expect(thrown(() => run('E14999999,A,0.5\n'))).toEqual(
      dataError('l.csv:2 field "code": unknown constituency code "E14999999"'),
    );
    expect(thrown(() => run('E14900001,A,0.5\nE14900001,A,0.5\n'))).toEqual(
      dataError('l.csv:3 field "code": duplicate constituency code E14900001 (first on line 2)'),
    );
    expect(thrown(() => run(''))).toEqual(dataError('l.csv: no rows')); // header only
  });
});

describe('parseUkparl + parseOverlaps (old -> new seat lineage)', () => {
  const knownNew = new Set(['E14901001', 'E14901002']);
  const knownOld = new Set(['E14900001', 'E14900002']);
  const ukparl = 'UKPARL.2025,PCON24CD,PCON24NM\nAAA,E14901001,New One\nBBB,E14901002,New Two\n';
  // E14900001 (1,000 people) splits 604 / 343: 947 placed (a note), shared out as 604/947 and 343/947, not by the
  // rounded 0.6 and 0.34; E14900002 -> BBB whole; one area-only row.
  const overlaps = [
    'PARL10,PARL25,percentage_overlap_pop,overlap_pop,original_pop',
    'E14900001,AAA,0.6,604,1000',
    'E14900001,BBB,0.34,343,1000',
    'E14900002,AAA,0,0,0',
    'E14900002,BBB,1,500,500',
  ].join('\n');

  it("shares each old seat's votes by its overlap populations and computes shares of the new seat", () => {
    const ledger = new Ledger();
    const idToCode = parseUkparl({ source: 'ukparl', file: 'u.csv', text: ukparl, knownNew }, ledger);
    const out = parseOverlaps({ source: 'overlaps', file: 'o.csv', text: overlaps, idToCode, knownOld }, ledger);
    expect(out.length).toBe(3);
    // 604 / 947, 343 / 947; new BBB population 343 + 500 = 843
    expect(out[0]).toMatchObject({ old: 'E14900001', new: 'E14901001', popShareOfNew: 1 });
    expect(out[0]!.popShareOfOld).toBeCloseTo(604 / 947, 12);
    expect(out[1]).toMatchObject({ old: 'E14900001', new: 'E14901002' });
    expect(out[1]!.popShareOfOld).toBeCloseTo(343 / 947, 12);
    expect(out[1]!.popShareOfNew).toBeCloseTo(343 / 843, 12);
    expect(out[2]).toMatchObject({ old: 'E14900002', new: 'E14901002', popShareOfOld: 1 });
    expect(out[2]!.popShareOfNew).toBeCloseTo(500 / 843, 12);
    const o = ledger.entries().find((e) => e.source === 'overlaps')!;
    expect(o).toMatchObject({
      rowsRead: 4,
      rowsUsed: 3,
      skipped: [{ reason: 'overlap with no population (area only)', count: 1, lines: [4] }],
    });
    expect(o.notes).toEqual([
      'E14900001: the overlaps place 94.7% of its population in 2024 seats; its votes are shared out in proportion to the overlaps',
    ]);
  });

  it('a share that is not overlap_pop / original_pop, or an old seat given two populations, is bad input', () => {
    const idToCode = parseUkparl({ source: 'ukparl', file: 'u.csv', text: ukparl, knownNew }, new Ledger());
    const run = (text: string) =>
      thrown(() => parseOverlaps({ source: 'overlaps', file: 'o.csv', text, idToCode, knownOld }, new Ledger()));
    expect(run(overlaps.replace('0.34,343', '0.4,343'))).toEqual(
      dataError('o.csv:3 field "percentage_overlap_pop": 0.4 is not overlap_pop / original_pop (343 / 1000 = 0.3430)'),
    );
    expect(run(overlaps.replace('0.34,343,1000', '0.34,343,1001'))).toEqual(
      dataError('o.csv:3 field "original_pop": 1001 for E14900001, which an earlier row gives as 1000'),
    );
    expect(run(overlaps.replace('E14900002,AAA,0,0,0', 'E14900002,AAA,0.2,0,0'))).toEqual(
      dataError('o.csv:4 field "percentage_overlap_pop": 0.2 for an overlap with no population'),
    );
  });

  it('an unknown mySociety id and an old seat with no overlaps', () => {
    const idToCode = parseUkparl({ source: 'ukparl', file: 'u.csv', text: ukparl, knownNew }, new Ledger());
    expect(
      thrown(() =>
        parseOverlaps(
          {
            source: 'overlaps',
            file: 'o.csv',
            text: overlaps.replace('E14900001,BBB', 'E14900001,CCC'),
            idToCode,
            knownOld,
          },
          new Ledger(),
        ),
      ),
    ).toEqual(dataError('o.csv:3 field "PARL25": unknown mySociety id "CCC"'));
    expect(
      thrown(() =>
        parseOverlaps(
          { source: 'overlaps', file: 'o.csv', text: overlaps.split('\n').slice(0, 3).join('\n'), idToCode, knownOld },
          new Ledger(),
        ),
      ),
    ).toEqual(dataError('o.csv field "PARL10": old constituency E14900002 has no overlap rows'));
  });
});

describe('parseNotional (official 2019 notional winners, CSV and JSON must agree)', () => {
  const knownNew = new Set(['E14901001', 'E14901002']);
  const csv =
    'PCON24CD,Name,GE 2019 Electorate,GE 2019 Party,GE 2019 Majority\nE14901001,"New One",70000,Con,5000\nE14901002,"New Two",60000,Lab,300\n';
  const json = (items: unknown[]) => JSON.stringify(items);
  const ok = [
    { pcon24cd: 'E14901001', party_key: 'con', majority: 5000, valid_votes: 45000 },
    { pcon24cd: 'E14901002', party_key: 'lab', majority: 300, valid_votes: 40000 },
  ];
  const run = (items: unknown[]) =>
    parseNotional(
      {
        csv: { source: 'n-csv', file: 'n.csv', text: csv },
        json: { source: 'n-json', file: 'n.json', text: json(items) },
        knownNew,
      },
      new Ledger(),
    );

  it('joins the two files by code', () => {
    expect([...run(ok).values()]).toEqual([
      { code: 'E14901001', winner: 'con', majority: 5000, electorate: 70000, validVotes: 45000 },
      { code: 'E14901002', winner: 'lab', majority: 300, electorate: 60000, validVotes: 40000 },
    ]);
  });

  it('a winner that disagrees between the files, and a missing seat', () => {
    expect(thrown(() => run([ok[0], { ...ok[1], party_key: 'ld' }]))).toEqual(
      dataError('n.json field "item 2.party_key": E14901002: ld majority 300 disagrees with n.csv line 3 (lab, 300)'),
    );
    expect(thrown(() => run([ok[0]]))).toEqual(dataError('n.json field "pcon24cd": constituency E14901002 is missing'));
  });
});
