// Estimates 2019 party votes on the 2024 seats by sharing each old seat's votes among the new seats in proportion
// to the population that moved (mySociety overlaps), then reconciles the estimate with the official notional result.
// "All other candidates" are several people, so they are no rival as a whole; but where an old seat's results name one
// of them as winner or runner-up (Ashfield 2019: the Ashfield Independents, second), that candidate's votes are known
// and are shared out like a party's, and the largest such share a new seat receives ranks beside the parties.
import { quantile } from 'd3';
import type { Party } from '../../src/lib/parties';
import { placings } from '../../src/lib/metrics/majority';
import type { Lineage } from '../../src/lib/schema/lineage';
import type { NotionalSeat, NotionalSummary } from '../../src/lib/schema/notional';
import type { SeatResult } from '../../src/lib/schema/result';
import type { OfficialNotional } from '../parse/notional';

export const NOTIONAL_METHOD = 'estimate:population-overlap';

export function estimateNotional(
  results2019: readonly SeatResult[],
  lineage: readonly Lineage[],
  official: ReadonlyMap<string, OfficialNotional>,
  officialSource: string,
): { results: SeatResult[]; seats: NotionalSeat[]; summary: NotionalSummary } {
  const byOld = new Map(results2019.map((r) => [r.code, r]));
  const acc = new Map<
    string,
    { votes: Partial<Record<Party, number>>; valid: number; electorate: number; outside: number }
  >();
  for (const l of lineage) {
    const old = byOld.get(l.old);
    if (!old) throw new Error(`no 2019 result for ${l.old}`);
    const a = acc.get(l.new) ?? { votes: {}, valid: 0, electorate: 0, outside: 0 };
    a.valid += old.validVotes * l.popShareOfOld;
    a.electorate += (old.electorate ?? 0) * l.popShareOfOld;
    a.outside = Math.max(a.outside, outsideCandidateVotes(old) * l.popShareOfOld);
    for (const [p, v] of Object.entries(old.votes) as [Party, number][])
      a.votes[p] = (a.votes[p] ?? 0) + v * l.popShareOfOld;
    acc.set(l.new, a);
  }
  const results: SeatResult[] = [];
  const seats: NotionalSeat[] = [];
  for (const [code, off] of [...official].sort(([a], [b]) => a.localeCompare(b))) {
    const raw = acc.get(code);
    if (!raw) throw new Error(`no overlap rows reach new seat ${code}`);
    // Scale to the official valid-vote total, which is known: shares are unchanged, sums match the official figure.
    const scale = off.validVotes / raw.valid;
    const a = {
      ...raw,
      valid: off.validVotes,
      votes: Object.fromEntries(Object.entries(raw.votes).map(([p, v]) => [p, v * scale])) as Partial<
        Record<Party, number>
      >,
    };
    const ranked = rivals(a.votes, raw.outside * scale);
    const [first, second] = ranked;
    if (!first) throw new Error(`no estimated votes for ${code}`);
    // An official winner among all others whom no old result names (none in 2019) counts with their total.
    const officialWinner = ranked.find((p) => p.party === off.winner)?.votes ?? a.votes[off.winner] ?? 0;
    const officialSecond = ranked.find((p) => p.party !== off.winner);
    const estimate = {
      winner: first.party,
      second: second?.party ?? null,
      majority: first.votes - (second?.votes ?? 0),
      validVotes: raw.valid,
      electorate: raw.electorate,
      officialWinnerMargin: officialWinner - Math.max(0, officialSecond?.votes ?? 0),
    };
    results.push({
      election: '2019N',
      code,
      electorate: off.electorate,
      validVotes: a.valid,
      votes: a.votes,
      winner: off.winner,
      second: officialSecond?.party ?? null,
      majority: off.majority,
      estimated: true,
      sources: {
        votes: NOTIONAL_METHOD,
        validVotes: officialSource,
        second: NOTIONAL_METHOD,
        winner: officialSource,
        majority: officialSource,
        electorate: officialSource,
      },
    });
    seats.push({
      code,
      official: { winner: off.winner, majority: off.majority, electorate: off.electorate, validVotes: off.validVotes },
      estimate,
      winnerAgrees: estimate.winner === off.winner,
    });
  }
  return { results, seats, summary: summarise(seats) };
}

/**
 * The votes of the one candidate among "all other candidates" whom a result names as winner or runner-up (from the
 * published majority); 0 when neither is among them.
 */
export function outsideCandidateVotes(r: SeatResult): number {
  // Winner and runner-up both among them: the majority separates two of them, and neither one's votes are known.
  if (r.majority === null || (r.winner === 'other' && r.second === 'other')) return 0;
  if (r.second === 'other') return Math.max(0, (r.votes[r.winner] ?? 0) - r.majority);
  if (r.winner === 'other' && r.second) return (r.votes[r.second] ?? 0) + r.majority;
  return 0;
}

/** The estimate's contenders, most votes first: the parties, and the one outside candidate where there is one. */
function rivals(votes: Partial<Record<Party, number>>, outside: number) {
  const parties = placings({ validVotes: 0, votes }).filter((p) => p.party !== 'other');
  return outside > 0
    ? [...parties, { party: 'other' as const, votes: outside }].sort((x, y) => y.votes - x.votes)
    : parties;
}

function summarise(seats: NotionalSeat[]): NotionalSummary {
  const diffs = seats.map((s) => s.estimate.officialWinnerMargin - s.official.majority).sort((a, b) => a - b);
  const count = (pick: (s: NotionalSeat) => Party) => {
    const out: Partial<Record<Party, number>> = {};
    for (const s of seats) out[pick(s)] = (out[pick(s)] ?? 0) + 1;
    return out;
  };
  return {
    seats: seats.length,
    winnersAgree: seats.filter((s) => s.winnerAgrees).length,
    disagreements: seats
      .filter((s) => !s.winnerAgrees)
      .map((s) => ({ code: s.code, official: s.official.winner, estimate: s.estimate.winner })),
    majorityDifference: {
      median: quantile(diffs, 0.5) ?? 0,
      meanAbsolute: diffs.reduce((s, d) => s + Math.abs(d), 0) / diffs.length,
      p10: quantile(diffs, 0.1) ?? 0,
      p90: quantile(diffs, 0.9) ?? 0,
      min: diffs[0] ?? 0,
      max: diffs[diffs.length - 1] ?? 0,
    },
    seatsWonOfficial: count((s) => s.official.winner),
    seatsWonEstimate: count((s) => s.estimate.winner),
  };
}
