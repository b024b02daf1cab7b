// How the Community Organising Unit chose its seats (data/selection-note.json): a cited quote and what it means for
// any comparison of organiser seats. Shown on /organisers/ and published as /organisers/selection-note.csv.
import type { z } from 'zod';
import raw from '../../data/selection-note.json';
import { selectionNoteSchema as noteSchema } from '../lib/schema/selection-note';
import { parseCuratedJson } from './curated-json';

export type SelectionNote = z.infer<typeof noteSchema>;

export function parseSelectionNote(value: unknown): SelectionNote {
  return parseCuratedJson('data/selection-note.json', noteSchema, value);
}

export const selectionNote: SelectionNote = parseSelectionNote(raw);
