// What studies of local campaigning found (data/campaign-studies.json), parsed with its schema. Shown on /claims/
// and published as /claims/studies.csv.
import type { z } from 'zod';
import raw from '../../data/campaign-studies.json';
import { campaignStudiesSchema, type campaignStudySchema } from '../lib/schema/campaign-studies';
import { parseCuratedJson } from './curated-json';

export type CampaignStudy = z.infer<typeof campaignStudySchema>;

export function parseCampaignStudies(value: unknown): CampaignStudy[] {
  return parseCuratedJson('data/campaign-studies.json', campaignStudiesSchema, value);
}

export const campaignStudies: CampaignStudy[] = parseCampaignStudies(raw);
