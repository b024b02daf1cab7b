// Derives the published per-seat metrics row from a seat's result and its result at the previous election.
import { election } from '../elections';
import { isMissing } from '../missing';
import type { Party } from '../parties';
import type { SeatMetrics } from '../schema/metrics';
import type { SeatResult } from '../schema/result';
import { majorityPct, turnoutPct } from './majority';
import { likeWithLike, ownColumnsOf, type OwnColumns } from './like-with-like';
import { share, shareChange } from './share';
import { butlerSwing, steedSwing } from './swing';

export interface SeatFacts {
  code: string;
  name: string;
  region: string;
  nation: string;
}

export function sharesOf(r: Pick<SeatResult, 'validVotes' | 'votes'>): Partial<Record<Party, number>> {
  const out: Partial<Record<Party, number>> = {};
  for (const p of Object.keys(r.votes) as Party[]) {
    const s = share(r, p);
    if (!isMissing(s)) out[p] = s;
  }
  return out;
}

/**
 * Each party's change in share since `before`, with "All other candidates" compared like with like (like-with-like.ts):
 * `own` gives the parties each election's source has columns for.
 */
export function changesOf(
  now: Pick<SeatResult, 'validVotes' | 'votes'>,
  before: Pick<SeatResult, 'validVotes' | 'votes'> | null,
  own: OwnColumns,
): Partial<Record<Party, number>> {
  const out: Partial<Record<Party, number>> = {};
  if (!before) return out;
  const like = likeWithLike(now, before, own);
  const parties = new Set([...Object.keys(now.votes), ...Object.keys(before.votes)] as Party[]);
  for (const p of parties) {
    if (like.noChange.has(p)) continue;
    const c = shareChange(now, like.before, p);
    if (!isMissing(c)) out[p] = c;
  }
  return out;
}

export function seatMetrics(facts: SeatFacts, now: SeatResult, before: SeatResult | null): SeatMetrics {
  const e = election(now.election);
  return {
    election: now.election,
    code: now.code,
    name: facts.name,
    region: facts.region,
    nation: facts.nation,
    boundarySet: e.boundarySet,
    electorate: now.electorate,
    validVotes: now.validVotes,
    turnoutPct: turnoutPct(now.validVotes, now.electorate),
    winner: now.winner,
    second: now.second,
    majorityVotes: now.majority,
    majorityPct: now.majority === null ? { missing: 'no-votes' } : majorityPct(now.majority, now.validVotes),
    shares: sharesOf(now),
    prevElection: e.previous,
    prevWinner: e.previous && before ? before.winner : null,
    change: changesOf(now, before, ownColumnsOf(now.election)),
    swingLabToCon: butlerSwing(now, e.previous ? before : null),
    steedSwing: steedSwing(now, e.previous ? before : null),
    estimated: now.estimated || (before?.estimated ?? false),
  };
}
