// Turns a parsed file into what the page shows: a short report, and a dataset of packed figures (private), or into
// suppressed published figures.
import { packFigures } from './figures';
import { suppressRecord, privateRecord } from './suppress';
import type { Dataset, DatasetMeta, DatasetRecord, DatasetSource, ParseReport, ParseResult } from './types';

/** The parse without its rows: counts, notes, groups, and the first `shown` rejected rows. */
export function reportOf(result: ParseResult, shown: number): ParseReport {
  const { records, rejected, ...rest } = result;
  return { ...rest, rowsUsed: records.length, rejectedCount: rejected.length, rejected: rejected.slice(0, shown) };
}

/** The reader's own file: counts are kept as they are, because they never leave the browser. */
export function privateDataset(result: ParseResult, fileName: string): Dataset | null {
  if (!result.ok || !result.boundarySet || !result.records.length) return null;
  return {
    id: 'private',
    label: `Your file: ${fileName}`,
    party: result.party,
    boundarySet: result.boundarySet,
    figures: packFigures(result.records.map(privateRecord)),
    published: false,
    threshold: null,
    source: null,
    fileName,
  };
}

/** Published figures as stored: the dataset's description and its (suppressed) records. */
export type RecordsDataset = DatasetMeta & { records: DatasetRecord[] };

/** Figures a site owner publishes: every count under `threshold` becomes "fewer than N" before it is written out. */
export function publishedDataset(
  result: ParseResult,
  meta: { id: string; source: DatasetSource; threshold: number; party: string },
): RecordsDataset {
  if (!result.ok || !result.boundarySet) throw new Error('only a file that parsed cleanly can be published');
  return {
    id: meta.id,
    label: meta.source.title,
    party: meta.party,
    boundarySet: result.boundarySet,
    records: result.records.map((r) => suppressRecord(r, meta.threshold)),
    published: true,
    threshold: meta.threshold,
    source: meta.source,
    fileName: null,
  };
}

/** A stored dataset, packed for the page. */
export function datasetOf<T extends RecordsDataset>(stored: T): Dataset {
  const { records, ...meta } = stored;
  return { ...meta, figures: packFigures(records) };
}
