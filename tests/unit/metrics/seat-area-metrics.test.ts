// seatMetrics and areaMetrics on a hand-made 3-seat, 2-election fixture (tests/fixtures/metrics/three-seats.ts).
import { describe, expect, it } from 'vitest';
import type { ElectionId } from '~/lib/elections';
import { areaMetrics } from '~/lib/metrics/area-metrics';
import { seatMetrics } from '~/lib/metrics/seat-metrics';
import { R2017, R2019, SEATS } from '../../fixtures/metrics/three-seats';

const facts = (code: string) => SEATS.find((s) => s.code === code)!;
const pair = (code: string) =>
  seatMetrics(
    facts(code),
    R2019.find((r) => r.code === code)!,
    R2017.find((r) => r.code === code)!,
  );
const close = (actual: unknown, expected: number) => expect(actual as number).toBeCloseTo(expected, 10);

describe('seatMetrics', () => {
  it('seat A 2019: Con gain from Lab, shares, changes and both swings', () => {
    const m = pair('E14000001');
    expect(m).toMatchObject({
      election: '2019',
      code: 'E14000001',
      name: 'Test Seat A',
      region: 'E12000003',
      nation: 'E92000001',
      boundarySet: '2010',
      electorate: 1000,
      validVotes: 500,
      winner: 'con',
      second: 'lab',
      majorityVotes: 50,
      prevElection: '2017',
      prevWinner: 'lab',
      estimated: false,
    });
    expect(m.turnoutPct).toBe(50); // 500 / 1000
    expect(m.majorityPct).toBe(10); // 50 / 500
    expect(m.shares).toEqual({ con: 50, lab: 40, ld: 10 });
    // 2017 shares: Con 200/600 = 33.33, Lab 50, LD 16.67.
    close(m.change.con, 50 - 100 / 3); // +16.667
    close(m.change.lab, -10); // 40 - 50
    close(m.change.ld, 10 - 50 / 3); // -6.667
    // Butler: (16.667 + 10) / 2 = 40/3 = 13.333
    close(m.swingLabToCon, 40 / 3);
    // Steed: Con of Con+Lab 200/500 = 2/5 -> 250/450 = 5/9; change 7/45 = 15.556 pts each way -> 140/9
    close(m.steedSwing, 140 / 9);
  });

  it('seat B 2019: a party that stood only once counts 0 in the other election', () => {
    const m = pair('E14000002');
    expect(m.prevWinner).toBe('con');
    expect(m.shares).toEqual({ con: 60, lab: 30, brexit: 10 });
    // 2017: Con 50, Lab 40, LD 10 -> change Con +10, Lab -10, Brexit +10 (0 before), LD -10 (0 now)
    close(m.change.con, 10);
    close(m.change.lab, -10);
    close(m.change.brexit, 10);
    close(m.change.ld, -10);
    expect(Object.keys(m.change).sort()).toEqual(['brexit', 'con', 'lab', 'ld']);
    close(m.swingLabToCon, 10); // (10 + 10) / 2
    close(m.steedSwing, 100 / 9); // 250/450 = 55.556 -> 240/360 = 66.667: +11.111
  });

  it('seat W 2019: electorate not recorded -> turnout missing, the rest still computed', () => {
    const m = pair('W07000001');
    expect(m.electorate).toBeNull();
    expect(m.turnoutPct).toEqual({ missing: 'no-electorate' });
    expect(m.majorityPct).toBe(20); // 80 / 400
    // 2017 Con 25, Lab 50, PC 20, other 5 -> 2019 Con 30, Lab 50, PC 20
    expect(m.change).toEqual({ con: 5, lab: 0, pc: 0, other: -5 });
    close(m.swingLabToCon, 2.5); // (5 - 0) / 2
    close(m.steedSwing, 25 / 6); // 100/300 = 33.333 -> 120/320 = 37.5: +4.1667
  });

  it('without the previous result: no change, swing missing, prevWinner null', () => {
    const m = seatMetrics(facts('E14000001'), R2019[0]!, null);
    expect(m.prevElection).toBe('2017');
    expect(m.prevWinner).toBeNull();
    expect(m.change).toEqual({});
    expect(m.swingLabToCon).toEqual({ missing: 'no-previous-election' });
    expect(m.steedSwing).toEqual({ missing: 'no-previous-election' });
  });
});

describe('areaMetrics', () => {
  const membership = new Map(SEATS.map((s) => [s.code, s]));
  const out = areaMetrics(
    new Map<ElectionId, typeof R2017>([
      ['2017', R2017],
      ['2019', R2019],
    ]),
    membership,
  );
  const get = (election: string, area: string) => out.find((a) => a.election === election && a.area === area)!;

  it('one row per area that has seats: Yorkshire, Wales, England, UK for each election', () => {
    expect(out.map((a) => `${a.election} ${a.area} ${a.kind}`).sort()).toEqual([
      '2017 E12000003 region',
      '2017 E92000001 nation',
      '2017 K02000001 uk',
      '2017 W92000004 region',
      '2019 E12000003 region',
      '2019 E92000001 nation',
      '2019 K02000001 uk',
      '2019 W92000004 region',
    ]);
  });

  it('Yorkshire 2019 pools the votes of A and B', () => {
    const y = get('2019', 'E12000003');
    expect(y).toMatchObject({
      areaName: 'Yorkshire and the Humber',
      seats: 2,
      electorate: 1800,
      validVotes: 900,
      seatsWon: { con: 2 },
      prevElection: '2017',
      estimated: false,
    });
    expect(y.turnoutPct).toBe(50); // 900 / 1800
    // 2019: Con 490, Lab 320, LD 50, Brexit 40 of 900; 2017: Con 450, Lab 500, LD 150 of 1100
    close(y.shares.con, 4900 / 90); // 54.444
    close(y.change.con, 490 / 9 - 450 / 11); // (5390 - 4050) / 99 = 1340/99 = +13.535
    close(y.change.lab, 320 / 9 - 500 / 11); // (3520 - 4500) / 99 = -980/99 = -9.899
    // Butler (1340/99 + 980/99) / 2 = 1160/99 = 11.717 — not the mean of the seat swings ((13.333 + 10) / 2 = 11.667)
    close(y.swingLabToCon, 1160 / 99);
    // Steed: 450/950 = 9/19 -> 490/810 = 49/81; difference 202/1539 -> 20200/1539 = 13.125 points
    close(y.steedSwing, 20200 / 1539);
  });

  it('England equals Yorkshire here (the only English seats), as a nation', () => {
    const e = get('2019', 'E92000001');
    const y = get('2019', 'E12000003');
    expect(e.kind).toBe('nation');
    expect(e.areaName).toBe('England');
    expect({ ...e, area: '', areaName: '', kind: '' }).toEqual({ ...y, area: '', areaName: '', kind: '' });
  });

  it('UK 2019: turnout missing because one seat has no electorate; the known electorate is still summed', () => {
    const uk = get('2019', 'K02000001');
    expect(uk).toMatchObject({ seats: 3, electorate: 1800, validVotes: 1300, seatsWon: { con: 2, lab: 1 } });
    expect(uk.turnoutPct).toEqual({ missing: 'no-electorate' });
    // 2019 Con 610, Lab 520 of 1300; 2017 Con 550, Lab 700 of 1500
    close(uk.change.con, 610 / 13 - 110 / 3); // 400/39 = +10.256
    close(uk.change.lab, 40 - 140 / 3); // -20/3
    close(uk.swingLabToCon, 110 / 13); // (400/39 + 260/39) / 2 = 660/78 = 8.4615
    expect(uk.change.other).toBeCloseTo((-100 * 20) / 1500, 10); // other stood only in 2017 (W)
  });

  it('2017 rows: the previous election (2015) is not in the input, so no change and no swing', () => {
    const uk = get('2017', 'K02000001');
    expect(uk.prevElection).toBe('2015');
    expect(uk.change).toEqual({});
    expect(uk.swingLabToCon).toEqual({ missing: 'no-previous-election' });
    close(uk.turnoutPct, 1500 / 23); // 1500 / 2300 = 65.217 %
    expect(uk.seatsWon).toEqual({ lab: 2, con: 1 });
  });

  it('Wales 2019 has turnout missing and a 2.5-point Butler swing', () => {
    const w = get('2019', 'W92000004');
    expect(w.kind).toBe('region');
    expect(w.turnoutPct).toEqual({ missing: 'no-electorate' });
    close(w.swingLabToCon, 2.5);
  });

  it('a seat with no region membership is an error', () => {
    expect(() => areaMetrics(new Map([['2019', R2019]]), new Map())).toThrow('no region for seat E14000001');
  });
});
