// Turns a parsed file into a dataset the page can show (private), or into suppressed published figures.
import { suppressRecord, privateRecord } from './suppress';
import type { Dataset, DatasetSource, ParseResult } from './types';

/** The reader's own file: counts are kept as they are, because they never leave the browser. */
export function privateDataset(result: ParseResult, fileName: string): Dataset | null {
  if (!result.ok || !result.boundarySet || !result.records.length) return null;
  return {
    id: 'private',
    label: `Your file: ${fileName}`,
    party: result.party,
    boundarySet: result.boundarySet,
    records: result.records.map(privateRecord),
    published: false,
    threshold: null,
    source: null,
    fileName,
  };
}

/** Figures a site owner publishes: every count under `threshold` becomes "fewer than N" before it is written out. */
export function publishedDataset(result: ParseResult, meta: { id: string; source: DatasetSource; threshold: number; party: string }): Dataset {
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
