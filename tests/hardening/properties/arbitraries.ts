// fast-check generators for the property tests: vote counts, seat results, CSV cells and tables.
import fc from 'fast-check';
import { PARTY_CODES, type Party } from '../../../src/lib/parties';
import type { SeatResult } from '../../../src/lib/schema/result';

/** Fixed seed so a run is reproducible; fast-check prints the failing case and its path when a property fails. */
export const SEED = 20260107;

/** A vote record over 1-8 parties with whole counts, and valid votes equal to their sum (all parties counted). */
export const votes = (opts: { withConLab?: boolean } = {}) =>
  fc
    .dictionary(fc.constantFrom(...PARTY_CODES), fc.integer({ min: 1, max: 80_000 }), { minKeys: 1, maxKeys: 8 })
    .chain((v) =>
      opts.withConLab
        ? fc
            .record({ con: fc.integer({ min: 1, max: 80_000 }), lab: fc.integer({ min: 1, max: 80_000 }) })
            .map((cl) => ({ ...v, ...cl }))
        : fc.constant(v),
    )
    .map((v) => {
      const record = v as Partial<Record<Party, number>>;
      return { votes: record, validVotes: Object.values(record).reduce((s, x) => s + x, 0) };
    });

const seatCode = (i: number) => `E14${String(900_000 + i).padStart(6, '0')}`;

/** 1-40 seat results of one election, winners taken from the votes. */
export const seatResults = (election: SeatResult['election']) =>
  fc.array(votes({ withConLab: true }), { minLength: 1, maxLength: 40 }).map((rows) =>
    rows.map((r, i): SeatResult => {
      const ranked = (Object.entries(r.votes) as [Party, number][]).sort((a, b) => b[1] - a[1]);
      return {
        election,
        code: seatCode(i),
        electorate: r.validVotes * 2,
        validVotes: r.validVotes,
        votes: r.votes,
        winner: ranked[0]![0],
        second: ranked[1]?.[0] ?? null,
        majority: ranked[0]![1] - (ranked[1]?.[1] ?? 0),
        estimated: false,
        sources: {},
      };
    }),
  );

/** Any text cell, including commas, quotes, line breaks (LF and CRLF) and non-ASCII letters, but no BOM. */
export const cell = fc
  .oneof(
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.string({
      unit: fc.constantFrom('a', ' ', ',', '"', '\n', '\r\n', '\r', 'é', '=', '+', '-', '@', '\t', '1'),
      maxLength: 10,
    }),
  )
  .filter((s) => !s.includes('\ufeff'));

/** A header of 2-6 distinct, non-empty names without surrounding spaces (readTable trims header names). */
export const header = fc.uniqueArray(
  fc
    .string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 8 })
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.includes('\ufeff')),
  { minLength: 2, maxLength: 6 },
);
