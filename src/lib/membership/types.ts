// Shared types of constituency-party membership data: parsed records, rejected rows, notes and datasets.
import type { BoundarySet } from '../elections';
import type { Figures } from './figures';

export type { BoundarySet };

/** A constituency as the parser needs it: code, name and the boundary set it belongs to. */
export interface SeatName {
  code: string;
  name: string;
  boundarySet: BoundarySet;
}

/** A problem with the file or with one row. `line` is the 1-based line of the file (null for the file as a whole). */
export interface Issue {
  line: number | null;
  field: string | null;
  reason: string;
}

/** Rejected rows with the same kind of problem, told once: how many, where, an example and how to fix it. */
export interface IssueGroup {
  code: string;
  field: string | null;
  count: number;
  /** The first few lines, in file order. */
  lines: number[];
  example: string;
  fix: string;
}

/** Something the reader should know that did not stop a row being used. */
export interface Note {
  line: number | null;
  kind: 'note' | 'warning';
  message: string;
}

/** One accepted row: a seat's counts on a date. */
export interface MembershipRecord {
  line: number;
  code: string;
  date: string;
  members: number;
  activists: number | null;
  trained: number | null;
}

export interface ParseResult {
  /** False when the file as a whole cannot be used (then `records` is empty and `fileErrors` says why). */
  ok: boolean;
  fileErrors: Issue[];
  boundarySet: BoundarySet | null;
  /** Plain words on how the boundary set was decided. */
  boundarySetReason: string;
  /** The single value of the optional `party` column, or null when there is none. */
  party: string | null;
  records: MembershipRecord[];
  rejected: Issue[];
  /** The rejected rows grouped by kind of problem, largest group first. */
  groups: IssueGroup[];
  notes: Note[];
  /** Data rows read (not counting the header, comment lines or blank lines). */
  rowsRead: number;
}

/** What the page shows of a parse: no rows, and only the first rejected rows (`rejectedCount` says how many). */
export interface ParseReport extends Omit<ParseResult, 'records'> {
  rowsUsed: number;
  rejectedCount: number;
}

/** A count shown only as "fewer than N" in published views. */
export interface Suppressed {
  under: number;
}

export type Count = number | Suppressed;

export interface DatasetRecord {
  code: string;
  date: string;
  members: Count;
  activists: Count | null;
  trained: Count | null;
}

/** Where published figures come from; shown on every view that uses them. */
export interface DatasetSource {
  title: string;
  source: string;
  sourceUrl: string | null;
  licence: string;
  permission: string;
}

/** What a dataset is, without its figures: the reader's own file (private) or a file the site publishes. */
export interface DatasetMeta {
  id: string;
  label: string;
  party: string | null;
  boundarySet: BoundarySet;
  /** True for build-time published data: counts under `threshold` are already suppressed. */
  published: boolean;
  threshold: number | null;
  source: DatasetSource | null;
  fileName: string | null;
}

/** Figures the page can show, packed by seat and date (figures.ts). */
export interface Dataset extends DatasetMeta {
  figures: Figures;
}

export function isSuppressed(c: Count | null): c is Suppressed {
  return typeof c === 'object' && c !== null;
}
