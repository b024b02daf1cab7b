// The places the sources tie to the organising unit without naming a seat get the seats the raw postcode files give
// them, and each organiser claim's matched headline is run again without those seats.
import { beforeAll, describe, expect, it } from 'vitest';
import { useDerivedInSite } from './derived';

let views: typeof import('~/views/claims');
let data: typeof import('~/data/index');

useDerivedInSite();

beforeAll(async () => {
  views = await import('~/views/claims');
  data = await import('~/data/index');
}, 120_000);

// Worked out apart from the pipeline, with a short Python script over the same raw files (every Code-Point Open row's
// Admin_district_code, each postcode's 2010-2023 seat by the Feb 2021 regular expressions): the seats with at least
// 10% of their live postcodes in the authority, largest share first. Stoke-on-Trent North has 81%, Romsey and
// Southampton North 24%, St Ives 98%, Tooting 99%, Cities of London and Westminster 87% (Wandsworth's 1 postcode in
// it, Stone's 1 in Stoke, and the like, are far under 10% either way).
const PLACES: Record<string, string[]> = {
  Stoke: ['E14000972', 'E14000974', 'E14000973'],
  Northumberland: ['E14000554', 'E14000575', 'E14000746', 'E14001014'],
  Walsall: ['E14000531', 'E14001011', 'E14001012'],
  Southampton: ['E14000955', 'E14000956', 'E14000901'],
  Cornwall: ['E14000616', 'E14000837', 'E14000938', 'E14000961', 'E14001003', 'E14000964'],
  Westminster: ['E14001036', 'E14000639'],
  Newcastle: ['E14000831', 'E14000832', 'E14000833'],
  Wandsworth: ['E14000549', 'E14000887', 'E14000998'],
};

const rows = (slug: string) => views.claimView(slug).csv.rows.filter((r) => r.section === 'linked-places');
const placeCheck = (slug: string) => {
  const v = views.claimView(slug);
  return v.comparisons.find((c) => c.id === v.headline.comparison)!.placeCheck!;
};

describe('the seats of places linked to the organising unit', () => {
  it('are the seats the raw postcode files give each place', () => {
    const got = Object.fromEntries(
      data.curated().unresolvedOrganisers.map((u) => [u.row.name_in_source, u.seats.map((s) => s.code)]),
    );
    expect(Object.keys(got).sort()).toEqual(Object.keys(PLACES).sort());
    for (const [place, codes] of Object.entries(PLACES)) expect([...got[place]!].sort()).toEqual([...codes].sort());
    expect(data.curated().unresolvedOrganisers.find((u) => u.row.name_in_source === 'Stoke')!.seats).toEqual([
      { code: 'E14000972', share: 1, ofPlace: expect.any(Number) },
      { code: 'E14000974', share: 1, ofPlace: expect.any(Number) },
      { code: 'E14000973', share: 0.808, ofPlace: expect.any(Number) },
    ]);
  });

  it('22 of the 27 are left out of the pools for the check: the others are cited seats, out of the pools already', () => {
    const s = placeCheck('organiser-seats');
    const all = new Set(Object.values(PLACES).flat());
    const cited = new Set(data.curated().sets.flatMap((x) => x.codes));
    expect(all.size).toBe(27);
    expect(
      [...all]
        .filter((c) => cited.has(c))
        .map((c) => data.seatOn(c, '2010')!.name)
        .sort(),
    ).toEqual(['Blyth Valley', 'North Cornwall', 'Putney', 'Romsey and Southampton North', 'Southampton, Itchen']);
    expect(s.leftOut.map((c) => c.code).sort()).toEqual([...all].filter((c) => !cited.has(c)).sort());
    expect(s.leftOut).toHaveLength(22);
  });
});

describe("the organiser claims' matched headlines without the linked places' seats", () => {
  it('organiser seats: 0.9 more towards Labour as published; without them Putney has no match, and the other 14 move from 0.3 to 0.1, with the interval their own calibration checked', () => {
    const [published, same, without, ...rest] = rows('organiser-seats');
    expect(rest).toEqual([]);
    const one = (r: typeof published) => (r!.estimate as number).toFixed(1);
    expect([one(published), one(same), one(without)]).toEqual(['-0.9', '-0.3', '-0.1']);
    expect([published!.n, same!.n, without!.n]).toEqual([15, 14, 14]);
    expect(same!.measure).toBe(
      'Against matched seats, as published, without Putney (no matched seat without linked places)',
    );
    expect([same!.ci_low, same!.ci_high, same!.p_value]).toEqual([null, null, null]);
    expect([without!.ci_low, without!.ci_high, without!.p_value]).toEqual([-0.965, 0.815, 0.8608]);
    expect(without!.text).toBe(
      '35 different matched seats; interval checked on random sets with the seats of linked places left out',
    );
    expect(published!.ci_low).not.toBeNull();
    const s = placeCheck('organiser-seats');
    expect(s.withoutChecked).toBe(true);
    expect(views.claimView('organiser-seats').placeNote).toContain(
      'their gap in the swing is 0.1 points more towards Labour (14 seats against 35 different matched seats; 95% interval from 1.0 points more towards Labour to 0.8 points more towards the Conservatives).',
    );
    expect(s.lost.map((c) => c.name)).toEqual(['Putney']);
    expect(s.inMatched.map((c) => c.name)).toEqual([
      'Wansbeck',
      'Camborne and Redruth',
      'Stoke-on-Trent South',
      'Cities of London and Westminster',
      'Truro and Falmouth',
    ]);
    const left = new Set(s.leftOut.map((c) => c.code));
    expect(s.without!.controls.filter((c) => left.has(c.code))).toEqual([]);
    expect(s.without!.controls).toHaveLength(35);
    expect(views.claimView('organiser-seats').placeNote).toContain(
      'Leaving them out moves the gap away from Labour, the opposite of what would happen if the unit had helped Labour there: there is no sign that they hid an effect.',
    );
  });

  it("Putney's one matched seat lies in Westminster, so without the linked places none can be matched", () => {
    const v = views.claimView('putney');
    expect(v.placeNote).toContain(
      "The headline comparison's one matched seat, Cities of London and Westminster, is one of them, so the headline rests on a seat the unit may also have reached. Without them Putney has no matched seat.",
    );
    expect(v.verdict.text.join(' ')).toContain(
      'That seat lies in Westminster, a place the sources tie to the unit without naming a seat, so even this yardstick may not be untouched',
    );
    const [, without] = rows('putney');
    expect([without!.n, without!.estimate, without!.text]).toEqual([0, null, 'no seat could be matched']);
  });

  it('Yorkshire: no matched seat lies in the places, so the headline does not change', () => {
    expect(views.claimView('yorkshire-organisers').placeNote).toMatch(
      /None of the headline comparison's 6 matched seats is one of them, so leaving them out does not change the headline\.$/,
    );
    const [published, without] = rows('yorkshire-organisers');
    expect(without!.estimate).toBe(published!.estimate);
  });

  it('a claim about other seats (Unite to Remain) has no such check', () => {
    expect(views.claimView('unite-to-remain').placeNote).toBeNull();
    expect(rows('unite-to-remain')).toEqual([]);
  });
});
