// View model of the home page's headline: seats won in 2024 beside the official 2019 notional result, with vote shares.
import * as data from '../data/index';
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
}

/** Rows for every party that won a seat in either; largest first, ties in the site's party order. */
export function buildHeadline(input: HeadlineInput): HomeHeadline {
  const { area2024: a, notionalSeats } = input;
  const parties = PARTY_CODES.filter((p) => (a.seatsWon[p] ?? 0) > 0 || (notionalSeats[p] ?? 0) > 0);
  const rows = parties
    .map((p) => ({
      party: p,
      name: partyName(p),
      colour: partyInfo(p).colour,
      seats: a.seatsWon[p] ?? 0,
      seatsBefore: notionalSeats[p] ?? 0,
      share: a.shares[p] ?? null,
      shareChange: a.change[p] ?? null,
    }))
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
  return buildHeadline({ area2024: area, notionalSeats: data.notional().summary.seatsWonOfficial });
}
