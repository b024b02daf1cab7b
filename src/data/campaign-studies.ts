// What studies of local campaigning found (data/campaign-studies.json), parsed with its schema. Shown on /claims/
// and published as /claims/studies.csv.
import type { z } from 'zod';
import raw from '../../data/campaign-studies.json';
import { campaignStudiesSchema, type campaignStudySchema } from '../lib/schema/campaign-studies';

export type CampaignStudy = z.infer<typeof campaignStudySchema>;

export function parseCampaignStudies(value: unknown): CampaignStudy[] {
  const r = campaignStudiesSchema.safeParse(value);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new Error(`data/campaign-studies.json field "${i.path.join('.')}": ${i.message}`);
  }
  return r.data;
}

export const campaignStudies: CampaignStudy[] = parseCampaignStudies(raw);
