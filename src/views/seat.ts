// View model of a seat page: everything the page shows, gathered from the data layer (pages only lay it out).
import * as data from '../data/index';
import { ELECTIONS, election, type ElectionId } from '../lib/elections';
import { areaByCode, NATIONS, regionByCode } from '../lib/geography';
import { isMissing, type Maybe } from '../lib/missing';
import { isParty, partyInfo, type Party } from '../lib/parties';
import type { AreaMetrics, SeatMetrics } from '../lib/schema/metrics';
import type { NotionalSeat } from '../lib/schema/notional';
import type { SeatResult } from '../lib/schema/result';

export interface ResultRow {
  party: Party;
  name: string;
  colour: string;
  votes: number;
  share: number;
  change: number | null;
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
}

export interface LinkedSeat {
  code: string;
  name: string;
  share: number;
}

export interface CoverageItem {
  setId: string;
  setTitle: string;
  kind: string;
  sourceUrl: string;
  sourceTitle: string;
  confidence: string;
  note: string;
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
  leavePct: number | null;
}

/** A seat-set row's extra columns in words, e.g. "Party given a clear run: Green"; party codes become names. */
function describeAttributes(declared: readonly { column: string; label: string }[], values: Record<string, string>): string {
  return declared
    .filter((a) => values[a.column])
    .map((a) => {
      const v = values[a.column]!;
      return `${a.label}: ${isParty(v) ? partyInfo(v).name : v}`;
    })
    .join('; ') || 'In the set';
}

export function outcomeWords(m: SeatMetrics): string {
  const w = partyInfo(m.winner).short;
  if (!m.prevWinner) return `${w} won`;
  if (m.prevWinner === m.winner) return `${w} hold`;
  return `${w} gain from ${partyInfo(m.prevWinner).short}`;
}

function rowsOf(r: SeatResult, m: SeatMetrics): ResultRow[] {
  return (Object.entries(r.votes) as [Party, number][])
    .map(([party, votes]) => ({
      party,
      name: partyInfo(party).name,
      colour: partyInfo(party).colour,
      votes,
      share: m.shares[party] ?? 0,
      change: m.change[party] ?? null,
    }))
    .sort((a, b) => (a.party === 'other' ? 1 : 0) - (b.party === 'other' ? 1 : 0) || b.votes - a.votes);
}

export function seatView(code: string): SeatView {
  const seat = data.seat(code);
  if (!seat) throw new Error(`unknown seat ${code}`);
  const region = regionByCode(seat.region);
  const nation = NATIONS.find((n) => n.code === seat.nation);
  const elections: ElectionBlock[] = [];
  const sets = data.boundarySetsOf(code);
  // For unchanged seats the 2019 notional result repeats the real 2019 one, so it is not shown twice.
  for (const e of ELECTIONS.filter((x) => sets.includes(x.boundarySet) && !(sets.length === 2 && x.notional))) {
    const metrics = data.metricsFor(code, e.id);
    const result = data.resultFor(code, e.id);
    if (!metrics || !result) continue;
    elections.push({
      id: e.id, label: e.label, date: e.date, estimated: metrics.estimated && e.notional, metrics, result,
      rows: rowsOf(result, metrics), outcome: outcomeWords(metrics),
      region: data.areaFor(seat.region, e.id), nation: data.areaFor(seat.nation, e.id),
    });
  }
  const latest = elections[elections.length - 1];
  if (!latest) throw new Error(`no results for ${code}`);
  const name = (c: string) => data.seat(c)?.name ?? c;
  const coverage: CoverageItem[] = [];
  const cur = data.curated();
  for (const set of cur.sets) {
    for (const row of set.rows) {
      if (row.ons_code !== code) continue;
      coverage.push({
        setId: set.entry.id,
        setTitle: set.entry.title,
        kind: 'link_kind' in row ? String(row.link_kind) : describeAttributes(set.entry.attributes, row.attributes),
        sourceUrl: row.source_url,
        sourceTitle: row.source_title,
        confidence: row.confidence,
        note: row.note,
      });
    }
  }
  return {
    seat,
    sets,
    regionName: region?.name ?? seat.region,
    regionSlug: region?.slug ?? '',
    nationName: nation?.name ?? areaByCode(seat.nation)?.name ?? seat.nation,
    elections,
    latest,
    notional: sets.includes('2024') ? data.notionalFor(code) : undefined,
    predecessors: sets.includes('2024') ? data.predecessors(code).map((l) => ({ code: l.old, name: name(l.old), share: l.popShareOfNew })) : [],
    successors: sets.includes('2010') ? data.successors(code).map((l) => ({ code: l.new, name: name(l.new), share: l.popShareOfOld })) : [],
    coverage,
    leavePct: data.contextFor(code)?.leavePct ?? null,
  };
}

export function maybeNum(v: Maybe<number>): number | null {
  return isMissing(v) ? null : v;
}

export { election };
