// Parser for mySociety's old-to-new constituency overlaps, keyed by ONS codes on both sides.
import { DataError } from '../../src/lib/data-error';
import type { Ledger } from '../lib/ledger';
import { cells, readTable } from '../../src/lib/csv/read';
import type { Lineage } from '../../src/lib/schema/lineage';

export function parseUkparl(
  args: { source: string; file: string; text: string; knownNew: ReadonlySet<string> },
  ledger: Ledger,
): Map<string, string> {
  const table = readTable(args.file, args.text, { requiredColumns: ['UKPARL.2025', 'PCON24CD', 'PCON24NM'] });
  ledger.read(args.source, args.file, table.rows.length);
  const out = new Map<string, string>();
  const codes = new Set<string>();
  for (const c of cells(table)) {
    const id = c.str('UKPARL.2025');
    const code = c.str('PCON24CD');
    if (!args.knownNew.has(code)) c.fail('PCON24CD', `unknown constituency code "${code}"`);
    if (out.has(id)) c.fail('UKPARL.2025', `duplicate id ${id}`);
    if (codes.has(code)) c.fail('PCON24CD', `duplicate constituency code ${code}`);
    out.set(id, code);
    codes.add(code);
    ledger.used(args.source, args.file);
  }
  for (const code of args.knownNew)
    if (!codes.has(code)) throw new DataError(args.file, null, 'PCON24CD', `constituency ${code} is missing`);
  return out;
}

export function parseOverlaps(
  args: { source: string; file: string; text: string; idToCode: Map<string, string>; knownOld: ReadonlySet<string> },
  ledger: Ledger,
): Lineage[] {
  const table = readTable(args.file, args.text, {
    requiredColumns: ['PARL10', 'PARL25', 'percentage_overlap_pop', 'overlap_pop', 'original_pop'],
  });
  ledger.read(args.source, args.file, table.rows.length);
  const raw: { old: string; new: string; overlapPop: number; line: number }[] = [];
  const seen = new Map<string, number>();
  const originals = new Map<string, number>();
  for (const c of cells(table)) {
    const old = c.str('PARL10');
    if (!args.knownOld.has(old)) c.fail('PARL10', `unknown constituency code "${old}"`);
    const id = c.str('PARL25');
    const code = args.idToCode.get(id) ?? c.fail('PARL25', `unknown mySociety id "${id}"`);
    const key = `${old}>${code}`;
    if (seen.has(key)) c.fail('PARL25', `duplicate overlap ${old} -> ${id} (first on line ${seen.get(key)})`);
    seen.set(key, c.line);
    const overlapPop = c.num('overlap_pop', { min: 0 })!;
    const share = c.num('percentage_overlap_pop', { min: 0, max: 1.0000001 })!;
    if (overlapPop === 0) {
      if (share !== 0) c.fail('percentage_overlap_pop', `${share} for an overlap with no population`);
      ledger.skip(args.source, args.file, 'overlap with no population (area only)', c.line);
      continue;
    }
    // The share column is overlap_pop / original_pop rounded to 2 decimals: a row where they disagree is bad input.
    const originalPop = c.num('original_pop', { min: overlapPop })!;
    if (Math.abs(overlapPop / originalPop - share) > 0.005 + 1e-9)
      c.fail(
        'percentage_overlap_pop',
        `${share} is not overlap_pop / original_pop (${overlapPop} / ${originalPop} = ${(overlapPop / originalPop).toFixed(4)})`,
      );
    const before = originals.get(old);
    if (before !== undefined && before !== originalPop)
      c.fail('original_pop', `${originalPop} for ${old}, which an earlier row gives as ${before}`);
    originals.set(old, originalPop);
    raw.push({ old, new: code, overlapPop, line: c.line });
    ledger.used(args.source, args.file);
  }
  const newTotals = new Map<string, number>();
  for (const r of raw) newTotals.set(r.new, (newTotals.get(r.new) ?? 0) + r.overlapPop);
  const oldTotals = new Map<string, number>();
  for (const r of raw) oldTotals.set(r.old, (oldTotals.get(r.old) ?? 0) + r.overlapPop);
  for (const [old, total] of oldTotals) {
    const placed = total / originals.get(old)!;
    if (Math.abs(placed - 1) > 0.02)
      ledger.note(
        args.source,
        args.file,
        `${old}: the overlaps place ${(100 * placed).toFixed(1)}% of its population in 2024 seats; its votes are shared out in proportion to the overlaps`,
      );
  }
  for (const code of args.knownOld)
    if (!oldTotals.has(code))
      throw new DataError(args.file, null, 'PARL10', `old constituency ${code} has no overlap rows`);
  for (const code of args.idToCode.values())
    if (!newTotals.has(code))
      throw new DataError(args.file, null, 'PARL25', `new constituency ${code} has no overlap rows`);
  return raw
    .map((r) => ({
      old: r.old,
      new: r.new,
      popShareOfOld: r.overlapPop / oldTotals.get(r.old)!,
      popShareOfNew: r.overlapPop / newTotals.get(r.new)!,
    }))
    .sort((a, b) => a.old.localeCompare(b.old) || b.popShareOfOld - a.popShareOfOld);
}
