// Shape of the build-time published membership data (data/derived/local-membership.json), read by the page.
import type { RecordsDataset } from './dataset';

export const PUBLISHED_FILE_NAME = 'local-membership.json';

/** One published file: its suppressed figures, where they come from, and how many rows were read and used. */
export interface PublishedFile extends RecordsDataset {
  published: true;
  /** Repository path of the CSV, e.g. data/membership/local/example-clp.csv. */
  file: string;
  rowsRead: number;
  rowsUsed: number;
  /** Notes and warnings from reading the file, e.g. "line 7: activists (40) is more than members (30) ...". */
  notes: string[];
}

export interface PublishedMembership {
  files: PublishedFile[];
}

export const NOTHING_PUBLISHED: PublishedMembership = { files: [] };
