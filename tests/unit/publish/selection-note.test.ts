// The hand-curated selection note (data/selection-note.json) is published as downloadable data, like every curated
// fact: /organisers/selection-note.csv with its source and confidence, formula-safe, described in the dictionary.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { selectionNote } from '../../../src/data/selection-note';
import { SELECTION_NOTE_COLUMNS, selectionNoteCsv } from '../../../src/lib/publish/selection-note';
import { DOWNLOAD_DICTIONARY } from '../../../src/lib/publish/dictionary-downloads';
import type { SelectionNote } from '../../../src/data/selection-note';

const note: SelectionNote = {
  set_id: 'org-test',
  quote: '=HYPERLINK("http://evil.example")',
  who: 'TEST DATA speaker',
  source_url: 'https://example.org/a',
  source_title: 'Example, "quoted"',
  date: '2018-01-08',
  confidence: 'high',
  note: 'A note, with a comma.',
  consequence: 'A consequence.',
};

describe('selection-note.csv', () => {
  it('writes every field of the note as one row, with a BOM, cells that would run as formulas neutralised', () => {
    const text = selectionNoteCsv(note);
    expect(text.startsWith('\ufeff')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(rows.meta.fields).toEqual([...SELECTION_NOTE_COLUMNS]);
    expect(rows.data).toEqual([{ ...note, quote: `'${note.quote}` }]);
  });

  it('publishes the real note and describes its columns in the data dictionary', () => {
    expect(selectionNoteCsv(selectionNote)).toContain(selectionNote.source_url);
    const doc = DOWNLOAD_DICTIONARY.find((t) => t.pattern === 'organisers/selection-note.csv');
    expect(doc?.columns.map((c) => c.column)).toEqual([...SELECTION_NOTE_COLUMNS]);
  });
});
