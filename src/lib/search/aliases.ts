// Other names people use for a seat (Anglesey for Ynys Môn, Western Isles for Na h-Eileanan an Iar), hand-curated in
// data/seat-aliases.csv with a source and a confidence note per row; a bad row stops the build with line and field.
import { z } from 'zod';
import { readCsvRows } from '../csv/read';
import { DataError } from '../data-error';
import type { BoundarySet } from './seat-index';

export const ALIASES_FILE = 'data/seat-aliases.csv';
export const ALIAS_COLUMNS = ['alias', 'ons_code', 'boundary_set', 'source_url', 'confidence', 'note'] as const;

export const aliasRowSchema = z.object({
  alias: z.string().trim().min(2, 'empty alias').max(60, 'longer than 60 characters'),
  ons_code: z.string().regex(/^[EWSN]\d{8}$/, 'not an ONS code'),
  boundary_set: z.enum(['2010', '2024']),
  source_url: z.string().regex(/^https:\/\/[^\s]+$/, 'not an https URL'),
  confidence: z.enum(['high', 'medium', 'low']),
  note: z.string().trim().min(10, 'a note on why the name fits is needed'),
});

export interface SeatAlias {
  alias: string;
  code: string;
  boundarySet: BoundarySet;
  sourceUrl: string;
  confidence: 'high' | 'medium' | 'low';
  note: string;
}

/** Parses and checks the file against the seats that exist ("2024:W07000112"). */
export function parseAliases(text: string, known: ReadonlySet<string>, file = ALIASES_FILE): SeatAlias[] {
  const { rows } = readCsvRows(file, text, aliasRowSchema, ALIAS_COLUMNS);
  const seen = new Set<string>();
  return rows.map(({ line, value: v }) => {
    const fail = (field: string, reason: string): never => {
      throw new DataError(file, line, field, reason);
    };
    if (!known.has(`${v.boundary_set}:${v.ons_code}`))
      fail('ons_code', `no ${v.boundary_set} seat has code ${v.ons_code}`);
    const key = `${v.alias.toLowerCase()}|${v.boundary_set}:${v.ons_code}`;
    if (seen.has(key)) fail('alias', `"${v.alias}" is listed twice for ${v.ons_code}`);
    seen.add(key);
    return {
      alias: v.alias,
      code: v.ons_code,
      boundarySet: v.boundary_set,
      sourceUrl: v.source_url,
      confidence: v.confidence,
      note: v.note,
    };
  });
}
