// View model of a region or nation page: its seats with their latest result, and its results and swing election by election.
import * as data from '../data/index';
import { ELECTIONS, countedAsOther, election, type BoundarySet, type ElectionId } from '../lib/elections';
import { NATIONS, REGIONS, UK, type Area } from '../lib/geography';
import { describeMissing, isMissing, type Maybe, type Missing } from '../lib/missing';
import {
  isNamedParty,
  onlyWithinTicket,
  partyInfo,
  partyName,
  PARTY_CODES,
  RENAMED,
  ticketsOf,
  type Party,
} from '../lib/parties';
import type { AreaMetrics, SeatMetrics } from '../lib/schema/metrics';
import { listAnd } from '../lib/format/list';
import { fixedAbs } from '../lib/format/numbers';
import { outcomeShort } from '../lib/maps/values-label';
import { formatMetric, NO_PARTY, type Metric } from '../lib/metrics/metric';
import { METRICS, ordered } from '../lib/metrics/registry';
import { seatUrl } from '../site/paths';
import { MAP_AREAS } from './map-data';

/** A party gets a column when it reached this share in the area at some election. */
export const REGION_PARTY_MIN_SHARE = 5;

export interface RegionParty {
  code: Party;
  name: string;
  short: string;
  colour: string;
}

export interface RegionSeatRow {
  code: string;
  name: string;
  href: string;
  winner: string;
  winnerColour: string;
  outcome: string;
  /** The figures under REGION_SEAT_COLUMNS, written as the page shows them. */
  figures: string[];
}

export interface RegionElectionRow {
  id: ElectionId;
  label: string;
  set: BoundarySet;
  estimated: boolean;
  /** First election on the 2024 boundaries: not comparable with the row before. */
  newBoundaries: boolean;
  seats: number;
  seatsWon: { party: Party; short: string; seats: number }[];
  shares: Partial<Record<Party, number>>;
  /** Parties whose share here is under their later name (the Brexit Party's under Reform UK's), by that name. */
  renamed: Partial<Record<Party, Party>>;
  /** Butler swing, for the page's opening sentence, with the two changes it is made of in words. */
  swing: Maybe<number>;
  /** "the Conservative share fell 11.5 points and Labour's 5.1"; null without both changes. */
  conLab: string | null;
  /** The figures under REGION_HISTORY_COLUMNS (a metric, and the UK's where the metric asks for it). */
  figures: string[];
}

export interface RegionView {
  area: Area;
  /** For an English region, England; for England, null. */
  parent: Area | null;
  /** For England, its regions. */
  children: Area[];
  seats2024: RegionSeatRow[];
  seats2010: RegionSeatRow[];
  parties: RegionParty[];
  history: RegionElectionRow[];
  latest: RegionElectionRow;
  /** What a dash in the results table means, in words, for this area's table. */
  dashNote: string;
}

/** Registry metrics in the table of an area's seats. */
const SEAT_METRICS = METRICS.filter((m) => m.regionSeats && !m.perParty);
export const REGION_SEAT_COLUMNS: readonly string[] = SEAT_METRICS.map((m) => m.label);

/** Registry metrics in the table of an area's results by election (turnout before swing, as the page had them). */
const HISTORY_METRICS = ordered(
  METRICS.filter(
    (m): m is Metric & Required<Pick<Metric, 'regionHistory' | 'area'>> => !!m.regionHistory && !!m.area && !m.perParty,
  ),
  ['turnout', 'swing'],
);
export const REGION_HISTORY_COLUMNS: readonly string[] = HISTORY_METRICS.flatMap((m) =>
  m.regionHistory.ukHeader ? [m.regionHistory.header, m.regionHistory.ukHeader] : [m.regionHistory.header],
);

export function seatRow(m: SeatMetrics): RegionSeatRow {
  return {
    code: m.code,
    name: m.name,
    href: seatUrl(m.code),
    winner: partyName(m.winner),
    winnerColour: partyInfo(m.winner).colour,
    outcome: outcomeShort(m),
    figures: SEAT_METRICS.map((metric) => formatMetric(metric, metric.seat(m, NO_PARTY))),
  };
}

/** Parties over `minShare` in any row, in the site's party order ('other', independents and the Speaker left out). */
export function mainParties(rows: readonly Pick<AreaMetrics, 'shares'>[], minShare = REGION_PARTY_MIN_SHARE): Party[] {
  return PARTY_CODES.filter((p) => isNamedParty(p) && rows.some((r) => (r.shares[p] ?? 0) >= minShare));
}

/**
 * An area's shares without those of parties its election's results file counts among all other candidates (UKIP in
 * 2019, the TUV in 2024): theirs would sum only the seats where they came first or second, so they are not known.
 */
function knownShares(a: AreaMetrics): Partial<Record<Party, number>> {
  return Object.fromEntries(
    Object.entries(a.shares).filter(([p]) => !countedAsOther(a.election, p as Party)),
  ) as Partial<Record<Party, number>>;
}

/**
 * Shares with a party that later stood under a new name given under that name (the Brexit Party's 2019 share in
 * Reform UK's column and line, as every change of Reform UK's is measured from it), and which were so moved.
 */
function underLaterNames(shares: Partial<Record<Party, number>>): Pick<RegionElectionRow, 'shares' | 'renamed'> {
  const out = { ...shares };
  const renamed: Partial<Record<Party, Party>> = {};
  for (const [old, now] of Object.entries(RENAMED) as [Party, Party][])
    if (out[old] !== undefined && out[now] === undefined) {
      out[now] = out[old];
      delete out[old];
      renamed[now] = old;
    }
  return { shares: out, renamed };
}

/** The two changes a Butler swing is made of, in words; the second verb is left out where it repeats the first. */
function conLabWords(con: number | undefined, lab: number | undefined): string | null {
  if (con === undefined || lab === undefined) return null;
  const verb = (x: number) => (x < 0 ? 'fell' : 'rose');
  return `the Conservative share ${verb(con)} ${fixedAbs(con, 1)} points and Labour's ${verb(lab) === verb(con) ? '' : `${verb(lab)} `}${fixedAbs(lab, 1)}`;
}

export function electionRow(a: AreaMetrics, uk: AreaMetrics | undefined): RegionElectionRow {
  const e = election(a.election);
  return {
    id: e.id,
    label: e.label,
    set: e.boundarySet,
    estimated: a.estimated,
    newBoundaries: e.boundarySet === '2024' && e.previous === null,
    seats: a.seats,
    seatsWon: (Object.entries(a.seatsWon) as [Party, number][])
      .filter(([, n]) => n > 0)
      .sort((x, y) => y[1] - x[1] || PARTY_CODES.indexOf(x[0]) - PARTY_CODES.indexOf(y[0]))
      .map(([party, seats]) => ({ party, short: partyInfo(party).short, seats })),
    ...underLaterNames(knownShares(a)),
    swing: a.swingLabToCon,
    conLab: conLabWords(a.change.con, a.change.lab),
    figures: HISTORY_METRICS.flatMap((m) => {
      const cell = m.regionHistory.cell ?? ((v: Maybe<number> | null | undefined) => formatMetric(m, v));
      const own = cell(m.area(a, NO_PARTY));
      return m.regionHistory.ukHeader ? [own, cell(uk ? m.area(uk, NO_PARTY) : null)] : [own];
    }),
  };
}

function byName(a: RegionSeatRow, b: RegionSeatRow): number {
  return a.name.localeCompare(b.name, 'en-GB') || a.code.localeCompare(b.code);
}

export function regionView(area: Area): RegionView {
  const rows = ELECTIONS.map((e) => data.areaFor(area.code, e.id)).filter((a): a is AreaMetrics => a !== undefined);
  const history = rows.map((a) => electionRow(a, data.areaFor(UK.code, a.election)));
  const latest = history[history.length - 1];
  if (!latest) throw new Error(`no results for ${area.name}`);
  const seatsOf = (id: ElectionId, set: BoundarySet): RegionSeatRow[] => {
    const codes = new Set(data.seatsIn(area.code, set).map((s) => s.code));
    return data
      .metricsOf(id)
      .filter((m) => codes.has(m.code))
      .map(seatRow)
      .sort(byName);
  };
  const isEngland = area.code === NATIONS[0]!.code;
  const parties = mainParties(history);
  return {
    area,
    parent: area.kind === 'region' && area.nation === NATIONS[0]!.code ? NATIONS[0]! : null,
    children: isEngland ? REGIONS.filter((r) => r.nation === area.code) : [],
    seats2024: seatsOf('2024', '2024'),
    seats2010: seatsOf('2019', '2010'),
    parties: parties.map((p) => ({
      code: p,
      name: partyName(p),
      short: partyInfo(p).short,
      colour: partyInfo(p).colour,
    })),
    history,
    latest,
    dashNote: dashNote(history, parties),
  };
}

/**
 * What a dash in an area's results table means. 2010 and the 2019 notional result have no swing (no earlier election on
 * their boundaries); other elections' missing swings are said with their reason (Northern Ireland: Conservative and
 * Labour did not both stand). A party's dash means it did not stand, except where that election's file counts it
 * among all other candidates, or where it stood only within a joint ticket (the UUP in 2010, within UCUNF).
 */
function dashNote(history: readonly RegionElectionRow[], parties: readonly Party[]): string {
  const out = [
    'A dash means there is no figure: 2010 and the 2019 notional result have no earlier election on the same boundaries in the data, so no swing',
  ];
  const noSwing = history.filter((r) => isMissing(r.swing) && r.swing.missing !== 'no-previous-election');
  if (noSwing.length) {
    const why = describeMissing(noSwing[0]!.swing as Missing);
    out.push(`in ${listAnd(noSwing.map((r) => r.label))} there is no Butler swing either: ${why}`);
  }
  const uncounted = parties.flatMap((p) => {
    const at = history.filter((r) => r.shares[p] === undefined && countedAsOther(r.id, p)).map((r) => r.label);
    return at.length ? [`${partyInfo(p).short} in ${listAnd(at)}`] : [];
  });
  out.push(
    `a party's dash means it did not stand${uncounted.length ? `, except for ${uncounted.join('; ')}: that election's results file counts the party among all other candidates, so its share here is not known` : ''}`,
  );
  const joint = parties.flatMap((p) =>
    history
      .filter((r) => onlyWithinTicket(p, r.shares))
      .map(
        (r) =>
          `the ${partyInfo(p).short} in ${r.label} stood within the ${ticketsOf(p)
            .map((t) => partyInfo(t).short)
            .join(', ')} joint ticket`,
      ),
  );
  if (joint.length) out.push(listAnd(joint));
  const renamed = parties.flatMap((p) => {
    const at = history.filter((r) => r.renamed[p] !== undefined);
    return at.length
      ? [
          `${partyInfo(p).short} in ${listAnd(at.map((r) => r.label))} is the ${partyName(at[0]!.renamed[p]!)}, the same party under its earlier name`,
        ]
      : [];
  });
  if (renamed.length) out.push(listAnd(renamed));
  return `${out.join('; ')}.`;
}

/** Every area with a page, in the order of the area links. */
export function regionPages(): Area[] {
  return [...MAP_AREAS];
}
