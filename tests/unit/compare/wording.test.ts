import { describe, expect, it } from 'vitest';
import { compareSeats } from '~/lib/compare/engine';
import { formatMagnitude, formatP, formatSigned } from '~/lib/compare/format';
import { listAnd } from '~/lib/format/list';
import type { OutcomeResult } from '~/lib/compare/types';
import { describeAgainstOthers, describeOutcome, describeUnresolved } from '~/lib/compare/wording';
import { chancePhrase, evidence } from '~/lib/compare/evidence';
import { balanceOf, outcomeNotes } from '~/lib/compare/rows';
import { fixtureInput, NOTIONAL, R1 } from '../../fixtures/compare/seats';
import { vocabulary } from '~/lib/compare/vocabulary';

const interval = (estimate: number, low: number, high: number) => ({ estimate, low, high, level: 0.95, se: 1, df: 10 });
const test = (p: number) => ({ p, exact: false, draws: 2000, mcError: 0.001, settled: true, stratified: false });

/** A hand-made result with the numbers of the example sentence in the brief (not real data). */
function example(): OutcomeResult {
  return {
    outcome: { kind: 'change', party: 'lab' },
    key: 'change:lab',
    set: { n: 9, size: 'small', mean: -7.9, interval: interval(-7.9, -10.6, -5.1), values: [], dropped: [] },
    regional: {
      regions: [
        { region: R1, name: 'Yorkshire and the Humber', value: -10.8, source: 'region-aggregates', setSeats: 9 },
      ],
      combined: { value: -10.8, source: 'region-aggregates', regions: [R1] },
    },
    otherSeats: {
      regions: [R1],
      values: [],
      n: 45,
      setN: 9,
      mean: -10.4,
      comparator: -10.4,
      difference: interval(2.5, -0.4, 5.3),
      test: test(0.2134),
      p: 0.2134,
      excluded: [],
      uncompared: [],
    },
    matched: null,
    regressionToMean: null,
  };
}

describe('number formats', () => {
  it('points to one decimal with a true minus, never -0.0', () => {
    expect(formatSigned(-2.25)).toBe('\u22122.3');
    expect(formatSigned(-0.04)).toBe('0.0');
    expect(formatSigned(3)).toBe('3.0');
    expect(formatMagnitude(-7.94)).toBe('7.9');
  });

  it('p to two significant figures with a floor', () => {
    expect(formatP(0.2134)).toBe('p = 0.21');
    expect(formatP(0.01234)).toBe('p = 0.012');
    expect(formatP(0.05)).toBe('p = 0.050');
    expect(formatP(0.001)).toBe('p = 0.0010');
    expect(formatP(0.0009)).toBe('p < 0.001');
    expect(formatP(1)).toBe('p = 1.0');
  });

  it('lists', () => {
    expect(listAnd(['a', 'b', 'c'])).toBe('a, b and c');
    expect(listAnd(['a'])).toBe('a');
    // A comma before the last "and" where a name holds "and", so "South Swindon and Tottenham" is not read as one seat.
    expect(listAnd(['Gloucester', 'South Swindon', 'Tottenham'])).toBe('Gloucester, South Swindon and Tottenham');
    expect(listAnd(['Crewe and Nantwich', 'South Swindon', 'Tottenham'])).toBe(
      'Crewe and Nantwich, South Swindon, and Tottenham',
    );
    expect(listAnd(['Cities of London and Westminster', 'Kensington'])).toBe(
      'Cities of London and Westminster, and Kensington',
    );
  });
});

describe('describeOutcome', () => {
  it('words the example from the brief', () => {
    const w = describeOutcome(example(), { setLabel: 'organiser seats named in public sources' });
    expect(w.set).toBe(
      "In the 9 organiser seats named in public sources (a small set), Labour's share fell by 7.9 points on average (95% interval 5.1 to 10.6)",
    );
    expect(w.others).toBe('against 10.4 points in the other 45 seats of the same region');
    expect(w.difference).toBe(
      'The difference, 2.5 points better for Labour (95% interval from 0.4 points worse for Labour to 5.3 points better for Labour), could be chance: p = 0.21.',
    );
    expect(w.regional).toBe(
      "Across every seat of Yorkshire and the Humber, counting all votes together, Labour's share fell by 10.8 points.",
    );
    expect(w.sentence.startsWith(`${w.set}, ${w.others}. ${w.difference} ${w.regional}`)).toBe(true);
    expect(w.caveats.map((c) => c.key)).toEqual(['small-sample', 'not-random', 'partial-list', 'association']);
    expect(w.caveats[0]!.text).toBe('With only 9 seats, one unusual result moves the average a lot.');
  });

  it('says when a difference is unlikely to be chance, and words rises and intervals that cross zero', () => {
    const r = example();
    r.set = { ...r.set, mean: 0.6, interval: interval(0.6, -1.2, 2.0) };
    r.otherSeats = { ...r.otherSeats!, mean: -3.1, comparator: -3.1, difference: interval(3.7, 1.1, 6.0), p: 0.0004 };
    const w = describeOutcome(r, { partialList: false });
    expect(w.set).toBe(
      "In the 9 chosen seats (a small set), Labour's share rose by 0.6 points on average (95% interval from a fall of 1.2 points to a rise of 2.0 points)",
    );
    expect(w.others).toBe('against a fall of 3.1 points in the other 45 seats of the same region');
    expect(w.difference).toBe(
      'The difference, 3.7 points better for Labour (95% interval 1.1 to 6.0), is unlikely to be chance alone: its 95% interval excludes zero and p < 0.001.',
    );
    expect(w.caveats.map((c) => c.key)).not.toContain('partial-list');
  });

  it('names the direction of each end of an interval that crosses zero, so that no end reads as a negative "worse"', () => {
    const r = example();
    r.otherSeats = { ...r.otherSeats!, mean: -5.4, comparator: -5.4, difference: interval(-2.5, -5.3, 0.4), p: 0.2 };
    expect(describeOutcome(r).difference).toBe(
      'The difference, 2.5 points worse for Labour (95% interval from 5.3 points worse for Labour to 0.4 points better for Labour), could be chance: p = 0.20.',
    );
  });

  it('words a difference that rounds to 0.0 with no direction, and both ends of its interval with theirs', () => {
    const r = example();
    r.otherSeats = { ...r.otherSeats!, difference: interval(-0.03, -2.5, 1.0), p: 0.9 };
    expect(describeOutcome(r).difference).toBe(
      'The difference, 0.0 points (95% interval from 2.5 points worse for Labour to 1.0 points better for Labour), could be chance: p = 0.90.',
    );
  });

  const base = fixtureInput({ set: [], outcomes: [], seed: 3, iterations: { batch: 200, maxDraws: 200 } });

  it('one seat: no interval, and a one-seat caveat', () => {
    const o = compareSeats({ ...base, set: ['E14000903'], outcomes: [{ kind: 'change', party: 'lab' }] }).outcomes[0]!;
    const w = describeOutcome(o, { setLabel: 'organiser seats' });
    expect(w.set).toBe("In the one organiser seat, Labour's share fell by 10.0 points");
    expect(w.others).toBe('against 9.3 points in the other 4 seats of the same region');
    expect(w.difference).toBe('The difference is 0.8 points worse for Labour.');
    expect(w.sentence).toContain('With one seat there is no interval or p-value');
    expect(w.caveats[0]).toEqual({ key: 'small-sample', text: 'One seat is an example, not evidence of a pattern.' });
    // Seat 3 was Labour-held, so its candidates are Seats 1, 2, 4, 8 and 10 (Seat 7, Conservative-held and with no
    // Leave estimate, is not one, so Leave is used). Its region's Seats 1, 2 and 4 come first: -8, -6, -12, mean -26/3,
    // and -10 - (-26/3) = -4/3.
    expect(w.matched).toBe(
      'Compared with 3 matched seats similar in previous margin (signed), previous share of the measured party, Leave estimate and deprivation (IMD), up to 3 per seat, won by the same party last time, from the same nation and region first, the gap was 1.3 points worse for Labour.',
    );
  });

  it('swing wording and the Speaker seat left out', () => {
    const o = compareSeats({ ...base, set: ['E14000901', 'E14000903', 'E14000906'], outcomes: [{ kind: 'swing' }] })
      .outcomes[0]!;
    const w = describeOutcome(o);
    // (6 + 8)/2 = 7 against R1 others S2 4.5, S4 9, S5 9: 7.5
    expect(w.set).toBe(
      'In the 2 chosen seats, the swing was 7.0 points towards the Conservatives on average (seat by seat: Fixture Seat 1 6.0 to Con; Fixture Seat 3 8.0 to Con)',
    );
    expect(w.others).toBe('against 7.5 points in the other 3 seats of the same region');
    expect(w.dropped).toBe(
      'Left out: Fixture Speaker Seat (The Speaker stood at one or both of the two elections, so the main parties did not both stand).',
    );
    expect(w.sentence.endsWith(w.dropped!)).toBe(true);
    expect(w.sentence).toContain('With 2 seats there is no interval or p-value');
    expect(w.sentence).not.toMatch(/interval [\d\u2212]/);
  });

  it('n = 0: says no comparison is possible and why', () => {
    const o = compareSeats({
      ...base,
      after: NOTIONAL,
      before: [],
      set: ['E14001100', 'E14001101'],
      outcomes: [{ kind: 'change', party: 'lab' }],
    }).outcomes[0]!;
    const w = describeOutcome(o);
    expect(w.set).toBe("No comparison is possible: none of the 2 chosen seats has a figure for Labour's share.");
    expect(w.others).toBeNull();
    expect(w.difference).toBeNull();
    expect(w.sentence).toContain('No earlier election on these boundaries in the data');
    const speaker = compareSeats({ ...base, set: ['E14000906'], outcomes: [{ kind: 'swing' }] }).outcomes[0]!;
    expect(describeOutcome(speaker).sentence).toBe(
      'No comparison is possible: the one chosen seat has no figure for the swing. Left out: Fixture Speaker Seat (The Speaker stood at one or both of the two elections, so the main parties did not both stand).',
    );
    const empty = compareSeats({ ...base, set: ['E14000999'], outcomes: [{ kind: 'change', party: 'lab' }] });
    expect(describeOutcome(empty.outcomes[0]!).sentence).toBe(
      'No comparison is possible: none of the chosen seats was found in the data.',
    );
    expect(describeUnresolved(empty)).toBe('Not used: E14000999 is not among the seats of this election in the data.');
  });

  it('combined change names the parties', () => {
    const o = compareSeats({
      ...base,
      set: ['E14000901', 'E14000903'],
      outcomes: [{ kind: 'combinedChange', parties: ['lab', 'con'] }],
    }).outcomes[0]!;
    expect(describeOutcome(o).set).toMatch(
      /^In the 2 chosen seats, the combined share of Labour and the Conservatives fell by 4\.0 points on average/,
    );
  });

  it('exploratory comparisons say so', () => {
    expect(describeOutcome(example(), { role: 'exploratory' }).sentence.startsWith('Exploratory comparison')).toBe(
      true,
    );
    expect(describeOutcome(example()).sentence.startsWith('Exploratory')).toBe(false);
  });
});

describe('a sentence never contradicts the interval beside it', () => {
  it('"unlikely to be chance" only when the interval excludes zero and p < 0.05', () => {
    expect(evidence(interval(3, 1, 5), 0.01)).toBe('clear');
    expect(evidence(interval(3, -0.4, 3.4), 0.0076)).toBe('test-only');
    expect(evidence(interval(3, 0.2, 5), 0.08)).toBe('interval-only');
    expect(evidence(interval(3, -1, 5), 0.3)).toBe('chance');
    expect(evidence({ ...interval(3, 0, 0), low: null, high: null }, null)).toBe('none');
    // The Unite to Remain placebo line of the old page: p = 0.0076 beside an interval of -0.4 to 3.4.
    expect(chancePhrase(interval(1.5, -0.4, 3.4), 0.0076)).toBe(
      'could be chance: its 95% interval includes zero, although p = 0.0076',
    );
    expect(chancePhrase(interval(1.5, 0.2, 3.4), 0.08)).toMatch(/^could still be chance/);
  });
});

describe('a matched comparison with a thin pool', () => {
  it('shows the gap with no interval or p-value and says why, in plain words', () => {
    const r = example();
    const matched = {
      k: 3,
      withReplacement: true,
      n: 30,
      setMean: 1,
      controlMean: 0,
      difference: { ...interval(1, 0, 2), low: null, high: null, se: null, df: null, reason: 'thin-pool' as const },
      adjustment: null,
      p: null,
      test: null,
      caliper: 1,
      pairs: [],
      balance: [],
      placebo: null,
      thinPool: { inRegions: 12 },
      unmatched: [],
      notes: [],
    };
    const w = describeOutcome({ ...r, matched });
    expect(w.matched).toContain('the gap was 1.0 points');
    expect(w.matched).toContain(
      'There is no interval or p-value for this gap: the 30 chosen seats\u2019 regions have only 12 other seats won by the same parties to compare with',
    );
    expect(w.matched).not.toMatch(/p = /);
  });
});

/** 9 chosen seats, of which only 3 have matched seats within the caliper. */
function fewMatchedResult(): OutcomeResult {
  const r = example();
  const pair = (name: string, difference: number) =>
    ({
      treated: { code: name, name, region: R1, value: difference },
      controls: [],
      difference,
      used: [],
      dropped: [],
    }) as never;
  const unmatched = Array.from({ length: 6 }, (_, i) => ({
    code: `U${i}`,
    name: `Unmatched ${i}`,
    region: R1,
    message: 'No seat of the same nation is within the matching caliper of 1 standard deviation',
  }));
  r.matched = {
    k: 3,
    withReplacement: false,
    n: 3,
    setMean: 0,
    controlMean: 0,
    difference: { ...interval(-1.8, 0, 0), low: null, high: null, se: null, df: null, reason: 'too-few' },
    adjustment: null,
    p: null,
    test: null,
    caliper: 1,
    pairs: [pair('Seat A', -1.2), pair('Seat B', 0.3), pair('Seat C', -4.5)],
    balance: [],
    placebo: null,
    thinPool: null,
    unmatched,
    notes: [],
  };
  return r;
}

describe('a matched comparison where fewer than 5 of the chosen seats have matched seats', () => {
  it('says why there is no interval and shows the seats one by one', () => {
    const w = describeOutcome(fewMatchedResult());
    // The sentence says the gap is over the seats that have matched seats, not all nine.
    expect(w.matched).toMatch(/^For the 3 of the 9 chosen seats that have matched seats, compared with /);
    expect(w.matched).toContain('the gap was 1.8 points worse for Labour.');
    expect(w.matched).toContain(
      'Only 3 of the 9 seats have matched seats: with 4 or fewer there is no interval or p-value, so each is shown: Seat A \u22121.2; Seat B +0.3; Seat C \u22124.5.',
    );
  });

  it('the table notes say so too', () => {
    expect(outcomeNotes(fewMatchedResult())).toContain(
      'Only 3 of the 9 seats have matched seats: with 4 or fewer there is no interval or p-value for the matched gap.',
    );
  });
});

describe('/compare/: the placebo pair against other seats', () => {
  it('words only the set and the other seats, not a second matching with other controls', () => {
    const r = example();
    r.matched = { ...(fewMatchedResult().matched as NonNullable<OutcomeResult['matched']>) };
    const w = describeOutcome(r);
    expect(describeAgainstOthers(r)).toBe(`${w.set}, ${w.others}. ${w.difference} ${w.regional}`);
    expect(describeAgainstOthers(r)).not.toMatch(/matched/);
  });
});

describe('balance table figures', () => {
  it('a figure that rounds to zero prints without a minus sign', () => {
    const r = fewMatchedResult();
    r.matched!.pairs = r.matched!.pairs.slice(0, 1);
    r.matched!.balance = [
      { covariate: 'prevShare', treatedMean: -0.04, beforeMean: 1, afterMean: -0.01, smdBefore: 0.5, smdAfter: -0.001 },
    ];
    const [row] = balanceOf(r)!.rows;
    expect([row!.chosen, row!.after, row!.smdAfter]).toEqual(['0.0', '0.0', '0.00']);
  });
});

describe('matched seats that are not close', () => {
  const balance = (smdAfter: number) => [
    { covariate: 'prevShare', treatedMean: 40, beforeMean: 30, afterMean: 39, smdBefore: 1, smdAfter: 0.05 },
    { covariate: 'leave', treatedMean: 50, beforeMean: 55, afterMean: 52, smdBefore: -0.4, smdAfter },
  ];
  const loose = (r: OutcomeResult) => outcomeNotes(r).filter((n) => n.startsWith('The matched seats are not close'));

  it('names each measure more than 0.1 standard deviations apart after matching, and says the gap is not corrected', () => {
    const r = fewMatchedResult();
    r.matched!.balance = balance(-0.25);
    expect(r.matched!.adjustment).toBeNull();
    expect(loose(r)).toEqual([
      'The matched seats are not close to the chosen seats in Leave estimate (0.250): more than 0.1 standard deviations apart after matching (the balance table rounds to two decimals), and the gap is not corrected for it.',
    ]);
  });

  it('says the fit takes it out where a fit was made, and nothing when every measure is within 0.1', () => {
    const r = fewMatchedResult();
    r.matched!.balance = balance(0.11);
    r.matched!.adjustment = { covariates: ['leave'], regions: false, controls: 12 };
    expect(loose(r)[0]).toMatch(
      /in Leave estimate .*: the straight-line fit takes what is left of that difference out of the gap\.$/,
    );
    r.matched!.balance = balance(0.1);
    expect(loose(r)).toEqual([]);
  });

  it('prints a distance just over 0.1 with the decimals that show it is over, never "more than 0.1 (0.100)"', () => {
    const r = fewMatchedResult();
    r.matched!.balance = balance(-0.10004);
    expect(loose(r)[0]).toContain('in Leave estimate (0.10004): more than 0.1 standard deviations apart');
  });
});

describe('a matched gap that was there one election earlier', () => {
  // The Greens' clear-run seats on the Unite to Remain page: -2.6 (-4.1 to -1.1) now, -1.6 one election earlier, and
  // a difference in differences of -1.0 (-3.7 to +1.7).
  function result(did: ReturnType<typeof interval>): OutcomeResult {
    const r = fewMatchedResult();
    r.matched!.difference = interval(-2.6, -4.1, -1.1);
    r.matched!.placebo = { n: 9, earlier: interval(-1.6, -3.6, 0.4), did };
    return r;
  }
  const said = 'One election earlier the gap already leaned the same way, and the change in it could be chance';

  it('says so when the gap is clear of zero, the earlier gap on the same side and the change in it is not', () => {
    expect(describeOutcome(result(interval(-1.0, -3.7, 1.7))).placebo).toContain(said);
  });

  it('says nothing more when the change in the gap is itself clear of zero', () => {
    expect(describeOutcome(result(interval(-2.0, -3.7, -0.3))).placebo).not.toContain(said);
  });
});

describe('the note on the straight-line fit says whether one was made', () => {
  function tested(adjustment: NonNullable<OutcomeResult['matched']>['adjustment']): OutcomeResult {
    const r = fewMatchedResult();
    r.matched!.test = { method: 't', p: 0.2 } as never;
    r.matched!.adjustment = adjustment;
    return r;
  }
  const fit = (r: OutcomeResult) => outcomeNotes(r).filter((n) => n.includes('straight-line fit'));

  it('with a fit: the gap is corrected', () => {
    expect(fit(tested({ covariates: ['prevShare', 'leave'], regions: false, controls: 24 }))).toEqual([
      'The matched gap is corrected for what is left of the differences in the matching measures (and region) by a straight-line fit over the matched seats; its p-value is the t test on that gap and the same standard error as its interval, which allows for matched seats serving more than one chosen seat and for the fit.',
    ]);
  });

  it('without one: the gap is not corrected, and why', () => {
    expect(fit(tested(null))).toEqual([
      'The matched gap is not corrected by a straight-line fit: the fit needs at least 4 different matched seats for each number it fits (20 for a constant and the 4 matching measures), and these seats have fewer, or their matched seats do not differ enough in those measures to fit. Its p-value is the t test on the gap and the same standard error as its interval, which allows for matched seats serving more than one chosen seat.',
    ]);
  });
});

describe('seat-by-seat lists say which way each seat swung', () => {
  it('a swing towards Labour reads "to Lab", never a bare negative beside words about Labour', () => {
    const v = vocabulary({ kind: 'swing', method: 'butler' });
    expect([v.seatValue(7.4), v.seatValue(-6.4), v.seatValue(0.02)]).toEqual(['7.4 to Con', '6.4 to Lab', 'nil']);
    expect([v.seatGap(-1.25), v.seatGap(2)]).toEqual(['1.3 more to Lab', '2.0 more to Con']);
  });
  it('a change in share stays signed: a rise is +, a fall −', () => {
    const v = vocabulary({ kind: 'change', party: 'lab' });
    expect([v.seatValue(4.4), v.seatValue(-1.9)]).toEqual(['+4.4', '\u22121.9']);
  });
});

describe('regression to the mean', () => {
  it("says its region average is every seat of the region, not the other seats' average of the comparison", () => {
    const r = fewMatchedResult();
    r.regressionToMean = {
      n: 556,
      slope: 0.2,
      intercept: 0,
      setN: 1,
      setEarlier: 0.3,
      setNow: 10.6,
      expectedNow: -0.1,
    };
    expect(describeOutcome(r).regressionToMean).toBe(
      "Regression to the mean: seats far from their region's average at one election tend to come back towards it at the next. At the election before, these seats' change in Labour's share was 0.3 points from their regions' seat average (every seat of the region counted, these and cited ones too: not the other seats' average above); other seats that were as far off then were −0.1 points off this time on average (a straight line fitted on 556 seats), against 10.6 points for these seats.",
    );
  });
});
