// View model of the home page's headline: seats won in 2024 beside the official 2019 notional result, with vote shares.
// The results file gives some parties no column of its own (independents, the TUV): it counts their candidates among
// all other candidates except where one won or came second, so their share is taken from every candidate's votes.
import { rollup, sum } from 'd3';
import * as data from '../data/index';
import { election, hasOwnColumn } from '../lib/elections';
import { UK } from '../lib/geography';
import { isMissing } from '../lib/missing';
import { partyInfo, partyName, PARTY_CODES, type Party } from '../lib/parties';
import type { AreaMetrics } from '../lib/schema/metrics';

export interface HeadlineRow {
  party: Party;
  name: string;
  colour: string;
  seats: number;
  /** Official 2019 notional seats on the same boundaries. */
  seatsBefore: number;
  share: number | null;
  shareChange: number | null;
  /** The share counts every candidate of the party (it has no column of its own in the results file); no change. */
  fromCandidates: boolean;
}

export interface HomeHeadline {
  totalSeats: number;
  majorityLine: number;
  rows: HeadlineRow[];
  winner: HeadlineRow;
  turnout: number | null;
}

export interface HeadlineInput {
  area2024: Pick<AreaMetrics, 'seats' | 'seatsWon' | 'shares' | 'change' | 'turnoutPct'>;
  /** Official notional seats won in 2019 on the 2024 boundaries. */
  notionalSeats: Partial<Record<Party, number>>;
  /** The parties the 2024 results file gives a column of their own (null: every party). */
  ownColumns: readonly Party[] | null;
  /** Every 2024 candidate's votes summed by party, for the parties without a column. */
  candidateVotes: Partial<Record<Party, number>>;
}

/** Rows for every party that won a seat in either; largest first, ties in the site's party order. */
export function buildHeadline(input: HeadlineInput): HomeHeadline {
  const { area2024: a, notionalSeats, ownColumns, candidateVotes } = input;
  const parties = PARTY_CODES.filter((p) => (a.seatsWon[p] ?? 0) > 0 || (notionalSeats[p] ?? 0) > 0);
  const allVotes = sum(Object.values(candidateVotes));
  const rows = parties
    .map((p) => {
      const fromCandidates = !hasOwnColumn(ownColumns, p);
      const votes = candidateVotes[p];
      return {
        party: p,
        name: partyName(p),
        colour: partyInfo(p).colour,
        seats: a.seatsWon[p] ?? 0,
        seatsBefore: notionalSeats[p] ?? 0,
        share: fromCandidates
          ? votes !== undefined && allVotes > 0
            ? (100 * votes) / allVotes
            : null
          : (a.shares[p] ?? null),
        shareChange: fromCandidates ? null : (a.change[p] ?? null),
        fromCandidates,
      };
    })
    .sort(
      (x, y) =>
        y.seats - x.seats ||
        y.seatsBefore - x.seatsBefore ||
        PARTY_CODES.indexOf(x.party) - PARTY_CODES.indexOf(y.party),
    );
  if (!rows[0]) throw new Error('buildHeadline: no seats won');
  return {
    totalSeats: a.seats,
    majorityLine: Math.floor(a.seats / 2) + 1,
    rows,
    winner: rows[0],
    turnout: isMissing(a.turnoutPct) ? null : a.turnoutPct,
  };
}

export function homeHeadline(): HomeHeadline {
  const area = data.areaFor(UK.code, '2024');
  if (!area) throw new Error('no UK figures for 2024');
  const candidates = data.people().candidates2024;
  return buildHeadline({
    area2024: area,
    notionalSeats: data.notional().summary.seatsWonOfficial,
    ownColumns: election('2024').ownColumns,
    candidateVotes: Object.fromEntries(
      rollup(
        candidates,
        (g) => sum(g, (c) => c.votes),
        (c) => c.party,
      ),
    ),
  });
}
