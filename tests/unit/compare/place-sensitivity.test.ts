import { describe, expect, it } from 'vitest';
import { compareSeats } from '~/lib/compare/engine';
import type { Outcome } from '~/lib/compare/outcomes';
import {
  describePlaceSensitivity,
  placeSensitivity,
  type LinkedPlace,
  type PlaceSensitivity,
} from '~/lib/compare/place-sensitivity';
import type { MatchedReading } from '~/lib/compare/reading';
import type { CompareInput } from '~/lib/compare/types';
import { fixtureInput } from '../../fixtures/compare/seats';

// The engine fixture's hand-worked matches (tests/unit/compare/engine.test.ts), change in Labour's share: Seat 7 alone
// is matched with S9 (-4) and S5 (-11), so its gap is -3 - (-7.5) = 4.5.
const LAB: Outcome = { kind: 'change', party: 'lab' };
const SWING: Outcome = { kind: 'swing' };
const run = (set: string[], more: Partial<CompareInput> = {}) =>
  compareSeats(fixtureInput({ set, outcomes: [LAB], seed: 1, iterations: { batch: 400, maxDraws: 400 }, ...more }))
    .outcomes[0]!;
const ref = (i: number) => ({ code: `E140009${String(i).padStart(2, '0')}`, name: `Fixture Seat ${i}`, region: 'R' });
const without = (codes: string[]) => ({ poolFilter: (r: { code: string }) => !codes.includes(r.code) });
const INTRO = (n: number) =>
  `Sources also link the organising unit to ${n === 1 ? '1 place' : `${n} places`} without naming a seat (`;

describe('placeSensitivity on the engine fixture', () => {
  it("finds the headline's matched seats that lie in the places, and the gap without the places' seats", () => {
    const places: LinkedPlace[] = [{ name: 'Testshire', seats: [ref(9), ref(10)] }];
    const s = placeSensitivity(run(['E14000907']), run(['E14000907'], without(['E14000909', 'E14000910'])), places);
    expect(s.now!.estimate).toBeCloseTo(4.5, 12);
    expect(s.inMatched.map((c) => c.code)).toEqual(['E14000909']);
    expect(s.leftOut.map((c) => c.code)).toEqual(['E14000909', 'E14000910']);
    expect(s.without!.controls.map((c) => c.code)).not.toContain('E14000909');
    expect(describePlaceSensitivity(s)).toMatch(
      /^Sources also link the organising unit to 1 place without naming a seat \(Testshire\)\. Organisers may have worked in any of their 2 seats, so those seats may not be untouched yardsticks\. 1 of the headline comparison's 2 matched seats lies in them \(Fixture Seat 9\)\. Leaving all 2 out, the headline comparison's gap in Labour's share is [0-9.]+ points (better|worse) for Labour \(against [^)]+\); with them it is 4\.5 points better for Labour \(against Fixture Seat (9|5) and Fixture Seat (9|5)\)\. With one seat neither figure has an interval\.$/,
    );
  });

  it('says the headline does not change when no matched seat lies in the places', () => {
    const places: LinkedPlace[] = [{ name: 'Elsewhere', seats: [ref(3)] }];
    const s = placeSensitivity(run(['E14000907']), run(['E14000907'], without(['E14000903'])), places);
    expect(s.inMatched).toEqual([]);
    expect(describePlaceSensitivity(s)).toBe(
      `${INTRO(1)}Elsewhere). Organisers may have worked in its seat, so that seat may not be an untouched yardstick. None of the headline comparison's 2 matched seats lies in them, so leaving them out does not change it.`,
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
  const reading = (estimate: number, interval: boolean, controls: number[], matched = 15): MatchedReading => ({
    estimate,
    low: interval ? estimate - 1.4 : null,
    high: interval ? estimate + 1.4 : null,
    p: interval ? 0.2 : null,
    matched,
    controls: controls.map(ref),
  });
  const places: LinkedPlace[] = [
    { name: 'Stoke', seats: [ref(11), ref(12)] },
    { name: 'Wandsworth', seats: [ref(13)] },
  ];
  const sensitivity = (now: MatchedReading | null, without: MatchedReading | null, seats = 15): PlaceSensitivity => ({
    outcome: SWING,
    key: 'swing:butler',
    seats,
    places,
    leftOut: [ref(11), ref(12), ref(13)],
    inMatched: (now?.controls ?? []).filter((c) => ['E14000911', 'E14000912', 'E14000913'].includes(c.code)),
    now,
    without,
  });

  it('a set with an interval: names the matched seats in the places and gives the figure without them, with no interval', () => {
    const text = describePlaceSensitivity(
      sensitivity(reading(-0.92, true, [1, 2, 3, 4, 5, 11, 13]), reading(-0.07, false, [1, 2, 3, 4, 5, 6], 14)),
    );
    expect(text).toBe(
      `${INTRO(2)}Stoke and Wandsworth). Organisers may have worked in any of their 3 seats, so those seats may not be untouched yardsticks. 2 of the headline comparison's 7 matched seats lie in them (Fixture Seat 11 and Fixture Seat 13). Leaving all 3 out, the headline comparison's gap in the swing is 0.1 points more towards Labour (the 14 of the 15 seats with matched seats, against 6 different matched seats); with them it is 0.9 points more towards Labour (15 seats against 7 different matched seats). The figure without them is shown without an interval: the calibration checks the comparison as published.`,
    );
  });

  it('one seat whose only matched seat lies in a place: no seat can be matched without it, and no interval sentence', () => {
    const text = describePlaceSensitivity(sensitivity(reading(15.58, false, [13], 1), null, 1));
    expect(text).toContain(
      "The headline comparison's one matched seat, Fixture Seat 13, lies in them. Leaving all 3 out, no seat can be matched; with them the headline comparison's gap in the swing is 15.6 points more towards the Conservatives (against Fixture Seat 13).",
    );
    expect(text).not.toContain('interval');
  });

  it('no matched seat in the places but a different figure without them: both figures are given', () => {
    const text = describePlaceSensitivity(
      sensitivity(reading(-0.5, true, [1, 2, 3, 4, 5]), reading(-0.6, false, [1, 2, 3, 4, 5])),
    );
    expect(text).toContain("None of the headline comparison's 5 matched seats lies in them. Leaving all 3 out,");
    expect(text).toContain('with them it is 0.5 points more towards Labour');
  });
});
