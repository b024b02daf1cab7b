// The hand-curated data as the pipeline loads and checks it (pipeline/steps/curated.ts) and the site reads it back
// from data/derived: the seat-set registry, each set's rows and seats, organiser links and membership figures.
import type { MembershipRow, OrganiserRow, SeatSetEntry, SeatSetRow } from './curated';

export type CuratedSet =
  | { format: 'organisers'; entry: SeatSetEntry; rows: OrganiserRow[]; codes: string[] }
  | { format: 'seat-set'; entry: SeatSetEntry; rows: SeatSetRow[]; codes: string[] };

/** An organiser row naming a place that matches no single seat: kept and reported, never given a guessed code. */
export interface UnresolvedPlace {
  file: string;
  line: number;
  row: OrganiserRow;
}

export interface CuratedData {
  registry: SeatSetEntry[];
  /** One per registry entry, in registry order; `codes` are the distinct resolved seats, sorted. */
  sets: CuratedSet[];
  organisers: OrganiserRow[];
  unresolvedOrganisers: UnresolvedPlace[];
  membership: { labourYearEnd: MembershipRow[]; parties: MembershipRow[]; others: MembershipRow[] };
  /** What the CSV reader noticed but accepted (e.g. a byte-order mark), as "file: note". */
  notes: string[];
}
