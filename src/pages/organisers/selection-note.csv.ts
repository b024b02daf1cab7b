// /organisers/selection-note.csv: how the organising unit chose its seats, the quote with its source and confidence.
import type { APIRoute } from 'astro';
import { selectionNote } from '../../data/selection-note';
import { selectionNoteCsv } from '../../lib/publish/selection-note';

export const GET: APIRoute = () =>
  new Response(selectionNoteCsv(selectionNote), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
