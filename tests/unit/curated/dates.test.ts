// Dates in the hand-written JSON files (changelog, selection note, archive manifest) must be days of the calendar,
// as the curated CSVs' dates already are: 2026-02-30 is refused, 2024-02-29 is not.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { changelogEntrySchema } from '../../../src/lib/export/changelog';
import { archivedVersionSchema } from '../../../src/lib/schema/archive';
import { selectionNoteSchema } from '../../../src/lib/schema/selection-note';

const note = {
  set_id: 'org-test',
  quote: 'TEST DATA quote',
  who: 'Someone',
  source_url: 'https://example.org/a',
  source_title: 'Example',
  date: '2024-02-29',
  confidence: 'high',
  note: 'A note.',
  consequence: 'A consequence.',
};
const cases: [string, z.ZodType, Record<string, unknown>][] = [
  ['changelog entry', changelogEntrySchema, { version: 'aaaaaa1', date: '2024-02-29', summary: 'S.', changes: [] }],
  ['selection note', selectionNoteSchema, note],
  [
    'archived version',
    archivedVersionSchema,
    { version: 'aaaaaa1', date: '2024-02-29', files: [{ file: 'a.csv', rows: 1, sha256: 'a'.repeat(64) }] },
  ],
];

describe('dates in curated JSON', () => {
  it.each(cases)('%s: a day that does not exist is refused, a leap day is not', (_name, schema, valid) => {
    expect(schema.safeParse(valid).success).toBe(true);
    for (const date of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10']) {
      const r = schema.safeParse({ ...valid, date });
      expect(r.success ? null : r.error.issues[0]?.message).toBe('must be a calendar date written YYYY-MM-DD');
    }
  });
});
