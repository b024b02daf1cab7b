// Names each 2024 candidate in the result row that counts their votes. The results take a winner or runner-up outside
// the named parties (an independent, the Speaker) out of "all other candidates"; the other candidates of that label
// stay there, so they are named there too, as are candidates of a party without a row of its own. Those are named with
// their party and votes, which that row's total does not show (the TUV's 1,918 in Belfast East). A row whose votes
// are not those of the candidates it would name stops the build rather than name people beside votes not theirs.
import { count } from '../format/numbers';
import type { Party } from '../parties';

export interface RowCandidate {
  name: string;
  party: string;
  /** The party as the candidates file names it ("Traditional Unionist Voice", "Independent"). */
  partyName: string;
  votes: number;
  elected: boolean;
}

/**
 * Candidate names by result row ("Jeremy Corbyn (elected)"), most votes first, those among all other candidates with
 * their party and votes ("John Ross (Traditional Unionist Voice, 1,918)"); rows with no candidate are absent.
 */
export function candidateRows(
  votes: Partial<Record<Party, number>>,
  candidates: readonly RowCandidate[],
): Map<Party, string[]> {
  const out = new Map<Party, string[]>();
  // Elections without a candidate file (all before 2024) have no names to place.
  if (candidates.length === 0) return out;
  const add = (party: Party, text: string) => out.set(party, [...(out.get(party) ?? []), text]);
  const sorted = [...candidates].sort((a, b) => b.votes - a.votes);
  const rest: RowCandidate[] = [];
  for (const party of new Set(sorted.map((c) => c.party))) {
    const own = sorted.filter((c) => c.party === party);
    const row = party === 'other' ? undefined : votes[party as Party];
    if (row === undefined) {
      rest.push(...own);
      continue;
    }
    // The largest candidates whose votes make up the row; the smaller ones are counted among all other candidates.
    let sum = 0;
    let k = 0;
    while (k < own.length && sum < row) sum += own[k++]!.votes;
    if (sum !== row) throw new Error(`${party}'s ${row} votes are not those of its leading candidates (${sum})`);
    for (const c of own.slice(0, k)) add(party as Party, c.elected ? `${c.name} (elected)` : c.name);
    rest.push(...own.slice(k));
  }
  const restVotes = rest.reduce((s, c) => s + c.votes, 0);
  if (restVotes !== (votes.other ?? 0))
    throw new Error(
      `all other candidates' ${votes.other ?? 0} votes are not those of the candidates left (${restVotes})`,
    );
  for (const c of rest.sort((a, b) => b.votes - a.votes)) add('other', `${c.name} (${c.partyName}, ${count(c.votes)})`);
  return out;
}
