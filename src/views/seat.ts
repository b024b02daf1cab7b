// View model of a seat page: everything the page shows, gathered from the data layer (pages only lay it out).
import * as data from '../data/index';
import { ELECTIONS, election, type ElectionId } from '../lib/elections';
import { areaByCode, NATIONS, regionByCode } from '../lib/geography';
import { isMissing, missing, type Maybe } from '../lib/missing';
import { couldStand, onlyWithinTicket, partyInfo, type Party } from '../lib/parties';
import type { AreaMetrics, SeatMetrics } from '../lib/schema/metrics';
import type { NotionalSeat } from '../lib/schema/notional';
import type { SeatResult } from '../lib/schema/result';
import { memo } from '../lib/memo';
import { coverageOf, linkedCoverageOf, type CoverageItem, type LinkedCoverageItem } from './seat-coverage';
import { candidateRows, type RowCandidate } from '../lib/metrics/candidate-rows';
import { pairSwing, topTwoOf, type PairSwing } from '../lib/metrics/swing';

export interface ResultRow {
  party: Party;
  name: string;
  colour: string;
  votes: number;
  share: number;
  change: number | null;
  /**
   * 'new': the party did not stand here at the previous election, so its change is its whole share; 'joint': it stood
   * then only within a joint ticket whose votes are not split between its parties, so it has no change; else null.
   */
  mark: 'new' | 'joint' | null;
  /** Names of the candidates whose votes the row counts, most votes first (2024 only; the official file names every candidate). */
  candidates: string[];
}

export interface ElectionBlock {
  id: ElectionId;
  label: string;
  date: string;
  estimated: boolean;
  metrics: SeatMetrics;
  result: SeatResult;
  rows: ResultRow[];
  outcome: string;
  region: AreaMetrics | undefined;
  nation: AreaMetrics | undefined;
  /** The member elected, where the official file names them (2019 and 2024). */
  member: string | undefined;
  /** The two parties with the largest shares at this election: the pair its swing is framed by. */
  pair: [Party, Party] | null;
  /** Swing between that pair against the previous election, "points from A to B"; null with no previous election. */
  swing: Maybe<PairSwing> | null;
  /** Those of the pair that did not stand here at the previous election (then there is no swing between them). */
  newcomers: Party[];
  /** Those of the pair the previous election's results give no figure for (an Independent counted among all others). */
  uncounted: Party[];
  /** One of the pair did not exist at the previous election (the Brexit Party against 2017): no area swing on it. */
  unborn: boolean;
  /** A notional result's party ahead in Groundwork's estimated votes, where the official notional winner is another. */
  estimateLeader: Party | null;
}

/** A seat on the other boundary set that shares population with this one, with its own results and evidence. */
export interface LinkedStory extends LinkedSeat {
  /** Share of the other seat's population that this link holds (the other side of `share`). */
  otherShare: number;
  elections: ElectionBlock[];
  coverage: CoverageItem[];
}

export interface LinkedSeat {
  code: string;
  name: string;
  share: number;
}

export interface SeatView {
  seat: data.Seat;
  /** Both for the few seats whose boundaries and code did not change in 2024. */
  sets: ('2010' | '2024')[];
  regionName: string;
  regionSlug: string;
  nationName: string;
  elections: ElectionBlock[];
  latest: ElectionBlock;
  notional: NotionalSeat | undefined;
  predecessors: LinkedSeat[];
  successors: LinkedSeat[];
  coverage: CoverageItem[];
  /** 2024 seat: its 2010-2023 predecessors' stories; 2010-2023 seat: its 2024 successors' (none for unchanged seats). */
  linked: LinkedStory[];
  /** Cited seat sets of the linked seats (organiser evidence reached through boundary changes), a row once. */
  linkedCoverage: LinkedCoverageItem[];
  leavePct: number | null;
}

export function outcomeWords(m: SeatMetrics): string {
  const w = partyInfo(m.winner).short;
  if (!m.prevWinner) return `${w} won`;
  if (m.prevWinner === m.winner) return `${w} hold`;
  return `${w} gain from ${partyInfo(m.prevWinner).short}`;
}

function rowsOf(
  r: SeatResult,
  m: SeatMetrics,
  before: SeatMetrics | undefined,
  candidates: readonly RowCandidate[],
): ResultRow[] {
  const named = candidateRows(r.votes, candidates);
  // A change is the whole share exactly when the party had no votes here before (under its old name either: Reform UK
  // is measured from the Brexit Party); "All other candidates" may hold earlier candidates counted apart then. A party
  // that stood before only within a joint ticket has no change (like-with-like.ts).
  const markOf = (p: Party): ResultRow['mark'] => {
    if (before === undefined) return null;
    const change = m.change[p];
    if (change === undefined) return onlyWithinTicket(p, before.shares) ? 'joint' : null;
    return Math.abs(change - (m.shares[p] ?? 0)) > 1e-9 ? null : 'new';
  };
  // All other candidates come last, unless they hold the winner or runner-up (an independent who came second).
  const last = (p: Party) => (p === 'other' && m.winner !== 'other' && m.second !== 'other' ? 1 : 0);
  return (Object.entries(r.votes) as [Party, number][])
    .map(([party, votes]) => ({
      party,
      name: party === 'other' ? otherName(m) : partyInfo(party).name,
      colour: partyInfo(party).colour,
      votes,
      share: m.shares[party] ?? 0,
      change: m.change[party] ?? null,
      mark: markOf(party),
      candidates: named.get(party) ?? [],
    }))
    .sort((a, b) => last(a.party) - last(b.party) || b.votes - a.votes);
}

/** "All other candidates", saying so when the winner or runner-up is among them (the majority is theirs). */
function otherName(m: SeatMetrics): string {
  const name = partyInfo('other').name;
  if (m.winner === 'other') return `${name} (the winner among them)`;
  return m.second === 'other' ? `${name} (the runner-up among them)` : name;
}

/**
 * The seat's own top-two swing: none where the Speaker held the seat at either election (the main parties stood
 * aside), nor where one of the two did not stand here before (its whole share would count as a swing to it). A 2019
 * notional result with the Speaker's votes from a slice of the Speaker's old seat (South Ribble) is no Speaker's seat:
 * it keeps its swing, as it keeps the Butler swing.
 */
function seatPairSwing(
  change: SeatMetrics['change'],
  pair: [Party, Party],
  newcomers: readonly Party[],
  speakerSeat: boolean,
): Maybe<PairSwing> {
  if (speakerSeat) return missing('speaker-seat');
  const swing = pairSwing(change, pair[0], pair[1]);
  return isMissing(swing) || newcomers.length === 0 ? swing : missing('new-in-top-two');
}

function estimateLeaderOf(code: string): Party | null {
  const n = data.notionalFor(code);
  return n && !n.winnerAgrees ? n.estimate.winner : null;
}

/**
 * The swing on a block's top two in its region or nation (`change`): none where one of the pair did not exist at the
 * previous election (its whole share would count), nor for an independent (different independents stood there).
 */
export function areaPairSwing(b: ElectionBlock, change: AreaMetrics['change']): Maybe<PairSwing> | null {
  if (!b.pair) return null;
  if (b.unborn) return missing('new-in-top-two');
  return b.uncounted.includes('ind') ? missing('party-did-not-stand') : pairSwing(change, b.pair[0], b.pair[1]);
}

/** Each election a seat was fought on, on the boundary sets given (unchanged seats do not repeat 2019 as notional). */
function blocksOf(code: string, sets: readonly ('2010' | '2024')[], region: string, nation: string): ElectionBlock[] {
  const out: ElectionBlock[] = [];
  for (const e of ELECTIONS.filter((x) => sets.includes(x.boundarySet) && !(sets.length === 2 && x.notional))) {
    const metrics = data.metricsFor(code, e.id);
    const result = data.resultFor(code, e.id);
    if (!metrics || !result) continue;
    const candidates = e.id === '2024' ? data.candidatesFor(code) : [];
    const pair = topTwoOf(metrics);
    const before = metrics.prevElection ? data.metricsFor(code, metrics.prevElection) : undefined;
    const rows = rowsOf(result, metrics, before, candidates);
    const newcomers = rows.filter((r) => r.mark === 'new' && pair?.includes(r.party)).map((r) => r.party);
    const speakerSeat = metrics.winner === 'spk' || before?.winner === 'spk';
    const swing = metrics.prevElection && pair ? seatPairSwing(metrics.change, pair, newcomers, speakerSeat) : null;
    const uncounted =
      isMissing(swing) && swing.missing === 'party-did-not-stand'
        ? (pair ?? []).filter(
            (p) => metrics.change[p] === undefined && !rows.some((r) => r.party === p && r.mark === 'joint'),
          )
        : [];
    out.push({
      id: e.id,
      label: e.label,
      date: e.date,
      estimated: metrics.estimated && e.notional,
      metrics,
      result,
      rows,
      outcome: outcomeWords(metrics),
      region: data.areaFor(region, e.id),
      nation: data.areaFor(nation, e.id),
      member: e.id === '2019' || e.id === '2024' ? data.memberFor(code, e.id) : undefined,
      pair,
      swing,
      newcomers,
      uncounted,
      unborn:
        !!pair &&
        !!metrics.prevElection &&
        pair.some((p) => !couldStand(p, Number(election(metrics.prevElection!).date.slice(0, 4)))),
      estimateLeader: e.notional ? estimateLeaderOf(code) : null,
    });
  }
  return out;
}

/** One view per seat per build: the page, its alias page, its chart and its social card share it (do not mutate). */
export const seatView = memo((code: string): SeatView => {
  const seat = data.seat(code);
  if (!seat) throw new Error(`unknown seat ${code}`);
  const region = regionByCode(seat.region);
  const nation = NATIONS.find((n) => n.code === seat.nation);
  const sets = data.boundarySetsOf(code);
  const elections = blocksOf(code, sets, seat.region, seat.nation);
  const latest = elections[elections.length - 1];
  if (!latest) throw new Error(`no results for ${code}`);
  const name = (c: string) => data.seat(c)?.name ?? c;
  const predecessors =
    sets.includes('2024') && sets.length === 1
      ? data
          .predecessors(code)
          .map((l) => ({ code: l.old, name: name(l.old), share: l.popShareOfNew, otherShare: l.popShareOfOld }))
      : [];
  const successors =
    sets.includes('2010') && sets.length === 1
      ? data
          .successors(code)
          .map((l) => ({ code: l.new, name: name(l.new), share: l.popShareOfOld, otherShare: l.popShareOfNew }))
      : [];
  const otherSet: '2010' | '2024' = predecessors.length ? '2010' : '2024';
  // Every linked seat has a seat row in the published data; the mini test site (tools/check/mini-site.ts) keeps
  // rows for only some seats, and there a linked seat without one is left out of the story.
  const linked: LinkedStory[] = [...predecessors, ...successors].flatMap((l) => {
    const other = data.seatOn(l.code, otherSet) ?? data.seat(l.code);
    return other
      ? [{ ...l, elections: blocksOf(l.code, [otherSet], other.region, other.nation), coverage: coverageOf(l.code) }]
      : [];
  });
  return {
    seat,
    sets,
    regionName: region?.name ?? seat.region,
    regionSlug: region?.slug ?? '',
    nationName: nation?.name ?? areaByCode(seat.nation)?.name ?? seat.nation,
    elections,
    latest,
    notional: sets.includes('2024') ? data.notionalFor(code) : undefined,
    predecessors: predecessors.map(({ code: c, name: n, share }) => ({ code: c, name: n, share })),
    successors: successors.map(({ code: c, name: n, share }) => ({ code: c, name: n, share })),
    coverage: coverageOf(code),
    linked,
    linkedCoverage: linkedCoverageOf(linked),
    leavePct: data.contextFor(code)?.leavePct ?? null,
  };
});

export { election };
