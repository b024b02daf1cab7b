// Test helper: reads the real postcode and lookup files from /work/shared/data and derives the Lineage[] input
// the pipeline's lineage step would give the postcodes step (overlap population / old or new seat total).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Lineage } from '../../../src/lib/schema/lineage';
import { DISTRICTS_FILE, REGEX_DIR, type PostcodeStepInput } from '../../../scripts/steps/postcodes';

export const SHARED_DATA = process.env.SHARED_DATA ?? '/work/shared/data';
export const hasSharedData = existsSync(join(SHARED_DATA, DISTRICTS_FILE));

function csv(path: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(join(SHARED_DATA, path), 'utf8'), { header: true, skipEmptyLines: true }).data;
}

export function realLineage(): Lineage[] {
  const idToCode = new Map(csv('lookups/ukparl.2025.csv').map((r) => [r['UKPARL.2025'] as string, r.PCON24CD as string]));
  const rows = csv('lookups/constituency-mapping-2010-to-2025.csv').map((r) => ({
    old: r.PARL10 as string,
    new: idToCode.get(r.PARL25 as string) as string,
    pop: Number(r.overlap_pop),
  }));
  const total = (key: 'old' | 'new') => {
    const sums = new Map<string, number>();
    for (const r of rows) sums.set(r[key], (sums.get(r[key]) ?? 0) + r.pop);
    return sums;
  };
  const oldTotals = total('old');
  const newTotals = total('new');
  return rows.map((r) => ({
    old: r.old,
    new: r.new,
    popShareOfOld: (oldTotals.get(r.old) ?? 0) > 0 ? r.pop / (oldTotals.get(r.old) as number) : 0,
    popShareOfNew: (newTotals.get(r.new) ?? 0) > 0 ? r.pop / (newTotals.get(r.new) as number) : 0,
  }));
}

export function realNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const r of csv('lookups/constituencies-2010.csv')) names.set(r.PCON10CD as string, r.Name as string);
  for (const r of csv('lookups/ukparl.2025.csv')) names.set(r.PCON24CD as string, r.PCON24NM as string);
  return names;
}

export function realStepInput(): PostcodeStepInput {
  const regexFiles: Record<string, string> = {};
  for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
    regexFiles[letter] = readFileSync(join(SHARED_DATA, REGEX_DIR, `${letter}.json`), 'utf8');
  }
  return {
    regexFiles,
    districtsCsv: readFileSync(join(SHARED_DATA, DISTRICTS_FILE), 'utf8'),
    lineage: realLineage(),
    knownOld: new Set(csv('lookups/constituencies-2010.csv').map((r) => r.PCON10CD as string)),
    knownNew: new Set(csv('lookups/ukparl.2025.csv').map((r) => r.PCON24CD as string)),
  };
}
