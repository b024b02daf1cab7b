import { describe, expect, it } from 'vitest';
import { compareSeats } from '~/lib/compare/engine';
import {
  describePlaceSensitivity,
  placeSensitivity,
  type LinkedPlace,
  type PlaceSensitivity,
  withoutShowsInterval,
} from '~/lib/compare/place-sensitivity';
import type { MatchedReading } from '~/lib/compare/reading';
import { fixtureInput } from '../../fixtures/compare/seats';
import { run, SWING } from './run-fixture';

// The engine fixture's hand-worked matches (tests/unit/compare/engine.test.ts), change in Labour's share: Seat 7 alone
// is matched with S9 (-4) and S5 (-11), so its gap is -3 - (-7.5) = 4.5.
const ref = (i: number) => ({ code: `E140009${String(i).padStart(2, '0')}`, name: `Fixture Seat ${i}`, region: 'R' });
const without = (codes: string[]) => ({ poolFilter: (r: { code: string }) => !codes.includes(r.code) });
const place = (name: string, seats: number[], eventOnly = false): LinkedPlace => ({
  name,
  eventOnly,
  seats: seats.map(ref),
});
const INTRO = (places: string) => `Sources also tie the organising unit to ${places} without naming a seat`;
const RULE =
  "(a seat counts when at least 10% of its postcodes lie in the place, or it holds 10% of the place's postcodes; postcodes are not people)";

describe('placeSensitivity on the engine fixture', () => {
  it("finds the headline's matched seats that lie in the places, and the gap without the places' seats", () => {
    const s = placeSensitivity(run(['E14000907']), run(['E14000907'], without(['E14000909', 'E14000910'])), [
      place('Testshire', [9, 10]),
    ]);
    expect(s.now!.estimate).toBeCloseTo(4.5, 12);
    expect(s.now!.treated.map((t) => t.code)).toEqual(['E14000907']);
    expect(s.inMatched.map((c) => c.code)).toEqual(['E14000909']);
    expect(s.leftOut.map((c) => c.code)).toEqual(['E14000909', 'E14000910']);
    expect(s.without!.controls.map((c) => c.code)).not.toContain('E14000909');
    expect([s.lost, s.sameSeats]).toEqual([[], null]);
    expect(describePlaceSensitivity(s)).toMatch(
      new RegExp(
        `^Sources also tie the organising unit to one place without naming a seat \\(Testshire\\)\\. The unit may have been active in any of its 2 seats outside the cited sets \\(.+\\), so they may not be fair comparison seats\\. 1 of the headline comparison's 2 matched seats is among them \\(Fixture Seat 9\\)\\. Without them the headline comparison's gap in Labour's share is [0-9.]+ points (better|worse) for Labour \\(against [^)]+\\); with them it is 4\\.5 points better for Labour \\(against Fixture Seat (9|5) and Fixture Seat (9|5)\\)\\. Leaving them out moves the gap (towards|away from) Labour.+ With one seat neither figure has an interval\\.$`,
      ),
    );
  });

  it('says the headline does not change when no matched seat lies in the places', () => {
    const s = placeSensitivity(run(['E14000907']), run(['E14000907'], without(['E14000903'])), [
      place('Elsewhere', [3], true),
    ]);
    expect(s.inMatched).toEqual([]);
    expect(describePlaceSensitivity(s)).toBe(
      `${INTRO('one place')} (Elsewhere); for Elsewhere the only link is an event. The unit may have been active in its one seat outside the cited sets ${RULE}, so it may not be a fair comparison seat. None of the headline comparison's 2 matched seats is it, so leaving it out does not change the headline.`,
    );
  });

  it('a seat left with no match: the rest are compared like for like, against the published pools too', () => {
    // Seats 1 and 7; with every seat but S2, S4 and S5 out of the pools, Seat 7 (matched with S9 and S5) keeps S5
    // only if it is close enough: the check finds which seats lost all their matches and compares the rest alike.
    const codes = ['E14000901', 'E14000907'];
    const out = ['E14000908', 'E14000909', 'E14000910', 'E14000905'];
    const after = run(codes, without(out));
    const still = after.matched!.pairs.map((p) => p.treated.code);
    const s = placeSensitivity(run(codes), after, [place('Testshire', [5, 8, 9, 10])], (rest) => run(rest));
    expect(s.lost.map((c) => c.code)).toEqual(['E14000907']);
    expect(s.sameSeats!.treated.map((c) => c.code)).toEqual(still);
    expect(describePlaceSensitivity(s)).toContain(
      "Without them Fixture Seat 7 has no matched seat left, so the check covers the other seat: its gap in Labour's share is",
    );
  });

  it('refuses two different outcomes', () => {
    const swing = compareSeats(
      fixtureInput({ set: ['E14000907'], outcomes: [SWING], seed: 1, iterations: { batch: 400, maxDraws: 400 } }),
    ).outcomes[0]!;
    expect(() => placeSensitivity(run(['E14000907']), swing, [])).toThrow(/change:lab against swing:butler/);
  });
});

describe('describePlaceSensitivity: hand-made readings', () => {
  const reading = (estimate: number, interval: boolean, controls: number[], treated: number): MatchedReading => ({
    estimate,
    low: interval ? estimate - 1.4 : null,
    high: interval ? estimate + 1.4 : null,
    level: 0.95,
    p: interval ? 0.2 : null,
    matched: treated,
    treated: Array.from({ length: treated }, (_, i) => ref(20 + i)),
    controls: controls.map(ref),
  });
  const places = [place('Stoke', [11, 12]), place('Walsall', [13], true)];
  const sensitivity = (
    now: MatchedReading | null,
    without: MatchedReading | null,
    more: Partial<PlaceSensitivity> = {},
  ): PlaceSensitivity => ({
    outcome: SWING,
    key: 'swing:butler',
    seats: 15,
    places,
    leftOut: [ref(11), ref(12), ref(13)],
    inMatched: (now?.controls ?? []).filter((c) => ['E14000911', 'E14000912', 'E14000913'].includes(c.code)),
    now,
    without,
    lost: [],
    sameSeats: null,
    withoutChecked: false,
    ...more,
  });
  const LEAD = `${INTRO('2 places')} (Stoke and Walsall); for Walsall the only link is an event. The unit may have been active in any of their 3 seats outside the cited sets ${RULE}, so they may not be fair comparison seats.`;

  it('a seat losing its matches: like for like, which way the gap moved, and why there is no interval', () => {
    const text = describePlaceSensitivity(
      sensitivity(reading(-0.92, true, [1, 2, 3, 4, 5, 11, 13], 15), reading(-0.07, false, [1, 2, 3, 4, 5, 6], 14), {
        lost: [ref(30)],
        sameSeats: reading(-0.35, false, [1, 2, 3, 4, 5, 6, 7], 14),
      }),
    );
    expect(text).toBe(
      `${LEAD} 2 of the headline comparison's 7 matched seats are among them (Fixture Seat 11 and Fixture Seat 13). Without them Fixture Seat 30 has no matched seat left, so the check covers the other 14 seats: their gap in the swing is 0.1 points more towards Labour (14 seats against 6 different matched seats). Against the published comparison seats the same 14 seats' gap is 0.3 points more towards Labour (14 seats against 7 different matched seats), and all 15 seats' 0.9 points more towards Labour (15 seats against 7 different matched seats). Leaving them out moves the gap away from Labour, the opposite of what would happen if the unit had helped Labour there: there is no sign that they hid an effect. The figure without them lies inside the headline's 95% interval. That figure has no interval because we have checked how often our intervals hold only for the comparison as published: it is untested, not known to be worse.`,
    );
  });

  it('a calibration with the seats left out checked the figure without them: its interval is given, and why', () => {
    const s = sensitivity(
      reading(-0.92, true, [1, 2, 3, 4, 5, 11, 13], 15),
      reading(-0.07, true, [1, 2, 3, 4, 5, 6], 14),
      {
        lost: [ref(30)],
        sameSeats: reading(-0.35, false, [1, 2, 3, 4, 5, 6, 7], 14),
        withoutChecked: true,
      },
    );
    expect(withoutShowsInterval(s)).toBe(true);
    const text = describePlaceSensitivity(s);
    // -0.07 ± 1.4: from 1.47 more towards Labour to 1.33 more towards the Conservatives.
    expect(text).toContain(
      'their gap in the swing is 0.1 points more towards Labour (14 seats against 6 different matched seats; 95% interval from 1.5 points more towards Labour to 1.3 points more towards the Conservatives).',
    );
    expect(text).toContain(
      "and all 15 seats' 0.9 points more towards Labour (15 seats against 7 different matched seats).",
    );
    expect(text).toMatch(
      /The figure without them lies inside the headline's 95% interval\. Its interval is checked as the headline's is, on random sets of real seats, here with these seats left out of the sets and of the comparison seats too \(see the methodology\)\.$/,
    );
    expect(text).not.toContain('untested');
  });

  it('checked, but withheld at its size, or with no interval for the headline either: no interval, and why', () => {
    const cases: [boolean, boolean, RegExp][] = [
      [
        true,
        false,
        /That figure has no interval: on random sets of real seats with these seats left out, intervals at this size missed their target\.$/,
      ],
      [false, true, /Neither figure has an interval \(the reason is given above\)\.$/],
    ];
    for (const [now, without, ending] of cases) {
      const s = sensitivity(reading(-0.9, now, [1, 2, 3, 4, 5, 11], 15), reading(-0.1, without, [1, 2, 3, 4, 5], 15), {
        withoutChecked: true,
      });
      expect(withoutShowsInterval(s)).toBe(false);
      expect(describePlaceSensitivity(s)).toMatch(ending);
      expect(describePlaceSensitivity(s)).not.toContain('95% interval from');
    }
  });

  it('a move towards Labour is not called an effect', () => {
    const text = describePlaceSensitivity(
      sensitivity(reading(-0.5, true, [1, 2, 3, 4, 11], 15), reading(-2.4, false, [1, 2, 3, 4, 5], 15)),
    );
    expect(text).toContain(
      "1 of the headline comparison's 5 matched seats is among them (Fixture Seat 11). Without them the headline comparison's gap in the swing is 2.4 points more towards Labour (15 seats against 5 different matched seats); with them it is 0.5 points more towards Labour",
    );
    expect(text).toContain(
      "Leaving them out moves the gap towards Labour, as it would if the unit had helped Labour there; changing comparison seats also moves it by chance, so this does not show that it did. The figure without them lies outside the headline's 95% interval.",
    );
  });

  it('one seat whose only matched seat lies in a place, and a comparison with no match at all', () => {
    const one = sensitivity(reading(15.58, false, [13], 1), null, { seats: 1, lost: [ref(30)] });
    expect(describePlaceSensitivity(one)).toBe(
      `${LEAD} The headline comparison's one matched seat, Fixture Seat 13, is one of them, so the headline rests on a seat the unit may also have reached. Without them Fixture Seat 30 has no matched seat.`,
    );
    expect(describePlaceSensitivity(sensitivity(null, null))).toBe(`${LEAD} No seat can be matched either way.`);
  });

  it('no matched seat in the places but a different figure without them: both figures are given', () => {
    const text = describePlaceSensitivity(
      sensitivity(reading(-0.5, true, [1, 2, 3, 4, 5], 15), reading(-0.53, false, [1, 2, 3, 4, 6], 15)),
    );
    expect(text).toContain("None of the headline comparison's 5 matched seats is one of them. Without them");
    expect(text).toContain('with them it is 0.5 points more towards Labour');
    expect(text).toContain('Leaving them out barely moves the gap: there is no sign that they hid an effect.');
  });
});
