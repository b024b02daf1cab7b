// Checks the real derived tables against published figures (House of Commons Library) and against the raw files.
import { beforeAll, describe, expect, it } from 'vitest';
import { isMissing } from '~/lib/missing';
import type { Party } from '~/lib/parties';
import type { AreaMetrics, SeatMetrics } from '~/lib/schema/metrics';
import type { SeatResult } from '~/lib/schema/result';
import { partyFromLabel } from '../../pipeline/lib/labels';
import type { FileLedger } from '../../pipeline/lib/ledger';
import type { Seat } from '../../pipeline/pipeline';
import { derivedDir, rawCsv, readDerived } from './derived';

let results: SeatResult[];
let metrics: SeatMetrics[];
let areas: AreaMetrics[];
let seats: Seat[];
let report: { files: FileLedger[]; totals: { read: number; used: number; skipped: number } };

beforeAll(async () => {
  const dir = await derivedDir();
  results = readDerived(dir, 'results.json');
  metrics = readDerived(dir, 'seat-metrics.json');
  areas = readDerived(dir, 'area-metrics.json');
  seats = readDerived(dir, 'seats.json');
  report = readDerived(dir, 'report.json');
}, 60_000);

const seat = (election: string, code: string) => {
  const m = metrics.find((x) => x.election === election && x.code === code);
  if (!m) throw new Error(`no ${election} metrics for ${code}`);
  return m;
};
const result = (election: string, code: string) => results.find((x) => x.election === election && x.code === code)!;
const area = (election: string, code: string) => areas.find((a) => a.election === election && a.area === code)!;
const uk = (election: string) => area(election, 'K02000001');
const won = (election: string) => {
  const out: Partial<Record<Party, number>> = {};
  for (const r of results) if (r.election === election) out[r.winner] = (out[r.winner] ?? 0) + 1;
  return out;
};
const dp = (x: unknown, places: number) => (x as number).toFixed(places);

describe('seats won (House of Commons Library)', () => {
  it.each([
    ['2010', { con: 306, lab: 258, ld: 57 }],
    ['2015', { con: 330, lab: 232, snp: 56 }],
    ['2017', { con: 317, lab: 262 }],
    ['2019', { con: 365, lab: 202, snp: 48, ld: 11 }],
    ['2024', { lab: 411, con: 121, ld: 72, snp: 9, reform: 5 }],
    // 2019 notional on the 2024 seats: the official notional winners (Rallings & Thrasher via the Library), not our estimate.
    ['2019N', { con: 372, lab: 200 }],
  ] as const)('%s', (election, expected) => {
    expect(won(election)).toMatchObject(expected);
    expect(uk(election).seatsWon).toMatchObject(expected);
  });

  it('650 seats per election, 18 of them in Northern Ireland', () => {
    for (const e of ['2010', '2015', '2017', '2019', '2019N', '2024']) {
      const rows = results.filter((r) => r.election === e);
      expect(rows.length, e).toBe(650);
      expect(new Set(rows.map((r) => r.code)).size, e).toBe(650);
      expect(rows.filter((r) => r.code.startsWith('N')).length, e).toBe(18);
      expect(metrics.filter((m) => m.election === e).length, e).toBe(650);
      expect(uk(e).seats, e).toBe(650);
      expect(area(e, 'N92000002').seats, e).toBe(18);
    }
  });
});

describe('named seats', () => {
  it('Putney 2019 (E14000887): Lab gain from Con, Lab 22,780 Con 18,006, majority 4,774', () => {
    expect(seat('2019', 'E14000887')).toMatchObject({
      name: 'Putney',
      winner: 'lab',
      second: 'con',
      prevWinner: 'con',
      majorityVotes: 4774,
    });
    expect(result('2019', 'E14000887').votes).toMatchObject({ lab: 22780, con: 18006 });
  });

  it('Kensington 2019 (E14000768): Con gain from Lab', () => {
    expect(seat('2019', 'E14000768')).toMatchObject({
      name: 'Kensington',
      winner: 'con',
      prevWinner: 'lab',
      majorityVotes: 150,
    });
  });

  it('Islington North 2024 (E14001305, looked up by name in the 2024 raw file): Ind gain from Lab', () => {
    const raw = rawCsv('hoc-ge2024').filter((r) => r['Constituency name'] === 'Islington North');
    expect(raw.map((r) => [r['ONS ID'], r.Result])).toEqual([['E14001305', 'Ind gain from Lab']]);
    expect(seat('2024', 'E14001305')).toMatchObject({
      name: 'Islington North',
      winner: 'ind',
      second: 'lab',
      prevWinner: 'lab',
      majorityVotes: 7247,
    });
  });

  it("Chorley 2019 (E14000637), the Speaker's seat: swing is missing with reason 'speaker-seat'", () => {
    const m = seat('2019', 'E14000637');
    expect(m.winner).toBe('spk');
    expect(m.swingLabToCon).toEqual({ missing: 'speaker-seat' });
    expect(m.steedSwing).toEqual({ missing: 'speaker-seat' });
  });
});

describe('UK vote shares and turnout', () => {
  it('2019: Con 43.6, Lab 32.1, LD 11.5', () => {
    // Commons Library CBP-8749 summary: "43.6% of the vote ... 32.1% ... 11.5% of the vote, up from 7.4%".
    // (Some secondary tables print LD 11.6; the Library's own figure and 3,696,419 / 32,014,110 = 11.546 % give 11.5.)
    const s = uk('2019').shares;
    expect([dp(s.con, 1), dp(s.lab, 1), dp(s.ld, 1)]).toEqual(['43.6', '32.1', '11.5']);
    expect(uk('2019').validVotes).toBe(32_014_110);
  });

  it('2024: Lab 33.7, Con 23.7, Reform 14.3, LD 12.2', () => {
    const s = uk('2024').shares;
    expect([dp(s.lab, 1), dp(s.con, 1), dp(s.reform, 1), dp(s.ld, 1)]).toEqual(['33.7', '23.7', '14.3', '12.2']);
    expect(uk('2024').validVotes).toBe(28_808_662);
  });

  it('turnout, defined as valid votes / electorate: 2019 67.3 %, 2024 59.8 %', () => {
    // 2019: 32,014,110 / 47,562,702 = 67.31 %, the Library's published 67.3 % (counting the 117,919 rejected ballots
    // would give 67.56 %, so the Library's figure is a valid-vote turnout too).
    // 2024: 28,808,662 / 48,208,507 = 59.76 %. Counting the 116,063 rejected ballots gives 60.0 %, the figure some
    // outlets quote; Groundwork uses the valid-vote definition for every election.
    expect(dp(uk('2019').turnoutPct, 1)).toBe('67.3');
    expect(uk('2019').electorate).toBe(47_562_702);
    expect(dp(uk('2024').turnoutPct, 1)).toBe('59.8');
    expect(uk('2024').electorate).toBe(48_208_507);
  });
});

describe('Yorkshire and the Humber 2017 -> 2019 (E12000003)', () => {
  it('Labour share change -10.14 points and Butler swing +6.39 to Con, as recomputed from the raw Library CSVs', () => {
    const y = area('2019', 'E12000003');
    expect(y.seats).toBe(54);
    expect(dp(y.change.lab, 2)).toBe('-10.14');
    expect(dp(y.swingLabToCon, 2)).toBe('6.39');

    // Independent recomputation: sum votes over the region's seats in each raw file, then shares of the summed valid votes.
    const sum = (rows: Record<string, string>[], region: string, col: string) =>
      rows.filter((r) => r[region] === 'E12000003').reduce((s, r) => s + Number(r[col]), 0);
    const r17 = rawCsv('hoc-ge2017');
    const r19 = rawCsv('hoc-ge2019');
    expect(r19.filter((r) => r['ONS region ID'] === 'E12000003').length).toBe(54);
    const valid17 = sum(r17, 'ons_region_id', 'valid_votes');
    const valid19 = sum(r19, 'ONS region ID', 'Valid votes');
    const lab = (100 * sum(r19, 'ONS region ID', 'Lab')) / valid19 - (100 * sum(r17, 'ons_region_id', 'lab')) / valid17;
    const con = (100 * sum(r19, 'ONS region ID', 'Con')) / valid19 - (100 * sum(r17, 'ons_region_id', 'con')) / valid17;
    expect(dp(lab, 2)).toBe('-10.14');
    expect(dp((con - lab) / 2, 2)).toBe('6.39');
    expect(y.change.lab).toBeCloseTo(lab, 9);
    expect(y.swingLabToCon as number).toBeCloseTo((con - lab) / 2, 9);
  });
});

describe('party labels that changed meaning', () => {
  // The Electoral Commission 2010 file's label "Reform" is "Reform 2000" (one candidate, Edmonton E14000687, 379 votes). Reform UK was founded in 2018.
  it('2010 records no votes for Reform UK', () => {
    expect(results.filter((r) => r.election === '2010' && r.votes.reform !== undefined).map((r) => r.code)).toEqual([]);
    expect(uk('2010').shares.reform).toBeUndefined();
  });
});

describe('internal consistency', () => {
  it("every result's party votes sum to its valid votes (2019 notional estimates within 0.5 of a vote)", () => {
    const bad: string[] = [];
    for (const r of results) {
      const sum = Object.values(r.votes).reduce((s, v) => s + v, 0);
      const ok = r.election === '2019N' ? Math.abs(sum - r.validVotes) <= 0.5 : sum === r.validVotes;
      if (!ok) bad.push(`${r.election} ${r.code}: ${sum} vs ${r.validVotes}`);
    }
    expect(bad).toEqual([]);
  });

  it('every seat code in results joins to seats.json on the right boundary set', () => {
    expect(seats.length).toBe(1300);
    const keys = new Set(seats.map((s) => `${s.boundarySet} ${s.code}`));
    const setOf = (e: string) => (e === '2019N' || e === '2024' ? '2024' : '2010');
    const bad = results.filter((r) => !keys.has(`${setOf(r.election)} ${r.code}`));
    expect(bad.map((r) => `${r.election} ${r.code}`)).toEqual([]);
  });

  it('codes are unique within a boundary set; five unchanged Scottish seats keep their code in both sets', () => {
    // So seats.json must be keyed by (boundarySet, code), never by code alone.
    for (const set of ['2010', '2024'])
      expect(new Set(seats.filter((s) => s.boundarySet === set).map((s) => s.code)).size).toBe(650);
    const old = new Map(seats.filter((s) => s.boundarySet === '2010').map((s) => [s.code, s.name]));
    const shared = seats.filter((s) => s.boundarySet === '2024' && old.has(s.code));
    expect(shared.map((s) => s.code).sort()).toEqual(['S14000021', 'S14000027', 'S14000045', 'S14000048', 'S14000051']);
    for (const s of shared) expect(s.name.toLowerCase()).toBe(old.get(s.code)!.toLowerCase());
  });

  it('the reconciliation report balances: rows read = used + skipped for every file', () => {
    expect(report.files.length).toBeGreaterThan(10);
    for (const f of report.files) {
      const skipped = f.skipped.reduce((s, x) => s + x.count, 0);
      expect(f.rowsRead, f.source).toBe(f.rowsUsed + skipped);
    }
    const t = report.files.reduce((a, f) => ({ read: a.read + f.rowsRead, used: a.used + f.rowsUsed }), {
      read: 0,
      used: 0,
    });
    expect(report.totals.read).toBe(t.read);
    expect(report.totals.used).toBe(t.used);
    expect(report.totals.read).toBe(report.totals.used + report.totals.skipped);
  });

  it('no seat metric is NaN or infinite: absent values are typed missing values', () => {
    const bad: string[] = [];
    for (const m of metrics) {
      for (const [k, v] of Object.entries({
        turnoutPct: m.turnoutPct,
        majorityPct: m.majorityPct,
        swingLabToCon: m.swingLabToCon,
        steedSwing: m.steedSwing,
      })) {
        if (!isMissing(v) && !Number.isFinite(v)) bad.push(`${m.election} ${m.code} ${k}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('gain and hold agree with the Library\'s "Result" column for every seat', () => {
  // "Lab Co-op" candidates appear as "Lab Coop" in the Result column; Groundwork counts them as Labour.
  const party = (label: string) => partyFromLabel(label.replace(/ Coop$/, ''));
  const parse = (text: string): string => {
    const m = /^(.+?) (hold|gain from (.+))$/.exec(text.trim());
    if (!m) throw new Error(`unreadable result "${text}"`);
    return m[3] === undefined ? `${party(m[1]!)} hold` : `${party(m[1]!)} gain from ${party(m[3])}`;
  };
  const ours = (m: SeatMetrics) =>
    m.winner === m.prevWinner ? `${m.winner} hold` : `${m.winner} gain from ${m.prevWinner}`;

  it.each([
    ['2015', 'hoc-ge2015', 'ons_id', 'result'],
    ['2017', 'hoc-ge2017', 'ons_id', 'result'],
    ['2019', 'hoc-ge2019', 'ONS ID', 'Result'],
  ])('%s', (election, source, codeCol, resultCol) => {
    const raw = rawCsv(source);
    expect(raw.length).toBe(650);
    const disagree = raw
      .map((r) => ({ code: r[codeCol]!, library: parse(r[resultCol]!), ours: ours(seat(election, r[codeCol]!)) }))
      .filter((x) => x.library !== x.ours);
    expect(disagree).toEqual([]);
  });
});
