// Vote share per party as a percentage of valid votes, and its change between two elections.
import { missing, type Maybe } from '../missing';
import { earlierCode, RENAMED, type Party } from '../parties';

export interface VoteCounts {
  validVotes: number;
  votes: Partial<Record<Party, number>>;
}

/** Share of valid votes in percent; a party that did not stand has no share. */
export function share(r: VoteCounts, party: Party): Maybe<number> {
  const v = r.votes[party];
  if (v === undefined) return missing('party-did-not-stand');
  if (r.validVotes <= 0) return missing('no-votes');
  return (100 * v) / r.validVotes;
}

/** Share counting a party that did not stand as zero (for differences and sums). */
export function shareOrZero(r: VoteCounts, party: Party): Maybe<number> {
  if (r.validVotes <= 0) return missing('no-votes');
  return (100 * (r.votes[party] ?? 0)) / r.validVotes;
}

/**
 * Change in share in percentage points, now minus before. A party that stood in only one of the two
 * elections counts as zero in the other; if it stood in neither, the change does not exist. A renamed party
 * (parties.ts: Reform UK, formerly the Brexit Party) is measured from its share under the old name, and the old
 * name has no change of its own where the new one stood.
 */
export function shareChange(now: VoteCounts, before: VoteCounts | null, party: Party): Maybe<number> {
  if (!before) return missing('no-previous-election');
  const renamed = RENAMED[party];
  if (renamed && now.votes[party] === undefined && now.votes[renamed] !== undefined) return missing('party-renamed');
  const was = now.votes[party] !== undefined ? earlierCode(party, (p) => before.votes[p] !== undefined) : party;
  if (now.votes[party] === undefined && before.votes[was] === undefined) return missing('party-did-not-stand');
  const a = shareOrZero(now, party);
  const b = shareOrZero(before, was);
  if (typeof a !== 'number') return a;
  if (typeof b !== 'number') return b;
  return a - b;
}

/** Sum of several parties' shares (e.g. the Unite to Remain pact vote), absent parties counting zero. */
export function combinedShare(r: VoteCounts, parties: readonly Party[]): Maybe<number> {
  if (r.validVotes <= 0) return missing('no-votes');
  return (100 * parties.reduce((s, p) => s + (r.votes[p] ?? 0), 0)) / r.validVotes;
}
