// Property tests on the readers: random CSV written with proper quoting round-trips through readTable (cells and
// line numbers), toCsv output reads back with formula cells neutralised, and random valid results parse exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Ledger } from '../../pipeline/lib/ledger';
import { readTable } from '../../src/lib/csv/read';
import { LAYOUTS, parseHocResults } from '../../pipeline/parse/hoc-results';
import { HEADER } from '../fixtures/pipeline/hoc-2019';
import { toCsv } from '../../src/lib/format/csv';
import { share } from '../../src/lib/metrics/share';
import type { Party } from '../../src/lib/parties';
import { cell, header, SEED } from './properties/arbitraries';
import { writeCsv } from './properties/csv-writer';

const opts = { seed: SEED, numRuns: 300 };

/** Rows of exactly `width` cells; a row of one empty cell would be a blank line, so rows have at least 2 cells. */
const table = header.chain((h) =>
  fc.tuple(
    fc.constant(h),
    fc.array(fc.array(cell, { minLength: h.length, maxLength: h.length }), { maxLength: 8 }),
    fc.constantFrom('\n' as const, '\r\n' as const),
    fc.boolean(),
  ),
);

describe('readTable round trip', () => {
  it('returns every cell and the line each row starts on, for CSV written with proper quoting (LF or CRLF, with or without BOM)', () => {
    fc.assert(
      fc.property(table, ([h, rows, eol, bom]) => {
        const { text, lines } = writeCsv(h, rows, eol);
        const t = readTable('p.csv', (bom ? '\ufeff' : '') + text);
        expect(t.header).toEqual(h);
        expect(t.rows).toEqual(rows.map((cells, i) => ({ line: lines[i], cells })));
        expect(t.notes.includes('a UTF-8 byte-order mark at the start of the file was removed')).toBe(bom);
      }),
      opts,
    );
  });

  it('reads back what toCsv wrote, with text cells that start = + - @ (or tab, CR) prefixed by an apostrophe', () => {
    fc.assert(
      fc.property(header, fc.array(cell, { minLength: 1, maxLength: 30 }), (h, values) => {
        const rows = values.map((v, i) => Object.fromEntries(h.map((c, j) => [c, j === 0 ? v : `${i}`])));
        const t = readTable('p.csv', toCsv(h, rows));
        expect(t.header).toEqual(h.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
        t.rows.forEach((r, i) => {
          const v = values[i]!;
          const neutralised = /^[=+\-@\t\r]/.test(v);
          expect(r.cells[0]).toBe(neutralised ? `'${v}` : v);
          expect(r.cells[0]).not.toMatch(/^[=+\-@\t\r]/);
        });
      }),
      opts,
    );
  });
});

describe('parseHocResults on random valid results', () => {
  const layout = LAYOUTS['2019'];
  const PARTY_COLUMNS = ['Con', 'Lab', 'LD', 'BRX', 'Green', 'SNP', 'PC'] as const;
  const PARTY_OF: Record<string, Party> = {
    Con: 'con',
    Lab: 'lab',
    LD: 'ld',
    BRX: 'brexit',
    Green: 'green',
    SNP: 'snp',
    PC: 'pc',
  };
  // Distinct counts per seat so winner and runner-up are unambiguous.
  const seat = fc.uniqueArray(fc.integer({ min: 1, max: 60_000 }), { minLength: 7, maxLength: 7 });
  const codes = Array.from({ length: 650 }, (_, i) => `E14${String(900_001 + i).padStart(6, '0')}`);

  it('keeps every vote, sums to the valid votes, and takes the winner and majority from the counts', () => {
    fc.assert(
      fc.property(fc.array(seat, { minLength: 650, maxLength: 650 }), (counts) => {
        const rows = counts.map((c, i) => {
          const ranked = PARTY_COLUMNS.map((p, j) => [p, c[j]!] as const).sort((a, b) => b[1] - a[1]);
          const valid = c.reduce((s, x) => s + x, 0);
          const cells: Record<string, string | number> = {
            'ONS ID': codes[i]!,
            'ONS region ID': 'E12000007',
            'Constituency name': `Seat ${i}`,
            'Region name': 'London',
            'First party': ranked[0]![0],
            'Second party': ranked[1]![0],
            Electorate: valid * 2,
            'Valid votes': valid,
            Majority: ranked[0]![1] - ranked[1]![1],
            ...Object.fromEntries(PARTY_COLUMNS.map((p, j) => [p, c[j]!])),
          };
          return HEADER.map((h) => String(cells[h] ?? 0));
        });
        const { text } = writeCsv(HEADER, rows, '\n');
        const parsed = parseHocResults(
          { source: 's', file: 'p.csv', text, election: '2019', layout, knownCodes: new Set(codes) },
          new Ledger(),
        );
        parsed.results.forEach((r, i) => {
          const c = counts[i]!;
          expect(r.votes).toEqual(Object.fromEntries(PARTY_COLUMNS.map((p, j) => [PARTY_OF[p], c[j]])));
          expect(r.validVotes).toBe(c.reduce((s, x) => s + x, 0));
          const total = (Object.keys(r.votes) as Party[]).reduce((s, p) => s + (share(r, p) as number), 0);
          expect(Math.abs(total - 100)).toBeLessThan(1e-9);
          expect(r.majority).toBe(r.votes[r.winner]! - r.votes[r.second!]!);
        });
      }),
      { seed: SEED, numRuns: 15 },
    );
  });
});
