// Rows of the published tables that are not results: the curated lists (organisers, seat sets, membership) and the
// matching inputs the site uses (context, lineage, the 2019 notional estimate). Pure functions of the derived data.
import type { CuratedData } from '../schema/curated-data';
import type { CsvValue } from '../format/csv';
import type { Lineage } from '../schema/lineage';
import type { SeatContext } from '../schema/metrics';
import type { NotionalSeat } from '../schema/notional';
import type { MembershipRow } from '../schema/curated';
import { DICTIONARY } from './dictionary';
import { roundTo } from '../format/numbers';
import { election, type ElectionId } from '../elections';

type Row = Record<string, CsvValue>;
const r2 = (v: number) => roundTo(v, 2);
const r4 = (v: number) => roundTo(v, 4);
const columnsOf = (file: string) => DICTIONARY.find((t) => t.file === file)!.columns.map((c) => c.column);

/** A copy of `items` ordered by the text of `keys`, the first that differs deciding. */
function sortedBy<K extends string, T extends Record<K, string>>(items: readonly T[], ...keys: K[]): T[] {
  return [...items].sort((a, b) => {
    for (const k of keys) {
      const c = a[k].localeCompare(b[k]);
      if (c !== 0) return c;
    }
    return 0;
  });
}

/** The repository file each membership list comes from. */
export const MEMBERSHIP_FILES: Record<string, string> = {
  labourYearEnd: 'data/membership/labour-year-end.csv',
  parties: 'data/membership/parties-hocl.csv',
  others: 'data/membership/parties-reported.csv',
};

export const ORGANISERS_COLUMNS = columnsOf('organisers.csv');
/** The name of a row's seat on its election's boundaries, from names keyed "set:code". */
const seatName = (names: ReadonlyMap<string, string>, id: ElectionId, code: string) =>
  names.get(`${election(id).boundarySet}:${code}`) ?? '';

export function organisersRows(
  cur: Pick<CuratedData, 'organisers' | 'unresolvedOrganisers'>,
  names: ReadonlyMap<string, string>,
): Row[] {
  // A place's seats depend only on its local authority and its election's boundaries.
  const placeKey = (id: ElectionId, authority: string) => `${election(id).boundarySet}:${authority}`;
  const placeSeats = new Map(
    cur.unresolvedOrganisers.map((u) => [
      placeKey(u.row.election, u.row.local_authority_code!),
      u.seats.map((s) => s.code).join(' '),
    ]),
  );
  return cur.organisers.map((r) => ({
    set_id: r.set_id,
    ons_code: r.ons_code,
    constituency: r.ons_code ? seatName(names, r.election, r.ons_code) : '',
    local_authority_code: r.local_authority_code,
    place_seats: r.local_authority_code ? (placeSeats.get(placeKey(r.election, r.local_authority_code)) ?? '') : '',
    name_in_source: r.name_in_source,
    election: r.election,
    link_kind: r.link_kind,
    source_url: r.source_url,
    source_title: r.source_title,
    confidence: r.confidence,
    note: r.note,
  }));
}

export const SEAT_SETS_COLUMNS = columnsOf('seat-sets.csv');
export function seatSetsRows(cur: Pick<CuratedData, 'sets'>, names: ReadonlyMap<string, string>): Row[] {
  const out: Row[] = [];
  for (const s of cur.sets) {
    if (s.format !== 'seat-set') continue;
    for (const r of s.rows) {
      const attrs = Object.entries(r.attributes);
      const base = {
        set_id: r.set_id,
        ons_code: r.ons_code,
        constituency: seatName(names, r.election, r.ons_code),
        name_in_source: r.name_in_source,
        election: r.election,
      };
      const tail = { source_url: r.source_url, source_title: r.source_title, confidence: r.confidence, note: r.note };
      if (attrs.length === 0) out.push({ ...base, attribute: null, attribute_value: null, ...tail });
      // One attribute per set today; a second would need its own column, so refuse rather than publish a duplicate key.
      if (attrs.length > 1)
        throw new Error(`seat set ${s.entry.id} has ${attrs.length} extra columns; seat-sets.csv takes one`);
      for (const [attribute, value] of attrs) out.push({ ...base, attribute, attribute_value: value, ...tail });
    }
  }
  return out;
}

/** Every membership figure with the file it comes from, ordered by party then date (the order the chart draws). */
export function membershipPoints(cur: Pick<CuratedData, 'membership'>): (MembershipRow & { file: string })[] {
  const all = Object.entries(cur.membership).flatMap(([key, rows]) =>
    (rows as MembershipRow[]).map((r) => ({ ...r, file: MEMBERSHIP_FILES[key] ?? key })),
  );
  return sortedBy(all, 'party', 'date', 'kind', 'source_url');
}

export const MEMBERSHIP_CSV_COLUMNS = columnsOf('membership.csv');
export function membershipRows(cur: Pick<CuratedData, 'membership'>): Row[] {
  return membershipPoints(cur).map((r) => ({
    party: r.party,
    date: r.date,
    date_precision: r.date_precision,
    members: r.members,
    kind: r.kind,
    source_url: r.source_url,
    source_title: r.source_title,
    confidence: r.confidence,
    note: r.note,
    file: r.file,
  }));
}

export const CONTEXT_COLUMNS = columnsOf('context.csv');
export function contextRows(context: readonly SeatContext[], names: ReadonlyMap<string, string>): Row[] {
  return sortedBy(context, 'boundarySet', 'code').map((c) => ({
    ons_code: c.code,
    boundary_set: c.boundarySet,
    constituency: names.get(`${c.boundarySet}:${c.code}`) ?? '',
    leave_pct: c.leavePct === null ? null : r2(c.leavePct),
    leave_source: c.leavePct === null ? null : c.boundarySet === '2010' ? 'leave-2010' : 'leave-2024',
    deprivation_score: c.imdScore === null ? null : r4(c.imdScore),
    deprivation_method:
      c.imdScore === null ? null : c.boundarySet === '2010' ? 'published' : 'reweighted-from-2010-seats',
  }));
}

export const LINEAGE_COLUMNS = columnsOf('lineage.csv');
export function lineageRows(lineage: readonly Lineage[], names: ReadonlyMap<string, string>): Row[] {
  return sortedBy(lineage, 'old', 'new').map((l) => ({
    old_code: l.old,
    old_constituency: names.get(`2010:${l.old}`) ?? '',
    new_code: l.new,
    new_constituency: names.get(`2024:${l.new}`) ?? '',
    pop_share_of_old: r4(l.popShareOfOld),
    pop_share_of_new: r4(l.popShareOfNew),
  }));
}

export const NOTIONAL_COLUMNS = columnsOf('notional-2019.csv');
export function notionalRows(seats: readonly NotionalSeat[], names: ReadonlyMap<string, string>): Row[] {
  return sortedBy(seats, 'code').map((s) => ({
    ons_code: s.code,
    constituency: names.get(`2024:${s.code}`) ?? '',
    official_winner: s.official.winner,
    official_majority: s.official.majority,
    estimate_winner: s.estimate.winner,
    estimate_second: s.estimate.second,
    estimate_majority: r2(s.estimate.majority),
    official_winner_margin: r2(s.estimate.officialWinnerMargin),
    winner_agrees: s.winnerAgrees,
  }));
}
