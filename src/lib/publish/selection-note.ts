// The selection note (data/selection-note.json, how the organising unit chose its seats) as a downloadable CSV: one
// row with the quote, its source and confidence (formula-safe, UTF-8 with a byte-order mark).
import type { z } from 'zod';
import { toCsvFile } from '../format/csv';
import type { selectionNoteSchema } from '../schema/selection-note';

export const SELECTION_NOTE_COLUMNS = [
  'set_id',
  'quote',
  'who',
  'source_url',
  'source_title',
  'date',
  'confidence',
  'note',
  'consequence',
] as const;

export function selectionNoteCsv(note: z.infer<typeof selectionNoteSchema>): string {
  return toCsvFile(SELECTION_NOTE_COLUMNS, [note]);
}
