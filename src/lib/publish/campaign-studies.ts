// What studies of local campaigning found (data/campaign-studies.json) as a downloadable CSV: one row a study, with
// its source, how it was read and its confidence (formula-safe, UTF-8 with a byte-order mark).
import type { z } from 'zod';
import { toCsvFile } from '../format/csv';
import type { campaignStudySchema } from '../schema/campaign-studies';

export const CAMPAIGN_STUDY_COLUMNS = [
  'id',
  'authors',
  'year',
  'title',
  'finding',
  'quote',
  'source_url',
  'confidence',
  'note',
  'bearing',
] as const;

export function campaignStudiesCsv(rows: readonly z.infer<typeof campaignStudySchema>[]): string {
  return toCsvFile(CAMPAIGN_STUDY_COLUMNS, rows);
}
