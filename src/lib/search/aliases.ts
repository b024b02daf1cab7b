// Other names people use for a seat (Anglesey for Ynys Môn, Western Isles for Na h-Eileanan an Iar), hand-curated in
// data/seat-aliases.csv with a source and a confidence note per row; a bad row stops the build with line and field.
import { z } from 'zod';
import { csvTable, rowObject } from '../csv/read';
import type { BoundarySet } from './seat-index';

export const ALIASES_FILE = 'data/seat-aliases.csv';
export const ALIAS_COLUMNS = ['alias', 'ons_code', 'boundary_set', 'source_url', 'confidence', 'note'] as const;

const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

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

export class AliasError extends Error {}

/** Parses and checks the file against the seats that exist ("2024:W07000112"). */
export function parseAliases(text: string, known: ReadonlySet<string>, file = ALIASES_FILE): SeatAlias[] {
  const fail = (line: number, field: string | null, reason: string): never => {
    throw new AliasError(`${file}:${line}${field ? ` field "${field}"` : ''}: ${reason}`);
  };
  const bad = INVISIBLE.exec(text);
  if (bad)
    fail(
      text.slice(0, bad.index).split('\n').length,
      null,
      `invisible U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} character`,
    );
  const { header, rows } = csvTable(text.replace(/^\ufeff/, ''));
  const columns = header?.cells ?? [];
  if (columns.join(',') !== ALIAS_COLUMNS.join(',')) fail(1, null, `columns must be ${ALIAS_COLUMNS.join(',')}`);
  for (const { line, cells, errors } of rows) {
    if (errors[0]) fail(line, null, errors[0].message);
    if (cells.length !== columns.length)
      fail(
        line,
        null,
        `Too ${cells.length < columns.length ? 'few' : 'many'} fields: expected ${columns.length} fields but parsed ${cells.length}`,
      );
  }
  const seen = new Set<string>();
  return rows.map(({ line, cells }) => {
    const checked = aliasRowSchema.safeParse(rowObject(columns, cells));
    if (!checked.success) {
      const issue = checked.error.issues[0];
      return fail(line, String(issue?.path[0] ?? ''), issue?.message ?? 'invalid');
    }
    const v = checked.data;
    if (!known.has(`${v.boundary_set}:${v.ons_code}`))
      fail(line, 'ons_code', `no ${v.boundary_set} seat has code ${v.ons_code}`);
    const key = `${v.alias.toLowerCase()}|${v.boundary_set}:${v.ons_code}`;
    if (seen.has(key)) fail(line, 'alias', `"${v.alias}" is listed twice for ${v.ons_code}`);
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
