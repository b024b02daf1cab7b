// The elections Groundwork covers, the boundary set each was fought on, and which earlier election it is compared with.
import { HOC_PARTY_COLUMNS, namedParties } from './hoc-columns';
import { RENAMED, couldStand, type Party } from './parties';

export const ELECTION_IDS = ['2010', '2015', '2017', '2019', '2019N', '2024'] as const;
export type ElectionId = (typeof ELECTION_IDS)[number];
export type BoundarySet = '2010' | '2024';

export interface Election {
  id: ElectionId;
  label: string;
  date: string;
  boundarySet: BoundarySet;
  /** The previous election on the same boundaries, or null when there is none in the data. */
  previous: ElectionId | null;
  notional: boolean;
  /**
   * The parties its source gives columns of their own; every other candidate is in "All other candidates", except a
   * winner or runner-up outside them, carved out as a row of its own. Null: the source names every party (2010).
   */
  ownColumns: readonly Party[] | null;
}

export const ELECTIONS: readonly Election[] = [
  {
    id: '2010',
    label: '2010',
    date: '2010-05-06',
    boundarySet: '2010',
    previous: null,
    notional: false,
    ownColumns: null,
  },
  {
    id: '2015',
    label: '2015',
    date: '2015-05-07',
    boundarySet: '2010',
    previous: '2010',
    notional: false,
    ownColumns: namedParties(HOC_PARTY_COLUMNS['2015']),
  },
  {
    id: '2017',
    label: '2017',
    date: '2017-06-08',
    boundarySet: '2010',
    previous: '2015',
    notional: false,
    ownColumns: namedParties(HOC_PARTY_COLUMNS['2017']),
  },
  {
    id: '2019',
    label: '2019',
    date: '2019-12-12',
    boundarySet: '2010',
    previous: '2017',
    notional: false,
    ownColumns: namedParties(HOC_PARTY_COLUMNS['2019']),
  },
  // Groundwork's estimate from the 2019 results, so the same parties.
  {
    id: '2019N',
    label: '2019 notional',
    date: '2019-12-12',
    boundarySet: '2024',
    previous: null,
    notional: true,
    ownColumns: namedParties(HOC_PARTY_COLUMNS['2019']),
  },
  {
    id: '2024',
    label: '2024',
    date: '2024-07-04',
    boundarySet: '2024',
    previous: '2019N',
    notional: false,
    ownColumns: namedParties(HOC_PARTY_COLUMNS['2024']),
  },
];

export function election(id: ElectionId): Election {
  const e = ELECTIONS.find((x) => x.id === id);
  if (!e) throw new Error(`Unknown election ${id}`);
  return e;
}

/**
 * Whether the party may have stood at the election without its own figures: its source has no column for it (see
 * countsAlone), and the party existed then. Its votes are then among all other candidates unless it came first or
 * second, so a seat without its figure is not a seat where it did not stand.
 */
export function countedAsOther(id: ElectionId, party: Party): boolean {
  return !countsAlone(id, party) && couldStand(party, Number(election(id).date.slice(0, 4)));
}

/**
 * Whether an election's source gives the party a column of its own, under this name or the other name of a renamed
 * party (2019's Brexit Party column is Reform UK's, measured across the rename).
 */
export function countsAlone(id: ElectionId, party: Party): boolean {
  return hasOwnColumn(election(id).ownColumns, party);
}

/** Whether a source naming `own` (null: every party) gives the party a column, under this name or its other one. */
export function hasOwnColumn(own: readonly Party[] | null, party: Party): boolean {
  return own === null || own.some((p) => p === party || RENAMED[p] === party || RENAMED[party] === p);
}

export function isElectionId(value: string): value is ElectionId {
  return (ELECTION_IDS as readonly string[]).includes(value);
}

export function electionsOn(set: BoundarySet): Election[] {
  return ELECTIONS.filter((e) => e.boundarySet === set);
}
