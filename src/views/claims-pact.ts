// Claim view: the 2019 Unite to Remain pact. The pact vote (Liberal Democrat + Green + Plaid Cymru share) in the pact
// seats against other seats where all the pact parties stood, overall and by the party given the clear run.
import * as data from '../data/index';
import { listAnd } from '../lib/format/list';
import {
  matchedLargeReason,
  MIN_SEATS_AGAINST_OTHERS,
  MIN_SEATS_FOR_SET_INTERVAL,
  othersSmallReason,
  type Outcome,
} from '../lib/compare/index';
import { MIN_SEATS_FOR_INTERVAL } from '../lib/stats/t-interval';
import type { Party } from '../lib/parties';
import type { SeatMetrics } from '../lib/schema/metrics';
import type { ClaimParts, StripPanel } from './claim-page';
import { mag, moved, requireThat, seatSet, signed, type ClaimEntry } from './claims-common';
import { comparisonBlock, headlineOf, pairLabel, runComparison, type Pair, type RunOptions } from './claims-run';
import { chancePhrase, differencePhrase, formatP, outcomeOf, vocabulary } from '../lib/compare/index';
import type { Interval } from '../lib/stats/t-interval';
import { chosenRows, matchedRows, matchedSetRows, otherRows } from '../charts/strip-rows';
import type { ComparisonBlock } from './claims-types';
import { pactSeatTable } from './claims-pact-seats';
import { allPactPartiesStood, NI, standAsideBefore, WALES } from './claims-pact-field';

const ENGLAND = 'E92000001';
const ci = (i: Interval, n = 0, matched = n) => {
  if (i.low !== null && i.high !== null) return `95% interval ${signed(i.low)} to ${signed(i.high)}`;
  if (i.reason === 'calibration-miss') return i.note!;
  if (i.reason === 'large-matched') return matchedLargeReason(n, matched);
  return i.reason === 'small-against-others' ? othersSmallReason(n) : 'no interval (too few seats)';
};

/**
 * A comparison seat for the pact: in Great Britain, outside the pact, with Liberal Democrat and Green candidates at
 * the later election, and in Wales a Plaid Cymru candidate too. With `alsoBefore`, the same at the earlier election.
 */
const PARTY_WORDS: Partial<Record<Party, string>> = { ld: 'Liberal Democrat', green: 'Green', pc: 'Plaid Cymru' };

export function pactView(entry: ClaimEntry): ClaimParts {
  const set = seatSet(entry.params.set!);
  if (set.format !== 'seat-set') throw new Error(`${set.entry.id} is not a seat set`);
  const parties = (entry.params.parties ?? []) as Party[];
  const pair = entry.pair;
  const pact: Outcome = { kind: 'combinedChange', parties };
  const key = `combinedChange:${parties.join('+')}`;
  const codes = set.rows.map((r) => r.ons_code);
  const inPact = new Set(codes);
  const partyOf = new Map(set.rows.map((r) => [r.ons_code, r.attributes.party_given_clear_run as Party]));

  const eligible = new Set(
    data
      .metricsOf(pair.after)
      .filter((r) => !inPact.has(r.code) && allPactPartiesStood(r, parties))
      .map((r) => r.code),
  );
  const eligibleBoth = new Set(
    [...eligible].filter((c) => {
      const b = data.metricsFor(c, pair.before);
      return b !== undefined && allPactPartiesStood(b, parties);
    }),
  );
  const pool = (s: ReadonlySet<string>) => (r: SeatMetrics) => s.has(r.code);
  const nonNi = data.metricsOf(pair.after).filter((r) => r.nation !== NI && !inPact.has(r.code)).length;

  const all = runComparison(pair, codes, [pact], { pool: pool(eligible) });
  const strict = runComparison(pair, codes, [pact], { pool: pool(eligibleBoth) });
  const byParty = parties
    .map((p) => {
      const sub = codes.filter((c) => partyOf.get(c) === p);
      return {
        party: p,
        codes: sub,
        result: runComparison(pair, sub, [pact, { kind: 'change', party: p }], { pool: pool(eligible) }),
      };
    })
    .filter((x) => x.codes.length > 0);
  const englandWales = (r: SeatMetrics) => r.nation === ENGLAND || r.nation === WALES;
  const ew = runComparison(pair, codes, [pact], { pool: englandWales });

  const o = outcomeOf(all, key);
  const usedPool = [...eligible].filter((c) => !all.excluded.some((e) => e.code === c)).length;
  const others = o.otherSeats!;
  const matched = o.matched!;
  const setMean = o.set.mean!;
  const setInterval = o.set.interval?.low != null ? o.set.interval : null;
  const oEw = outcomeOf(ew, key);
  requireThat(setMean > 5, `the pact seats' average rise (${setMean}) is no longer over 5 points`);
  requireThat(
    others.difference !== null && matched.difference !== null && oEw.otherSeats?.difference != null,
    'a pact comparison is missing',
  );
  requireThat(
    others.difference!.high !== null && others.difference!.high < 5,
    "the other seats' interval now reaches 5 points: the verdict says that comparison rules out a 5-point differential",
  );
  requireThat(
    matched.difference!.estimate < 0 && matched.difference!.estimate > -2,
    "the pact seats no longer did slightly worse than their matched seats: the verdict says 'rose slightly less'",
  );

  // Second reading of "the UTR vote": the share of the candidate given the clear run, against the same party's
  // change in the other seats of the same regions where all the pact parties stood; combined over the three parties.
  const own = byParty.map((b) => ({ party: b.party, o: outcomeOf(b.result, `change:${b.party}`) }));
  // Each party's gap weighted by its seats compared. No interval: the parties' comparisons share comparison seats (so
  // they are not independent), two of them are too small for an interval of their own, and no calibration checks
  // the combination.
  const ownParts = own.filter((x) => x.o.otherSeats?.difference);
  const ownN = ownParts.reduce((t, x) => t + x.o.otherSeats!.setN, 0);
  const ownGap = ownParts.reduce((t, x) => t + (x.o.otherSeats!.setN / ownN) * x.o.otherSeats!.difference!.estimate, 0);
  const withoutOwn = own.filter((x) => x.o.otherSeats?.difference?.low == null);
  const ownNoInterval = `no interval: the three parties' comparisons share their comparison seats, ${listAnd(withoutOwn.map(({ party, o: po }) => `the ${PARTY_WORDS[party] ?? party} one (${po.set.n} seats)`))} ${withoutOwn.length === 1 ? 'is' : 'are'} too small for one of ${withoutOwn.length === 1 ? 'its' : 'their'} own (against other seats an interval needs ${MIN_SEATS_AGAINST_OTHERS} seats; against matched seats, as further down, ${MIN_SEATS_FOR_INTERVAL}), and no calibration checks the combination`;
  const ownMean = own.reduce((t, x) => t + x.o.set.n * (x.o.set.mean ?? 0), 0) / own.reduce((t, x) => t + x.o.set.n, 0);
  const vPact = vocabulary(pact);
  const phrase = (d: Interval, p: number | null) =>
    p === null ? differencePhrase(d, vPact) : `${differencePhrase(d, vPact)}, which ${chancePhrase(d, p)}`;

  const matchedText = `${phrase(matched.difference!, matched.p)}${matched.difference!.reason === 'large-matched' ? ` (${matchedLargeReason(matched.n + matched.unmatched.length, matched.n).replace(/^There is/, 'there is')})` : ''}`;
  const partyLine = own.map(({ party, o: po }) => {
    const d = po.otherSeats?.difference ?? null;
    return `${PARTY_WORDS[party] ?? party} candidates (${po.set.n} seats): own share ${moved(po.set.mean!)}${d === null ? '' : `, ${signed(d.estimate)} points against the party elsewhere in the same regions`}`;
  });
  requireThat(
    ownGap > 3 && ownGap < 5 && withoutOwn.length > 0,
    `the clear-run candidates' own gain (${ownGap}) is no longer about 4 points, or every party's comparison now has an interval: the words on Reading 2 must change`,
  );
  // The headline speaks only for the pact seats that have matched seats (their average is the engine's setMean):
  // say how the others moved.
  const unmatchedCodes = new Set(matched.unmatched.map((u) => u.code));
  const withoutMatch = o.set.values.filter((v) => unmatchedCodes.has(v.code));
  const withoutMean = withoutMatch.reduce((t, v) => t + v.value, 0) / withoutMatch.length;
  const heldAlone = matched.unmatched.filter((u) => u.message.startsWith('No other seat')).map((u) => u.name);
  const inWales = withoutMatch.filter((v) => data.seat(v.code)?.nation === WALES).length;
  const coverage =
    withoutMatch.length && matched.setMean !== null
      ? ` The headline covers only the ${matched.n} pact seats with matched seats, where the pact vote ${moved(matched.setMean)} on average; the other ${withoutMatch.length} (${inWales ? `${inWales} in Wales, ${withoutMatch.length - inWales} in England` : 'all in England'}), with no seat close enough to match${heldAlone.length ? ` (${listAnd(heldAlone)}: no other seat held by the same party)` : ''}, ${moved(withoutMean)}, so it speaks for the seats where the pact vote rose ${matched.setMean > withoutMean ? 'more' : 'less'}.`
      : '';
  const overFive = own.filter(({ o: po }) => (po.otherSeats?.difference?.estimate ?? 0) > 5);
  const verdict = [
    `In the ${o.set.n} pact seats with a result to compare${o.set.dropped.length ? ` (${o.set.dropped.map((d) => `${d.name} is left out: ${d.reason === 'speaker-seat' ? 'the Speaker stood there at one or both of the two elections' : d.message.toLowerCase()}`).join('; ')})` : ''}, the combined Liberal Democrat, Green and Plaid Cymru share ${moved(setMean)} on average: more than 5 points, as a description of these seats.${setInterval ? ` The interval beside that average in the tables (${signed(setInterval.low!)} to ${signed(setInterval.high!)}) treats these seats as a sample of seats like them; it reaches ${setInterval.low! < 5 ? 'below' : 'no lower than'} 5, so ${setInterval.low! < 5 ? 'it does not show that the pact vote would rise by more than 5 points in seats like them' : 'it holds for seats like them too'}.` : ''} That rise is not yet the claim's “differential increase”: the pact parties' vote rose in other seats as well, and the comparisons below measure the rise beyond them.`,
    `Reading 1, the pact vote (the three parties' shares added together), which is the headline here: against matched seats where all the pact parties stood, similar in the pact parties' previous margin and share, the Leave vote and deprivation, the pact seats did ${matchedText}.${coverage} Against the other seats of the same regions where all stood, each pact seat against its own region, the difference is ${phrase(others.difference!, others.p)}. Against all other seats of England and Wales, whoever stood, it is ${phrase(oEw.otherSeats!.difference!, oEw.otherSeats!.p)}: there the pact parties' vote fell back where one of them stood aside, so the pact seats look better.`,
    `Reading 2, the share of the candidate given the clear run: it ${moved(ownMean)} on average, against the same party's change in the other seats of the same regions where all stood: a gap of ${signed(ownGap)} points (${ownNoInterval}), so this reading cannot say whether the gap could be chance. By party: ${partyLine.join('; ')}. This reading counts the voters of the two parties that stood aside who moved to the pact candidate, so it is bound to be larger; it is exploratory here.`,
    `A “differential increase of over 5%” ${Math.max(matched.difference!.estimate, others.difference!.estimate, oEw.otherSeats!.difference!.estimate, ownGap) > 5 ? 'appears only in a comparison that does not hold other things equal' : overFive.length ? `appears in none of the comparisons of all the pact seats; only ${listAnd(overFive.map(({ party, o: po }) => `the ${PARTY_WORDS[party] ?? party} candidates' own share (${po.set.n} seats, ${signed(po.otherSeats!.difference!.estimate)} points)`))} rose by more than 5 points against the party elsewhere, an exploratory reading of a part of the pact` : 'appears in none of these comparisons'}. We have not seen the review's method or the seats it compared with, so it may have measured something else.`,
  ];

  const figures = [
    {
      label: `Pact vote in the pact seats, ${pairLabel(pair)}`,
      claimed: 'an increase of over 5%',
      computed: `${signed(setMean)} points (${o.set.n} seats)`,
      detail: 'Average change in the combined Liberal Democrat, Green and Plaid Cymru share.',
    },
    {
      label: 'Difference from other seats where all stood',
      claimed: 'over 5 (“differential”)',
      computed: `${signed(others.difference!.estimate)} points`,
      detail: `Against ${others.n} seats of the same regions; ${ci(others.difference!)}.`,
    },
    {
      label: 'Difference from matched seats (headline)',
      claimed: 'over 5 (“differential”)',
      computed: `${signed(matched.difference!.estimate)} points`,
      detail: `${ci(matched.difference!, matched.n + matched.unmatched.length, matched.n)}${matched.p === null ? '' : `; ${formatP(matched.p)}`}.`,
    },
    {
      label: 'Difference from all other England and Wales seats',
      claimed: 'over 5 (“differential”)',
      computed: `${signed(oEw.otherSeats!.difference!.estimate)} points`,
      detail: `Each pact seat against the other seats of its region, whoever stood (${oEw.otherSeats!.n} seats); ${ci(oEw.otherSeats!.difference!)}.`,
    },
    {
      label: 'Reading 2: the clear-run candidate’s own share, against the same party elsewhere',
      claimed: 'over 5 (“differential”)',
      computed: `${signed(ownGap)} points`,
      detail: `Each party's gap weighted by its seats; ${ownNoInterval}. Exploratory.`,
    },
  ];

  const seatTable = pactSeatTable(pair, parties, partyOf);

  const main = pairLabel(pair);
  const panel = (name: string, earlier: boolean): StripPanel | null =>
    earlier
      ? null
      : {
          parts: [
            chosenRows(name, 'All pact seats', o),
            ...byParty.map((b) => chosenRows(name, `${PARTY_WORDS[b.party]} clear run`, outcomeOf(b.result, key))),
            matchedSetRows(name, 'Pact seats with matched seats', o),
            matchedRows(name, 'Matched seats', o),
            otherRows(name, 'Other seats where all stood', o),
          ],
          benchmark: { label: "Pact seats' regions, all votes", value: o.regional.combined?.value },
        };

  const block = (
    id: string,
    title: string,
    r: typeof all,
    p: Pair,
    runPool: RunOptions['pool'],
    notes: string[] = [],
  ): ComparisonBlock =>
    comparisonBlock(r, p, {
      id,
      title,
      rowLabel: 'Pact seats',
      setLabel: 'pact seats',
      partialList: false,
      reproducible: false,
      notes,
      pool: runPool,
      ...headlineOf(entry, id),
    });
  const comparisons = [
    block(
      'all',
      `All pact seats against seats where all the pact parties stood in ${pair.after}`,
      all,
      pair,
      pool(eligible),
      [
        `Comparison seats: ${eligible.size} seats in Great Britain outside the pact where the Liberal Democrats and the Greens stood in ${pair.after} (in Wales, Plaid Cymru too), of ${nonNi} outside the pact; the Speaker's seat is left out.`,
      ],
    ),
    ...byParty.map((b) =>
      block(`party-${b.party}`, `${PARTY_WORDS[b.party]} given the clear run`, b.result, pair, pool(eligible)),
    ),
    block(
      'england-wales',
      'All pact seats against all other seats of England and Wales, whoever stood',
      ew,
      pair,
      englandWales,
      [
        'The plain comparison: every other seat of England and Wales, including seats where a pact party did not stand (where the pact parties\u2019 combined vote fell back for the same reason as in pact seats).',
      ],
    ),
    block(
      'strict',
      `Sensitivity: comparison seats where all the pact parties stood in both ${pair.before} and ${pair.after}`,
      strict,
      pair,
      pool(eligibleBoth),
      [
        `${eligibleBoth.size} comparison seats. In ${pair.before} some parties stood aside informally, which would inflate their return in ${pair.after}.`,
      ],
    ),
  ];

  return {
    verdict,
    figures,
    chart: {
      kind: 'strip',
      groups: [
        'All pact seats',
        ...byParty.map((b) => `${PARTY_WORDS[b.party]} clear run`),
        'Pact seats with matched seats',
        'Matched seats',
        'Other seats where all stood',
      ],
      cardGroups: ['All pact seats', 'Pact seats with matched seats', 'Matched seats', 'Other seats where all stood'],
      xLabel: 'Change in the combined Liberal Democrat, Green and Plaid Cymru share (points)',
      panel,
      title: `Change in the pact vote in the Unite to Remain seats and comparison seats, ${main}`,
      description: `Each dot is a seat. The combined Liberal Democrat, Green and Plaid Cymru share ${moved(setMean)} on average in the pact seats, against ${mag(others.comparator ?? others.mean!)} points in other seats of the same regions where all the pact parties stood; the ${matched.n} pact seats with matched seats ${moved(matched.setMean!)}, against ${mag(matched.controlMean!)} in their matched seats.`,
      caption: `Change in the combined Liberal Democrat, Green and Plaid Cymru share of the vote, in points. Diamonds are averages, with 95% intervals for the pact groups of ${MIN_SEATS_FOR_SET_INTERVAL} seats or more (a smaller group's average has none; its seats are the dots), except the pact seats with matched seats, which are there to sit beside their matched seats (the headline gap's interval is in the tables); the other seats' average weights each region by the pact seats in it, as the difference from them is measured. Matched seats are up to three of the most similar non-pact seats to each pact seat, won by the same party at the earlier election, among seats where all the pact parties stood; their diamond averages each pact seat's matched seats first, as the headline gap does, and sits beside the pact seats that have matched seats (the headline gap is also corrected for what matching left of the differences, so it is not quite the distance between those two diamonds).`,
      seatsSource: 'pact seats from the sources listed on the page',
      legend: {
        chosen: 'Pact seat',
        other: 'Comparison seat',
        average: 'Average (95% interval where shown)',
        benchmark: "All votes in the pact seats' regions",
      },
    },
    tables: [seatTable],
    comparisons,
    headlineText: `Headline comparison: the ${matched.n} pact seats against matched seats where all the pact parties stood, change in the pact vote: ${matchedText}. Everything else on this page is exploratory.`,
    method: [
      `Pact vote: the Liberal Democrat, Green and Plaid Cymru shares added together, a party that did not stand counting zero. Pact seats: the ${codes.length} seats in data/seat-sets/unite-to-remain-2019.csv, with the party given the clear run.`,
      `Comparison seats: seats in Great Britain outside the pact where the Liberal Democrats and the Greens had candidates in ${pair.after}, and in Wales Plaid Cymru too (${eligible.size} seats; ${usedPool} once the seats of other cited sets are kept out). Seats where a pact party was missing are left out, because there the pact vote is low for the same reason as in pact seats. Beaconsfield, Broxtowe and Luton South, where the Liberal Democrats stood down for other candidates, drop out for that reason.`,
    ],
    comparedWithin: "the pact seats' regions",
    noSwing: true,
    caveats: [
      'The parties chose seats they hoped to win, so pact seats differed from other seats before the pact.',
      'When two of the three parties stand aside, part of the change in their combined share comes from their voters having only one of the three to vote for.',
      'The pact is complete, but the matched comparison still relies on a few measures of similarity; it cannot capture local candidates or campaigns.',
      ...[standAsideBefore(o.set.values, parties, pair.before)].filter((c) => c !== null),
      'A difference is an association, not proof of cause.',
    ],
  };
}
