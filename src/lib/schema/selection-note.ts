// Schema of data/selection-note.json: how the Community Organising Unit chose its seats, as a cited quote. Shared by
// the /organisers/ note and the curated-file checks of `npm run data`.
import { z } from 'zod';
import { calendarDateSchema } from './calendar-date';
import { confidenceSchema, setIdSchema } from './curated';

export const selectionNoteSchema = z.strictObject({
  set_id: setIdSchema,
  quote: z.string().min(1),
  who: z.string().min(1),
  source_url: z.string().regex(/^https?:\/\/\S+$/),
  source_title: z.string().min(1),
  date: calendarDateSchema,
  confidence: confidenceSchema,
  note: z.string().min(1),
  consequence: z.string().min(1),
});
