// The published tables built from the real derived data: curated lists complete and sourced, keys unique, CSV files
// with a byte-order mark and formula-safe.
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { publishInputIn } from '../../../src/data/index';
import { derivedDir } from '../../data/derived';
import { BOM, toCsvFile } from '../../../src/lib/format/csv';
import { DICTIONARY } from '../../../src/lib/publish/dictionary';
import { publishedTables, type PublishInput, type PublishedTable } from '../../../src/lib/publish/published';

let tables: PublishedTable[];
let input: PublishInput;
const table = (f: string) => tables.find((t) => t.file === f)!;

beforeAll(async () => {
  const dir = await derivedDir();
  input = publishInputIn(dir).input;
  tables = publishedTables(input);
}, 120_000);

describe('published tables', () => {
  it('every dictionary table is built, with exactly the dictionary columns, and its primary key is unique', () => {
    expect(tables.map((t) => t.file)).toEqual(DICTIONARY.map((t) => t.file));
    for (const doc of DICTIONARY) {
      const t = table(doc.file);
      expect([...t.columns], doc.file).toEqual(doc.columns.map((c) => c.column));
      const keys = t.rows.map((r) => doc.primaryKey.map((k) => String(r[k] ?? '')).join('|'));
      expect(new Set(keys).size, `${doc.file} primary key ${doc.primaryKey.join('+')}`).toBe(keys.length);
      for (const c of doc.columns.filter((x) => x.required)) {
        expect(
          t.rows.every((r) => r[c.column] !== null && r[c.column] !== undefined && r[c.column] !== ''),
          `${doc.file}.${c.column} never empty`,
        ).toBe(true);
      }
    }
  });

  it('organisers.csv: one row per curated row, a source URL on every row, unresolved places kept with a note', () => {
    const t = table('organisers.csv');
    expect(t.rows).toHaveLength(input.curated.organisers.length);
    expect(t.rows).toHaveLength(31);
    expect(t.rows.every((r) => /^https?:\/\/\S+$/.test(String(r.source_url)))).toBe(true);
    const unresolved = t.rows.filter((r) => r.ons_code === null);
    expect(unresolved.map((r) => r.name_in_source)).toEqual([
      'Stoke',
      'Northumberland',
      'Walsall',
      'Southampton',
      'Cornwall',
      'Westminster',
      'Newcastle',
      'Wandsworth',
    ]);
    expect(unresolved.every((r) => String(r.note).startsWith('UNRESOLVED:'))).toBe(true);
    expect(t.rows.find((r) => r.name_in_source === 'South Swindon')).toMatchObject({
      ons_code: 'E14000947',
      constituency: 'South Swindon',
      link_kind: 'event-only',
      confidence: 'medium',
    });
  });

  it('seat-sets.csv: the 60 Unite to Remain seats with the party given the clear run (43 LD, 10 Green, 7 Plaid)', () => {
    const t = table('seat-sets.csv');
    expect(t.rows).toHaveLength(60);
    const by = (v: string) =>
      t.rows.filter((r) => r.attribute === 'party_given_clear_run' && r.attribute_value === v).length;
    expect([by('ld'), by('green'), by('pc')]).toEqual([43, 10, 7]);
    expect(
      t.rows.every((r) =>
        String(r.source_url)
          .split(' ; ')
          .every((u) => /^https?:\/\//.test(u)),
      ),
    ).toBe(true);
  });

  it('context, lineage and notional tables cover every seat', () => {
    expect(table('context.csv').rows).toHaveLength(1300);
    expect(table('notional-2019.csv').rows).toHaveLength(650);
    expect(table('notional-2019.csv').rows.filter((r) => r.winner_agrees === true)).toHaveLength(641);
    const lin = table('lineage.csv').rows;
    expect(lin.length).toBeGreaterThan(650);
    // Each old seat's population is shared out in full (to rounding).
    const sum = new Map<string, number>();
    for (const r of lin) sum.set(String(r.old_code), (sum.get(String(r.old_code)) ?? 0) + Number(r.pop_share_of_old));
    expect([...sum.values()].every((s) => Math.abs(s - 1) < 0.01)).toBe(true);
  });

  it('a CSV file starts with the UTF-8 byte-order mark, reads back with accents intact, and stays formula-safe', () => {
    const t = table('seat-sets.csv');
    const text = toCsvFile(t.columns, t.rows);
    expect(text.startsWith(BOM)).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.data.find((r) => r.ons_code === 'W07000041')!.name_in_source).toBe('Ynys Môn');
    expect(toCsvFile(['a'], [{ a: '=1+1' }])).toBe(`${BOM}a\n'=1+1\n`);
  });
});
