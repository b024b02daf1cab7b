// "All other candidates" compared like with like. Each election's source gives some parties columns of their own
// (elections.ts, ownColumns) and counts every other candidate in "All other candidates", carving out only a winner or
// runner-up outside them. So the group differs between sources: the 2010 file names the BNP and independents, the
// 2015 file counts them as other; 2017's names UKIP, 2019's does not. Before a change is taken, the earlier
// election's parties that the later source would have counted as other are added to its other (their own change
// still counts the later election as zero, as for any party without a row there). A party carved out in the later
// election that the earlier source counted as other has no change, and neither has other: how much of the earlier
// other was that party is not known. Nor has a party that stood earlier only within a joint ticket (2010's UCUNF, the
// Conservatives and the UUP in Northern Ireland): the ticket's votes are not split between its parties.
import { election, type ElectionId } from '../elections';
import { JOINT_TICKETS, RENAMED, onlyWithinTicket, type Party } from '../parties';
import type { VoteCounts } from './share';

/** The parties the later (`now`) and the earlier (`before`) election's sources name (null: every party). */
export interface OwnColumns {
  now: readonly Party[] | null;
  before: readonly Party[] | null;
}

/** The OwnColumns of an election and the one it is compared with. */
export function ownColumnsOf(id: ElectionId): OwnColumns {
  const e = election(id);
  return { now: e.ownColumns, before: e.previous ? election(e.previous).ownColumns : null };
}

/**
 * Never counted as other: a joint ticket of named parties (parties.ts: 2010's UCUNF, Conservatives and UUP), and the
 * Speaker, who wins the seat and so has a row in every source where the Speaker stood.
 */
const NEVER_OTHER: readonly Party[] = [...(Object.keys(JOINT_TICKETS) as Party[]), 'spk'];

export interface Comparable {
  /** The earlier result with the parties the later source counts as other added to its other. */
  before: VoteCounts;
  /**
   * Parties whose change is not given: one carved out later from an earlier other, and other with it; one that stood
   * earlier only within a joint ticket.
   */
  noChange: ReadonlySet<Party>;
}

export function likeWithLike(now: VoteCounts, before: VoteCounts, own: OwnColumns): Comparable {
  const named = (list: readonly Party[] | null, p: Party) => list === null || list.includes(p);
  const parties = (r: VoteCounts) => (Object.keys(r.votes) as Party[]).filter((p) => p !== 'other');
  const folded = parties(before).filter(
    (p) =>
      now.votes[p] === undefined &&
      !named(own.now, p) &&
      !NEVER_OTHER.includes(p) &&
      // The later source's column of a renamed party holds its votes, whether or not it stood again there.
      !(RENAMED[p] && named(own.now, RENAMED[p])),
  );
  const carved = parties(now).filter(
    (p) => before.votes[p] === undefined && !named(own.now, p) && !named(own.before, p) && !NEVER_OTHER.includes(p),
  );
  const joint = parties(now).filter((p) => onlyWithinTicket(p, before.votes));
  const noChange = new Set<Party>([...(carved.length ? [...carved, 'other' as const] : []), ...joint]);
  if (!folded.length) return { before, noChange };
  const other = folded.reduce((sum, p) => sum + (before.votes[p] ?? 0), before.votes.other ?? 0);
  return { before: { validVotes: before.validVotes, votes: { ...before.votes, other } }, noChange };
}
