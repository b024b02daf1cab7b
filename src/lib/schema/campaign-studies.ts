// Schema of data/campaign-studies.json: what studies of local campaigning found, each with its source, how it was
// read and a confidence, set beside the site's own comparisons on /claims/. Shared by the page and the curated-file
// checks of `npm run data`.
import { z } from 'zod';
import { firstRepeat } from '../repeats';
import { confidenceSchema, setIdSchema } from './curated';

export const campaignStudySchema = z.strictObject({
  id: setIdSchema,
  authors: z.string().min(1),
  /** Year of publication; null where the source seen does not give it. */
  year: z.number().int().min(1900).max(2100).nullable(),
  title: z.string().min(1),
  finding: z.string().min(1),
  /** The source's own words, or empty when the finding is only summarised. */
  quote: z.string(),
  source_url: z.string().regex(/^https?:\/\/\S+$/),
  confidence: confidenceSchema,
  note: z.string().min(1),
  /** What the finding means for the comparisons on this site. */
  bearing: z.string().min(1),
});

export const campaignStudiesSchema = z
  .array(campaignStudySchema)
  .min(1)
  .superRefine((rows, ctx) => {
    const twice = firstRepeat(rows, (r) => r.id);
    if (twice) ctx.addIssue({ code: 'custom', message: `${twice.id} is listed twice` });
  });
