// One reading of a reader's file, as the page needs it: the header and first rows (for the column choice), the
// mapping used, the parse report and the packed dataset. Runs in the Web Worker (or on the page where there is none).
import { privateDataset, reportOf } from './dataset';
import { guessMapping, mappingProblems, type ColumnMapping } from './mapping';
import { parseMembershipCsv } from './parse';
import { readHead } from './read-csv';
import type { SeatDirectory } from './directory';
import type { BoundarySet, Dataset, ParseReport } from './types';

/** Rejected rows sent to the page one by one (the groups cover every row). */
export const REJECTED_SHOWN = 200;

export interface FileRead {
  header: string[];
  samples: string[][];
  /** The columns read (the reader's choice, or the guess); null when the guess was incomplete and nothing was chosen. */
  mapping: ColumnMapping | null;
  /** The guess, offered in the column choice. */
  guess: ColumnMapping;
  report: ParseReport;
  dataset: Dataset | null;
}

export interface ReadOptions {
  seats: SeatDirectory;
  today: string;
  boundarySet: BoundarySet | null;
  fileName: string;
  /** The reader's choice; null reads by the header names, or by the guess when it is complete. */
  mapping: ColumnMapping | null;
}

export function readMembershipFile(text: string, opts: ReadOptions): FileRead {
  const { header, samples } = readHead(text);
  const guess = guessMapping(header, samples);
  // A complete guess is read at once, its dates worked out from every row (the guess saw only the first few).
  const mapping = opts.mapping ?? (mappingProblems(guess).length ? null : { ...guess, dateFormat: 'auto' as const });
  const result = parseMembershipCsv(text, {
    seats: opts.seats,
    today: opts.today,
    boundarySet: opts.boundarySet,
    spreadsheet: true,
    mapping,
  });
  return {
    header,
    samples: samples.slice(0, 3),
    mapping,
    guess,
    report: reportOf(result, REJECTED_SHOWN),
    dataset: privateDataset(result, opts.fileName),
  };
}
