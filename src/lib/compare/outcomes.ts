// The measures a comparison can be run on, and how each is read from a seat row or a region row.
import { missing, type Maybe } from '../missing';
import { isParty, type Party } from '../parties';
import type { AreaMetrics, SeatMetrics } from '../schema/metrics';

export type Outcome =
  /** Change in one party's share, points. */
  | { kind: 'change'; party: Party }
  /** Con<->Lab swing, points, positive towards the Conservatives (Butler unless method is 'steed'). */
  | { kind: 'swing'; method?: 'butler' | 'steed' }
  /** Change in the summed share of several parties, points (a party absent in both elections counts zero). */
  | { kind: 'combinedChange'; parties: readonly Party[] };

/** A stable id for an outcome, used for seeds and keys, e.g. "change:lab", "swing:butler", "combinedChange:ld+green+pc". */
export function outcomeKey(o: Outcome): string {
  switch (o.kind) {
    case 'change':
      return `change:${o.party}`;
    case 'swing':
      return `swing:${o.method ?? 'butler'}`;
    case 'combinedChange':
      return `combinedChange:${o.parties.join('+')}`;
  }
}

type Row = Pick<SeatMetrics | AreaMetrics, 'shares' | 'change' | 'prevElection' | 'swingLabToCon' | 'steedSwing'>;

function fromRow(row: Row, o: Outcome): Maybe<number> {
  if (row.prevElection === null) return missing('no-previous-election');
  switch (o.kind) {
    case 'change':
      return row.change[o.party] ?? missing('party-did-not-stand');
    case 'swing':
      return o.method === 'steed' ? row.steedSwing : row.swingLabToCon;
    case 'combinedChange': {
      const present = o.parties.map((p) => row.change[p]).filter((v): v is number => v !== undefined);
      if (present.length === 0) return missing('party-did-not-stand');
      return present.reduce((s, v) => s + v, 0);
    }
  }
}

/** True when the Speaker stood in this seat at either election of the pair. */
export function isSpeakerSeat(row: Pick<SeatMetrics, 'shares' | 'change' | 'winner'>): boolean {
  return row.winner === 'spk' || row.shares.spk !== undefined || row.change.spk !== undefined;
}

/**
 * A seat's value of the outcome. The Speaker's seat is left out of every outcome: the main parties did not
 * stand against the Speaker, so its changes say nothing about campaigns.
 */
export function seatOutcome(row: SeatMetrics, o: Outcome): Maybe<number> {
  if (isSpeakerSeat(row)) return missing('speaker-seat');
  return fromRow(row, o);
}

/** A region's value of the outcome, from its sum-of-votes row. */
export function areaOutcome(row: AreaMetrics, o: Outcome): Maybe<number> {
  return fromRow(row, o);
}

export interface VoteTotals {
  validVotes: number;
  votes: Partial<Record<Party, number>>;
}

/** The outcome for a group of seats from its summed votes at the two elections. */
export function totalsOutcome(now: VoteTotals, before: VoteTotals, o: Outcome): Maybe<number> {
  if (now.validVotes <= 0 || before.validVotes <= 0) return missing('no-votes');
  const pct = (t: VoteTotals, p: Party) => (100 * (t.votes[p] ?? 0)) / t.validVotes;
  const stood = (p: Party) => now.votes[p] !== undefined || before.votes[p] !== undefined;
  switch (o.kind) {
    case 'change':
      return stood(o.party) ? pct(now, o.party) - pct(before, o.party) : missing('party-did-not-stand');
    case 'combinedChange':
      if (!o.parties.some(stood)) return missing('party-did-not-stand');
      return o.parties.reduce((s, p) => s + pct(now, p) - pct(before, p), 0);
    case 'swing': {
      if (!stood('con') || !stood('lab')) return missing('not-both-parties');
      if (o.method !== 'steed')
        return (pct(now, 'con') - pct(before, 'con') - (pct(now, 'lab') - pct(before, 'lab'))) / 2;
      const two = (t: VoteTotals) => (t.votes.con ?? 0) + (t.votes.lab ?? 0);
      if (two(now) <= 0 || two(before) <= 0) return missing('no-votes');
      const conShare = (t: VoteTotals) => (100 * (t.votes.con ?? 0)) / two(t);
      const labShare = (t: VoteTotals) => (100 * (t.votes.lab ?? 0)) / two(t);
      return (conShare(now) - conShare(before) - (labShare(now) - labShare(before))) / 2;
    }
  }
}

/** Adds a seat row's votes (recovered from its shares) into running totals, in place. */
export function addRowVotes(totals: VoteTotals, row: Pick<SeatMetrics, 'shares' | 'validVotes'>): void {
  totals.validVotes += row.validVotes;
  for (const [p, s] of Object.entries(row.shares) as [Party, number][])
    totals.votes[p] = (totals.votes[p] ?? 0) + (s * row.validVotes) / 100;
}

/** The outcome for a key as outcomeKey writes it ("change:lab", "swing:butler", "combinedChange:ld+green+pc"); throws on anything else. */
export function parseOutcomeKey(key: string): Outcome {
  const [kind, rest = ''] = key.split(':', 2) as [string, string?];
  const parties = rest.split('+');
  const bad = parties.filter((p) => !isParty(p));
  switch (kind) {
    case 'change':
      if (parties.length !== 1 || bad.length) break;
      return { kind: 'change', party: rest as Party };
    case 'swing':
      if (rest === 'butler' || rest === 'steed') return { kind: 'swing', method: rest };
      break;
    case 'combinedChange':
      if (parties.length < 2 || bad.length) break;
      return { kind: 'combinedChange', parties: parties as Party[] };
  }
  throw new Error(
    `unknown outcome "${key}": use change:<party>, swing:butler, swing:steed or combinedChange:<party>+<party>...`,
  );
}

/** The result of one outcome of a comparison, by its key (e.g. "change:lab"). */
export function outcomeOf<R extends { key: string }>(result: { outcomes: R[] }, key: string): R {
  const o = result.outcomes.find((x) => x.key === key);
  if (!o) throw new Error(`no outcome ${key} in the comparison`);
  return o;
}
