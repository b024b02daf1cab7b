import { describe, expect, it } from 'vitest';
import { compareSeats } from '~/lib/compare/engine';
import {
  describeRuleSensitivity,
  ruleSensitivity,
  type RuleReading,
  type RuleSensitivity,
} from '~/lib/compare/rule-sensitivity';
import type { CompareInput } from '~/lib/compare/types';
import { fixtureInput } from '../../fixtures/compare/seats';
import { run, SWING } from './run-fixture';

// The engine fixture's hand-worked matches (tests/unit/compare/engine.test.ts), change in Labour's share:
// current rule, Seats 1, 3 and 7 against S4, S2, S10 / S2, S4, S8 / S9, S5: gap 17/18; nation only, against
// S2, S4, S5 / S2, S4, S5 / S8, S9, S10: gap 4/3. Seat 7 alone: S9 (-4) and S5 (-11) now, so -3 - (-7.5) = 4.5;
// S8, S9, S10 (-5, -4, -8) before, so -3 - (-17/3) = 8/3.
const both = (set: string[], more: Partial<CompareInput> = {}) =>
  ruleSensitivity(run(set, more), run(set, { ...more, exact: 'nation' }), '2017');
const LEAD =
  'The matching rule changed on 7 December 2026, after the claim pages were first published: matched seats must now have been won by the same party in 2017, not only be in the same nation, because a seat a party narrowly held could otherwise be matched with one it narrowly missed. ';

describe('ruleSensitivity', () => {
  it('reads the matched gap, the seats matched and the distinct matched seats under each rule', () => {
    const s = both(['E14000901', 'E14000903', 'E14000907']);
    expect([s.key, s.before, s.seats]).toEqual(['change:lab', '2017', 3]);
    expect(s.now!.estimate).toBeCloseTo(17 / 18, 12);
    expect(s.earlier!.estimate).toBeCloseTo(4 / 3, 12);
    expect([s.now!.matched, s.earlier!.matched]).toEqual([3, 3]);
    expect([s.now!.low, s.earlier!.low]).toEqual([null, null]);
    const codes = (r: typeof s.now) => r!.controls.map((c) => c.code).sort();
    expect(codes(s.now)).toEqual(['E14000902', 'E14000904', 'E14000905', 'E14000908', 'E14000909', 'E14000910']);
    expect(codes(s.earlier)).toEqual(codes(s.now));
    expect(describeRuleSensitivity(s)).toBe(
      `${LEAD}Under the earlier rule the headline comparison's gap in Labour's share is 1.3 points better for Labour (3 seats against Fixture Seat 4, Fixture Seat 2, Fixture Seat 5, Fixture Seat 9, Fixture Seat 8 and Fixture Seat 10); under the current rule it is 0.9 points better for Labour (3 seats against Fixture Seat 4, Fixture Seat 2, Fixture Seat 10, Fixture Seat 8, Fixture Seat 9 and Fixture Seat 5). With 3 seats neither figure has an interval.`,
    );
  });

  it('names the matched seats when the chosen seats are under 5, in the order they were matched, and gives no seat count for one chosen seat', () => {
    const s = both(['E14000907']);
    expect(s.now!.estimate).toBeCloseTo(4.5, 12);
    expect(s.earlier!.estimate).toBeCloseTo(8 / 3, 12);
    const text = describeRuleSensitivity(s);
    expect(text).toMatch(
      /earlier rule the headline comparison's gap in Labour's share is 2\.7 points better for Labour \(against Fixture Seat (8|9|10), Fixture Seat (8|9|10) and Fixture Seat (8|9|10)\);/,
    );
    expect(text).toMatch(
      /current rule it is 4\.5 points better for Labour \(against Fixture Seat (9|5) and Fixture Seat (9|5)\)\./,
    );
    expect(text).toMatch(/With one seat neither figure has an interval\.$/);
  });

  it('says so when no seat could be matched', () => {
    const s = both(['E14000901'], { poolFilter: () => false });
    expect([s.now, s.earlier]).toEqual([null, null]);
    expect(describeRuleSensitivity(s)).toMatch(
      /missed\. Under the earlier rule no seat can be matched; under the current rule no seat can be matched\. With one seat/,
    );
  });

  it('refuses two different outcomes', () => {
    const swing = compareSeats(
      fixtureInput({ set: ['E14000901'], outcomes: [SWING], seed: 1, iterations: { batch: 400, maxDraws: 400 } }),
    ).outcomes[0]!;
    expect(() => ruleSensitivity(run(['E14000901']), swing, '2017')).toThrow(/change:lab against swing:butler/);
  });
});

describe('describeRuleSensitivity: hand-made readings', () => {
  const seat = (i: number) => ({ code: `E1400090${i}`, name: `Seat ${i}`, region: 'R' });
  const reading = (estimate: number, interval: boolean, matched = 15): RuleReading => ({
    estimate,
    low: interval ? estimate - 1.4 : null,
    high: interval ? estimate + 1.4 : null,
    level: 0.95,
    p: interval ? 0.2 : null,
    matched,
    treated: [],
    controls: [1, 2, 3, 4, 5, 6, 7].map(seat),
  });
  const sensitivity = (now: RuleReading, earlier: RuleReading, seats = 15): RuleSensitivity => ({
    outcome: SWING,
    key: 'swing:butler',
    before: '2017',
    seats,
    now,
    earlier,
  });

  it('a set with an interval now: the earlier figure is shown without one, and a nil gap names no direction', () => {
    expect(describeRuleSensitivity(sensitivity(reading(-0.92, true), reading(0.04, false)))).toBe(
      `${LEAD}Under the earlier rule the headline comparison's gap in the swing is 0.0 points, no gap either way (15 seats against 7 different matched seats); under the current rule it is 0.9 points more towards Labour (15 seats against 7 different matched seats). The earlier rule's figure is shown without an interval: the calibration now checks only the current rule.`,
    );
  });

  it('a set whose current figure has no interval either (e.g. 30 seats or more) says neither has one', () => {
    const text = describeRuleSensitivity(sensitivity(reading(-0.56, false, 45), reading(-0.08, false, 45), 59));
    expect(text).toContain('(the 45 of the 59 seats with matched seats, against 7 different matched seats)');
    expect(text).toMatch(/\. Neither figure has an interval \(the reason is given above\)\.$/);
  });
});
