// The claim pages' figures, reproduced from the real derived tables: Yorkshire and the Humber 2017 -> 2019 (summed
// from the seat results), the organiser seats, Putney as the only Labour gain, the Remain seats and the pact; and the
// browser's data files give exactly the build's numbers.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompareResult } from '~/lib/compare/types';
import type { AreaMetrics, SeatMetrics } from '~/lib/schema/metrics';
import type { SeatResult } from '~/lib/schema/result';
import type { Seat } from '../../pipeline/pipeline';
import { readDerived, useDerivedInSite } from './derived';

const YORKS = 'E12000003';
let results: SeatResult[];
let metrics: SeatMetrics[];
let areas: AreaMetrics[];
let seats: Seat[];
let views: typeof import('~/views/claims');
let compareView: typeof import('~/views/compare');
let payload: typeof import('~/lib/compare/payload');
let engine: typeof import('~/lib/compare/engine');
let settings: typeof import('~/lib/compare/settings');
let dataLayer: typeof import('~/data/index');

const derived = useDerivedInSite();

beforeAll(async () => {
  const dir = derived();
  results = readDerived(dir, 'results.json');
  metrics = readDerived(dir, 'seat-metrics.json');
  areas = readDerived(dir, 'area-metrics.json');
  seats = readDerived(dir, 'seats.json');
  views = await import('~/views/claims');
  compareView = await import('~/views/compare');
  payload = await import('~/lib/compare/payload');
  engine = await import('~/lib/compare/engine');
  settings = await import('~/lib/compare/settings');
  dataLayer = await import('~/data/index');
}, 120_000);

const m = (election: string, code: string) => metrics.find((r) => r.election === election && r.code === code)!;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('Yorkshire and the Humber, 2017 -> 2019, from the tables', () => {
  /** Percent of the region's valid votes for a party, summed over the region's 2010-set seats. */
  function regionShare(election: string, party: 'lab' | 'con'): number {
    const codes = new Set(seats.filter((s) => s.boundarySet === '2010' && s.region === YORKS).map((s) => s.code));
    const rows = results.filter((r) => r.election === election && codes.has(r.code));
    expect(rows).toHaveLength(54);
    const valid = rows.reduce((s, r) => s + r.validVotes, 0);
    return (100 * rows.reduce((s, r) => s + (r.votes[party] ?? 0), 0)) / valid;
  }

  it("Labour's share fell by 10.1 points (summed votes), as the region row says", () => {
    const change = regionShare('2019', 'lab') - regionShare('2017', 'lab');
    expect(change.toFixed(1)).toBe('-10.1');
    const row = areas.find((a) => a.election === '2019' && a.area === YORKS)!;
    expect(row.change.lab).toBeCloseTo(change, 9);
  });

  it('the Butler swing was 6.4 points from Labour to the Conservatives', () => {
    const dCon = regionShare('2019', 'con') - regionShare('2017', 'con');
    const dLab = regionShare('2019', 'lab') - regionShare('2017', 'lab');
    expect(((dCon - dLab) / 2).toFixed(1)).toBe('6.4');
    expect(areas.find((a) => a.election === '2019' && a.area === YORKS)!.swingLabToCon).toBeCloseTo(
      (dCon - dLab) / 2,
      9,
    );
  });
});

describe('Yorkshire organiser seats named in public sources', () => {
  // Calder Valley (unit report), Shipley (job advert, event, campaign), Morley and Outwood (event only).
  const strong = ['E14000614', 'E14000925'];
  const all = [...strong, 'E14000826'];

  it('Labour share: -3.3 on average for the two seats with more than an event link, -6.1 with Morley and Outwood', () => {
    expect(strong.map((c) => m('2019', c).change.lab!.toFixed(1))).toEqual(['-3.2', '-3.3']);
    expect(m('2019', 'E14000826').change.lab!.toFixed(1)).toBe('-11.7');
    expect(mean(strong.map((c) => m('2019', c).change.lab!)).toFixed(1)).toBe('-3.3');
    expect(mean(all.map((c) => m('2019', c).change.lab!)).toFixed(1)).toBe('-6.1');
  });

  it('Butler swing: 2.9 and 4.9 points to the Conservatives', () => {
    expect(mean(strong.map((c) => m('2019', c).swingLabToCon as number)).toFixed(1)).toBe('2.9');
    expect(mean(all.map((c) => m('2019', c).swingLabToCon as number)).toFixed(1)).toBe('4.9');
  });

  it('the claim page shows those figures beside the claim', () => {
    const v = views.claimView('yorkshire-organisers');
    expect(v.figures.map((f) => [f.claimed, f.computed])).toEqual([
      ['3%', '3.3 points (2 seats); 6.1 points (3 seats)'],
      ['3%', '2.9 points (2 seats); 4.9 points (3 seats)'],
      ['over 10%', '10.1 points'],
      ['over 10%', '6.4 points'],
    ]);
    expect(v.comparisons.map((b) => b.seats.map((s) => s.code))).toEqual([
      strong,
      ['E14000614', 'E14000826', 'E14000925'],
    ]);
    // the placebo is inside each matched comparison (same seats, same matched seats, 2015 -> 2017)
    expect(v.placeboNote).toContain('2015 → 2017');
    expect(v.verdict.text[0]).toContain(
      'fell by 3.3 points there on average, against 10.1 points across every seat of the region',
    );
    // two seats: no interval and no p-value anywhere in the headline block, and each seat is shown
    const head = v.comparisons
      .find((b) => b.id === v.headline.comparison)!
      .outcomes.find((o) => o.key === v.headline.outcome)!;
    expect(head.headline).toBe(true);
    expect(head.rows.every((r) => r.low === null && r.p === null)).toBe(true);
    expect(head.seatValues!.map((s) => s.name)).toEqual(['Calder Valley', 'Shipley']);
    // Morley and Outwood (an organiser event seat) is never a control: every cited-set seat is excluded and listed
    const controls = v.comparisons.flatMap((b) => b.outcomes.flatMap((o) => o.rows)).length;
    expect(controls).toBeGreaterThan(0);
    expect(v.comparisons[0]!.excluded.map((e) => e.code)).toContain('E14000826');
    expect(head.balance!.rows.map((r) => r.covariate)).toHaveLength(4);
  });
});

describe('the other claims', () => {
  it('Putney (E14000887) was the only Labour gain of 2019', () => {
    const gains = metrics.filter((r) => r.election === '2019' && r.winner === 'lab' && r.prevWinner !== 'lab');
    expect(gains.map((g) => g.code)).toEqual(['E14000887']);
    const v = views.claimView('putney');
    expect(v.figures[0]!.computed).toBe('1: Putney (from Con)');
    // Labour held 61 seats of 2017 that it did not win in 2019; Chorley among them passed to the Speaker.
    expect(v.figures[0]!.detail).toBe(
      'Seats where Labour won in 2019 and another party had won in 2017. Labour lost 60 to other parties (and one seat, Chorley, passed to the Speaker, whom the main parties did not oppose).',
    );
    expect(v.figures[1]!.computed).toBe('+4.4 points');
    expect(v.figures[2]!.computed).toBe('−6.4 points');
    // Matched exactly on the 2017 holder (Conservative): only Cities of London and Westminster (Labour −11.2) lies
    // within the caliper, so the gap is +4.4 − (−11.2) = +15.6 against that one seat.
    expect(v.figures[3]!.computed).toBe('+15.6 points');
    expect(v.figures[3]!.detail).toBe(
      "Putney's change minus that of its one matched seat, Cities of London and Westminster, the only seat within the matching limit, though not close to Putney in previous margin (signed), previous share of the measured party and deprivation (IMD): a yardstick of one seat. Against the other 64 seats of London (cited seats left out) Putney's gap is +10.7 points; the checks of the headline give the matched gap under the earlier matching rule too.",
    );
    const held2017 = (code: string) => metrics.find((r) => r.election === '2017' && r.code === code)!.winner;
    expect([held2017('E14000887'), held2017('E14000639')]).toEqual(['con', 'con']);
    expect(v.verdict.text[1]).toMatch(
      /^Of the seats the Conservative party held in 2017 that can be compared, only Cities of London and Westminster falls within the matching limit .*, and even it is not close in .* there the Liberal Democrat share rose from 11\.0% to 30\.7%, the largest move of any party\. /,
    );
  });

  it('Remain seats, 2015 -> 2017: England and Wales 100 seats, swing 6.6 to Labour; Great Britain 153 seats, 2.7', () => {
    const v = views.claimView('remain-swing');
    expect(v.figures[0]!.computed).toBe('6.6 points in England and Wales (100 seats); 2.7 in Great Britain (153)');
    expect(v.figures[1]!.computed).toBe('+11.5 points in England and Wales; +8.7 in Great Britain');
    expect(v.figures[3]!.computed).toBe(
      'Labour share −7.1 points; swing 2.1 points towards the Conservatives (Great Britain)',
    );
  });

  it('Unite to Remain: 60 seats, the pact vote up 5.6 points in 59, no gap against comparison seats', () => {
    const v = views.claimView('unite-to-remain');
    expect(v.tables[0]!.rows).toHaveLength(60);
    expect(v.figures[0]!.computed).toBe('+5.6 points (59 seats)');
    expect(v.figures.map((f) => f.label)).toEqual([
      'Pact vote in the pact seats, 2017 → 2019',
      'Difference from other seats where all stood',
      'Difference from matched seats (headline)',
      'Difference from all other England and Wales seats',
      'Reading 2: the clear-run candidate’s own share, against the same party elsewhere',
    ]);
    // the regional benchmark counts every seat of the named regions, and says so
    const rows = v.comparisons[0]!.outcomes[0]!.rows;
    expect(rows.some((r) => /^Every seat of its \d+ regions: /.test(r.label))).toBe(true);
    // the verdict never says the 5 points appear nowhere while a part of the pact shows them: the Green candidates'
    // own share rose 5.4 points more than the party's elsewhere in the same regions
    expect(v.verdict.text.join(' ')).toContain(
      "appears in none of the comparisons of all the pact seats; only the Green candidates' own share (10 seats, +5.4 points) rose by more than 5 points against the party elsewhere",
    );
    // Finchley and Golders Green (a pact seat) is never a comparison seat of Putney
    const putney = views.claimView('putney');
    expect(putney.comparisons[0]!.excluded.map((e) => e.code)).toContain('E14000703');
  });

  it('every claim page has a CSV of its figures', () => {
    for (const slug of views.claimSlugs()) {
      const v = views.claimView(slug);
      expect(v.csv.rows.length, slug).toBeGreaterThan(3);
      expect(
        v.csv.rows.every((r) => r.claim === slug),
        slug,
      ).toBe(true);
    }
  });
});

describe('the browser tool computes exactly what the build computes', () => {
  const run = (
    after: readonly SeatMetrics[],
    before: readonly SeatMetrics[],
    context: Parameters<typeof engine.compareSeats>[0]['context'],
    regions: readonly AreaMetrics[],
    set: string[],
  ): CompareResult =>
    engine.compareSeats({
      set,
      after,
      before,
      context,
      regionAggregates: regions,
      outcomes: [{ kind: 'change', party: 'lab' }, { kind: 'swing' }],
      seed: settings.COMPARE_SEED,
      iterations: { batch: 300, maxDraws: 300 },
    });

  it.each(['2010-2015', '2015-2017', '2017-2019', '2019N-2024'])(
    '%s: the data file rebuilds every seat row of the later election',
    (id) => {
      const p = settings.pairById(id)!;
      const h = payload.hydrate(JSON.parse(JSON.stringify(compareView.pairPayload(id))));
      expect(h.after).toEqual(dataLayer.metricsOf(p.after));
      expect(h.before.map((r) => [r.code, r.shares, r.validVotes, r.majorityPct])).toEqual(
        dataLayer.metricsOf(p.before).map((r) => [r.code, r.shares, r.validVotes, r.majorityPct]),
      );
    },
  );

  it.each([
    ['2017-2019', ['E14000614', 'E14000925', 'E14000887', 'E14000572', 'S14000034']],
    ['2019N-2024', ['E14001434', 'E14001172', 'S14000021', 'W07000081']],
  ])('%s: the same comparison from the data file and from the tables', (id, set) => {
    const p = settings.pairById(id)!;
    const h = payload.hydrate(JSON.parse(JSON.stringify(compareView.pairPayload(id))));
    const fromFile = run(h.after, h.before, h.context, h.regionAggregates, set);
    const fromTables = run(
      dataLayer.metricsOf(p.after),
      dataLayer.metricsOf(p.before),
      dataLayer.context(),
      areas.filter((a) => a.election === p.after),
      set,
    );
    expect(fromFile.seats.length).toBe(set.length);
    expect(fromFile).toEqual(fromTables);
  });
});
