// How the Community Organising Unit chose its seats (data/selection-note.json): a cited quote and what it means for
// any comparison of organiser seats. Shown on /organisers/ and available to the claim pages.
import { z } from 'zod';
import raw from '../../../data/selection-note.json';
import { confidenceSchema, setIdSchema } from '../schema/curated';

const noteSchema = z.strictObject({
  set_id: setIdSchema,
  quote: z.string().min(1),
  who: z.string().min(1),
  source_url: z.string().regex(/^https?:\/\/\S+$/),
  source_title: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  confidence: confidenceSchema,
  note: z.string().min(1),
  consequence: z.string().min(1),
});
export type SelectionNote = z.infer<typeof noteSchema>;

export function parseSelectionNote(value: unknown): SelectionNote {
  const r = noteSchema.safeParse(value);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new Error(`data/selection-note.json field "${i.path.join('.')}": ${i.message}`);
  }
  return r.data;
}

export const selectionNote: SelectionNote = parseSelectionNote(raw);
